/**
 * File dialogs, as a port: services ask for a file to be saved or opened and get text back, so
 * export and import are tested under Node with a fake, and each host supplies its own (over the
 * files port, below). The default refuses politely.
 */
import type { Caller } from '../../ipc/caller';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { TeacherFilesPort } from './files';

interface FileFilter {
  name: string;
  extensions: string[];
}

type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface OpenedFile {
  /** The file's name (no folders), for messages. */
  name: string;
  content: string;
  /** Set when the file could not be read; content is then empty. */
  error?: string;
}

export interface DialogPort {
  /** Ask the caller where to save, then write `content` there. `{ saved: false }` when the person cancels. */
  saveFile(opts: { title: string; defaultName: string; filters: FileFilter[]; content: string }, caller: Caller): Promise<SaveFileResult>;
  /**
   * Ask for one or more files and read them as UTF-8. With `maxBytes`, at most that many bytes
   * plus one are read from each file, so a caller can tell a file is too large without reading it all.
   * An empty array when the person cancels.
   */
  openFiles(opts: { title: string; filters: FileFilter[]; multiple: boolean; maxBytes?: number }, caller: Caller): Promise<OpenedFile[]>;
}

const unavailable = () => new UserFacingError('unavailable', 'File dialogs are not available here.');

/** The default when no dialogs are given (tests, the browser harness). */
export const unavailableDialogs: DialogPort = {
  saveFile: () => Promise.reject(unavailable()),
  openFiles: () => Promise.reject(unavailable()),
};

/**
 * The one files port the app has (files.ts: implemented with real dialogs in Electron, in the
 * calling tab in the web build and in memory in tests), seen as a DialogPort for progress export and import.
 */
export function dialogsFromFilesPort(port: TeacherFilesPort): DialogPort {
  return {
    saveFile: (opts, caller) => port.saveFile(opts, caller),
    async openFiles({ title, filters, multiple, maxBytes }, caller) {
      const picked = await port.openFiles({ title, filters, multiple }, caller);
      return Promise.all(
        picked.map(async (file): Promise<OpenedFile> => {
          if (maxBytes !== undefined && file.size > maxBytes) {
            return { name: file.name, content: '', error: `it is larger than ${Math.round(maxBytes / 1_000_000)} MB, too large for a progress file` };
          }
          try {
            return { name: file.name, content: await file.read() };
          } catch (error) {
            return { name: file.name, content: '', error: `it could not be read (${(error as Error).message})` };
          }
        }),
      );
    },
  };
}
