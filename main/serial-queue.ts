/**
 * Async work one task at a time: the one queue behind every "never interleave these" in main (a
 * profile's journal, its resume state and PIN; the web host's file calls; the article thread's
 * jobs), and per key (saves to the same file; different files side by side).
 */

/** Runs async tasks one after another: each starts when the previous settles, whatever its outcome. */
export interface SerialQueue {
  <T>(task: () => Promise<T>): Promise<T>;
  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let chain: Promise<unknown> = Promise.resolve();
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
  return Object.assign(queue, { idle: () => chain.then(() => undefined) });
}

/**
 * Runs async jobs one after another per key, so two saves to the same file never interleave (the
 * second reads what the first wrote). Jobs for different keys run side by side.
 */
export interface KeyedQueue {
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
  /** Resolves once every job queued so far, for any key, has finished (a read that must see them). */
  idle(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  // A serial queue per key with jobs in it; a key's queue is dropped once its last job settles.
  const queues = new Map<string, { queue: SerialQueue; pending: number }>();
  return {
    run(key, job) {
      let entry = queues.get(key);
      if (!entry) queues.set(key, (entry = { queue: createSerialQueue(), pending: 0 }));
      const mine = entry;
      mine.pending += 1;
      const result = mine.queue(job);
      const settled = () => {
        mine.pending -= 1;
        if (mine.pending === 0 && queues.get(key) === mine) queues.delete(key);
      };
      result.then(settled, settled);
      return result;
    },
    async idle() {
      await Promise.all([...queues.values()].map((e) => e.queue.idle()));
    },
  };
}
