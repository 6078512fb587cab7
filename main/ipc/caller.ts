/**
 * Who made a contract call, as the host knows it: the tab a call came from in the web build, the
 * window that sent the IPC on the desktop, one fixed caller in the tests. The host hands it to
 * dispatch with each call (never taken from the renderer's arguments); a handler that asks for a
 * file, a save or printing passes it on to the host's port, which asks that caller. Opaque to
 * the core: only the host that made a caller can tell what it stands for.
 */

declare const callerBrand: unique symbol;

/** An opaque token for one caller; compare by identity. */
export interface Caller {
  readonly [callerBrand]: true;
}

/** A caller no host port answers: file requests made for it are refused. */
export const nobody: Caller = Object.freeze({}) as Caller;

/**
 * A host's callers: one token per thing that calls (a tab's port, a window's web contents), made
 * on first use and kept as long as that thing is, and the thing back from its token.
 */
export interface Callers<T extends object> {
  callerFor(target: T): Caller;
  /** What the caller stands for; undefined for a caller this host did not make. */
  targetOf(caller: Caller): T | undefined;
}

export function createCallers<T extends object>(): Callers<T> {
  const byTarget = new WeakMap<T, Caller>();
  const byCaller = new WeakMap<Caller, T>();
  return {
    callerFor(target) {
      let caller = byTarget.get(target);
      if (!caller) {
        caller = Object.freeze({}) as Caller;
        byTarget.set(target, caller);
        byCaller.set(caller, target);
      }
      return caller;
    },
    targetOf: (caller) => byCaller.get(caller),
  };
}
