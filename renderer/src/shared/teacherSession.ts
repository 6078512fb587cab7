import { getLenses } from './lenses';

let locking: Promise<void> | null = null;

/**
 * Lock teacher mode once when this window (re)starts: a reload never finds it open. Teacher screens
 * wait for it before asking for the status, so they cannot see the old session as open.
 */
export function lockOnStart(): Promise<void> {
  locking ??= window.lenses ? getLenses().lockTeacher({}).then(() => undefined, () => undefined) : Promise.resolve();
  return locking;
}
