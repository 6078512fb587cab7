/**
 * main/rules/teacher-only.ts: every channel the contract lists as teacher-only is refused while
 * teacher mode is locked, before its handler runs; the others never ask; in the core, all of them.
 */
import { describe, expect, it } from 'vitest';
import { teacherOnly } from '../../main/rules/teacher-only';
import { channelNames, teacherOnlyChannels } from '../../main/ipc/contract';
import type { Handlers } from '../../main/ipc/dispatch';
import type { Caller } from '../../main/ipc/caller';
import { dispatch } from '../../main/ipc/dispatch';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

const lockedError = new UserFacingError('locked', 'The teacher area is locked. Enter the teacher PIN first.');

/** A handler per channel that records its calls. */
function recordingHandlers() {
  const calls: [string, unknown, Caller | undefined][] = [];
  const handlers = Object.fromEntries(channelNames.map((name) => [name, (input: unknown, caller?: Caller) => (calls.push([name, input, caller]), name)])) as unknown as Handlers;
  return { handlers, calls };
}

describe('teacherOnly', () => {
  it('refuses every teacher-only channel while locked, without running its handler', async () => {
    const { handlers, calls } = recordingHandlers();
    let asked = 0;
    const guarded = teacherOnly(handlers, { requireUnlocked: async () => (asked++, Promise.reject(lockedError)) });
    expect(teacherOnlyChannels.size).toBeGreaterThan(20);
    for (const name of teacherOnlyChannels) {
      const call = guarded[name] as (input: unknown, caller: Caller) => Promise<unknown>;
      await expect(call({}, testCaller), name).rejects.toBe(lockedError);
    }
    expect(calls).toEqual([]);
    expect(asked).toBe(teacherOnlyChannels.size);
  });

  it('lets them through when open, with input and caller; the other channels never ask', async () => {
    const { handlers, calls } = recordingHandlers();
    let asked = 0;
    const guarded = teacherOnly(handlers, { requireUnlocked: async () => void asked++ });
    const call = guarded.exportClassCsv as (input: unknown, caller: Caller) => Promise<unknown>;
    expect(await call({ assignmentId: 'a' }, testCaller)).toBe('exportClassCsv');
    expect(calls).toEqual([['exportClassCsv', { assignmentId: 'a' }, testCaller]]);
    expect(asked).toBe(1);
    for (const name of channelNames.filter((n) => !teacherOnlyChannels.has(n))) {
      expect(guarded[name], name).toBe(handlers[name]);
    }
    expect(asked).toBe(1);
  });

  it('guards the core: with teacher mode locked, every teacher-only call is refused', async () => {
    const t = await unlockedTeacher();
    await t.handlers.lockTeacher({});
    for (const name of teacherOnlyChannels) {
      const call = t.handlers[name] as (input: unknown, caller: Caller) => Promise<unknown>;
      await expect(call({}, testCaller), name).rejects.toEqual(lockedError);
    }
    expect(await dispatch(t.handlers, 'getTeacherStatus', {})).toMatchObject({ ok: true, value: { unlocked: false } });
  });
});
