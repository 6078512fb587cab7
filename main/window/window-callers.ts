/**
 * The desktop's callers: each contract call is made by the web contents that sent the IPC, and a
 * file dialog or the class report's save dialog opens over that caller's window, never over
 * whichever window happens to be in front. Plain module (the Electron glue passes in how to find a
 * window from its web contents), so it is tested under Node.
 */
import { createCallers, type Caller } from '../ipc/caller';
import { UserFacingError } from '../ipc/user-facing-error';

/** What this needs of Electron's WebContents. */
interface Sender {
  isDestroyed(): boolean;
}

export interface WindowCallers<S extends Sender, W> {
  /** The caller for a call this sender made (the same one for every call it makes). */
  callerFor(sender: S): Caller;
  /** The window to open a dialog over: the caller's; refused when it has closed or is not a window's. */
  windowFor(caller: Caller): W;
}

export function createWindowCallers<S extends Sender, W>(windowOf: (sender: S) => W | null): WindowCallers<S, W> {
  const callers = createCallers<S>();
  return {
    callerFor: (sender) => callers.callerFor(sender),
    windowFor(caller) {
      const sender = callers.targetOf(caller);
      const window = sender && !sender.isDestroyed() ? windowOf(sender) : null;
      if (!window) throw new UserFacingError('unavailable', 'The Lenses window that asked for this file was closed.');
      return window;
    },
  };
}
