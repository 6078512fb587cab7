/** The one queue behind every "never interleave these" in main: one at a time, and one at a time per key. */
import { describe, expect, it } from 'vitest';
import { createKeyedQueue, createSerialQueue } from '../../main/serial-queue';

/** A task that records its start and end and finishes only when released. */
function gate(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  const task = async () => {
    log.push(`start ${name}`);
    await done;
    log.push(`end ${name}`);
    return name;
  };
  return { task, release };
}

/** One turn of the event loop: every promise that can settle now has settled. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSerialQueue', () => {
  it('starts each task only when the one before has settled, failed or not', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const first = queue(async () => {
      await a.task();
      throw new Error('a failed');
    });
    const second = queue(async () => {
      log.push('b');
      return 2;
    });
    await flush();
    expect(log).toEqual(['start a']);
    a.release();
    await expect(first).rejects.toThrow('a failed');
    await expect(second).resolves.toBe(2);
    expect(log).toEqual(['start a', 'end a', 'b']);
  });

  it('idle() waits for everything queued so far', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    void queue(a.task);
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    await flush();
    expect(idle).toBe(false);
    a.release();
    await waiting;
    expect(log).toEqual(['start a', 'end a']);
  });
});

describe('createKeyedQueue', () => {
  it('runs jobs for one key one at a time and jobs for different keys side by side', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const results = [queue.run('a', a1.task), queue.run('a', a2.task), queue.run('b', b1.task)];
    await flush();
    expect(log).toEqual(['start a1', 'start b1']);
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    a1.release();
    await flush();
    expect(log).toEqual(['start a1', 'start b1', 'end a1', 'start a2']);
    a2.release();
    b1.release();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
    await waiting;
    expect(idle).toBe(true);
  });

  it('a failed job does not stop the next one for its key', async () => {
    const queue = createKeyedQueue();
    const failed = queue.run('k', () => Promise.reject(new Error('disk full')));
    const next = queue.run('k', async () => 'saved');
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('saved');
    await expect(queue.run('k', async () => 'again')).resolves.toBe('again');
  });
});
