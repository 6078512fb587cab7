/**
 * A stand-in for `window.lenses` in the renderer's tests (happy-dom): no Electron, no worker, no
 * storage. Every call is checked against the contract's argument schema, as main's dispatch does,
 * then answered by the test's handler. A call main would refuse, or one the test gave no answer
 * for, rejects and is kept: the renderer setup fails the test for it after the test, even where the
 * screen swallowed the rejection.
 */
import { vi, type Mock } from 'vitest';
import { channelNames, channels, type ChannelInput, type ChannelName, type ChannelOutput, type LensesApi, type MenuCommand, type OpenFileRequest } from '../../main/ipc/contract';

type Handlers = { [C in ChannelName]?: LensesApi[C] };
export type FakeLenses = LensesApi & { [C in ChannelName]: Mock<LensesApi[C]> };

const wrongCalls: string[] = [];

/** The calls refused since the last time this was asked (and forgets them). */
export function takeWrongCalls(): string[] {
  return wrongCalls.splice(0);
}

const menuListeners = new Set<(command: MenuCommand) => void>();
const openFileListeners = new Set<(request: OpenFileRequest) => void>();

/** What main sends when the person picks an item of the app menu. */
export function sendMenuCommand(command: MenuCommand): void {
  for (const listener of [...menuListeners]) listener(command);
}

/** What main sends when the operating system asks Lenses to open a file (a double-click). */
export function sendOpenFile(request: OpenFileRequest): void {
  for (const listener of [...openFileListeners]) listener(request);
}

/** Puts a fake `window.lenses` in place (tests/support/renderer-setup.ts removes it after each test). */
export function installFakeLenses(handlers: Handlers): FakeLenses {
  menuListeners.clear();
  openFileListeners.clear();
  const api: Record<string, unknown> = {
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener);
      return () => void menuListeners.delete(listener);
    },
    onOpenFile: (listener: (request: OpenFileRequest) => void) => {
      openFileListeners.add(listener);
      return () => void openFileListeners.delete(listener);
    },
    fileToken: () => Promise.resolve(null),
  };
  for (const name of channelNames) {
    const answer = handlers[name] as ((input: unknown) => Promise<unknown>) | undefined;
    api[name] = vi.fn(async (input: unknown) => {
      const checked = channels[name].input.safeParse(input);
      const wrong = !checked.success ? `${name} was called with arguments main refuses: ${checked.error.message}` : !answer ? `${name} was called, and the test gave no answer for it.` : null;
      if (wrong) {
        wrongCalls.push(wrong);
        throw new Error(wrong);
      }
      return answer!(input);
    });
  }
  const fake = api as FakeLenses;
  window.lenses = fake;
  return fake;
}

const STUDENT: ChannelOutput<'getCurrentProfile'> & object = {
  id: 'p-ana',
  name: 'Ana',
  hasPin: false,
  createdAt: '2026-01-05T09:00:00.000Z',
  lastUsedAt: '2026-01-05T09:00:00.000Z',
};

const saved: ChannelOutput<'getStorageStatus'> = { ok: true, pending: 0 };

/** The calls a signed-in student's screens make, answered as a healthy store with no attempts yet would; `more` adds or replaces some. */
export function signedInStudent(more: Handlers = {}): Handlers {
  const resume: ChannelOutput<'getResumeState'> = { route: null, drafts: {}, ui: { attribution: true, numbers: true, framing: true } };
  return {
    getCurrentProfile: async () => STUDENT,
    getResumeState: async () => resume,
    getStorageStatus: async () => saved,
    saveResumeState: async () => ({ resume, storage: saved }),
    getProgress: async () => ({ profileId: STUDENT.id, totalAttempts: 0, exercises: [], families: [], sets: [], recent: [], timeline: [], notices: [] }),
    recordAttempt: async (input) => attemptRecorded(input),
    ...more,
  };
}

/** What main answers to recordAttempt: the attempt kept, and whether it is on disk yet. */
export function attemptRecorded(input: ChannelInput<'recordAttempt'>, storage: ChannelOutput<'getStorageStatus'> = saved): ChannelOutput<'recordAttempt'> {
  return { attempt: { ...input, id: '00000000-0000-4000-8000-000000000001', profileId: STUDENT.id, submittedAt: '2026-01-05T09:01:00.000Z' }, storage };
}
