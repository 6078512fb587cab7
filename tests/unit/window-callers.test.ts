/** The desktop's callers (main/window/window-callers.ts): a dialog opens over the window whose page made the call. */
import { describe, expect, it } from 'vitest';
import { nobody } from '../../main/ipc/caller';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { createWindowCallers } from '../../main/window/window-callers';

interface FakeContents {
  name: string;
  destroyed: boolean;
  isDestroyed(): boolean;
}

const contents = (name: string): FakeContents => ({ name, destroyed: false, isDestroyed() { return this.destroyed; } });

describe('window callers', () => {
  const main = contents('main');
  const print = contents('print');
  const other = contents('other');
  const windows = new Map<FakeContents, string>([[main, 'main window'], [print, 'print window']]);
  const callers = createWindowCallers<FakeContents, string>((sender) => windows.get(sender) ?? null);

  it('gives each sender one caller, and a dialog opens over the window of the caller that asked', () => {
    const fromMain = callers.callerFor(main);
    const fromPrint = callers.callerFor(print);
    expect(callers.callerFor(main)).toBe(fromMain);
    expect(fromPrint).not.toBe(fromMain);
    // The print window asked after the main window: each still gets its own.
    expect(callers.windowFor(fromPrint)).toBe('print window');
    expect(callers.windowFor(fromMain)).toBe('main window');
  });

  it('refuses a caller whose window has closed, that has no window, or that it did not make', () => {
    const closing = contents('closing');
    windows.set(closing, 'closing window');
    const caller = callers.callerFor(closing);
    closing.destroyed = true;
    const closed = 'The Lenses window that asked for this file was closed.';
    expect(() => callers.windowFor(caller)).toThrow(new UserFacingError('unavailable', closed));
    expect(() => callers.windowFor(callers.callerFor(other))).toThrow(closed);
    expect(() => callers.windowFor(nobody)).toThrow(closed);
  });
});
