/**
 * Rule: teacher mode. Every channel the contract lists in `teacherOnlyChannels` is refused
 * ('locked') while teacher mode is locked, before its handler runs (and, when open, the call counts
 * as the teacher's activity). Applied once, in core.ts, over the composed handlers: a channel added
 * to one of the contract's teacher groups is guarded without further code.
 */
import type { Caller } from '../ipc/caller';
import type { Handlers } from '../ipc/dispatch';
import { teacherOnlyChannels } from '../ipc/contract';

/** What the rule asks of the teacher PIN (main/teacher-mode/teacher-pin.ts): throws 'locked' unless open. */
export interface TeacherLock {
  requireUnlocked(): Promise<void>;
}

export function teacherOnly(handlers: Handlers, pin: TeacherLock): Handlers {
  const guarded: Record<string, (input: never, caller: Caller) => unknown> = { ...handlers };
  for (const name of teacherOnlyChannels) {
    const handler = handlers[name] as (input: unknown, caller: Caller) => unknown;
    guarded[name] = async (input: unknown, caller: Caller) => {
      await pin.requireUnlocked();
      return handler(input, caller);
    };
  }
  return guarded as Handlers;
}
