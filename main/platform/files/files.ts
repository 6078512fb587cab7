/**
 * How the assignment and teacher handlers reach files the person picks: a save dialog and an open
 * dialog, shown to the caller that made the call (the tab or window; main/ipc/caller.ts). The
 * desktop implements it with Electron's dialogs (files.electron.ts), the web build in the calling
 * tab (files.web.ts); tests use an in-memory one.
 *
 * Kept separate from the progress branch's DialogPort (dialogs.ts) on purpose, to avoid a
 * merge conflict; the two are meant to be unified. Differences: `openFiles` returns files that are
 * read on demand (`size` first, so an oversized file is refused without reading it), and
 * `saveFile` says where the file went.
 */
import type { Caller } from '../../ipc/caller';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { FileProblem, LensesFileKind } from '../../../content/assignments/read';

interface FileFilter {
  name: string;
  /** Without the dot: "lensesassignment". */
  extensions: string[];
}

export interface SaveFileRequest {
  title: string;
  /** A file name (no folders) the dialog suggests. */
  defaultName: string;
  filters: FileFilter[];
  /** Written as UTF-8. */
  content: string;
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface OpenFilesRequest {
  title: string;
  filters: FileFilter[];
  multiple: boolean;
}

/** A file the person picked, read only when asked. */
export interface PickedFile {
  /** The file's name without folders, for messages. */
  name: string;
  /** Size in bytes. */
  size: number;
  /** The content as UTF-8 text. */
  read(): Promise<string>;
  /** The content as bytes (article import: Word files, checking the encoding). */
  readBytes(): Promise<Uint8Array>;
}

export interface TeacherFilesPort {
  /** Ask the caller where to save, then save. `{ saved: false }` when the person cancels. */
  saveFile(request: SaveFileRequest, caller: Caller): Promise<SaveFileResult>;
  /** Ask the caller which files to open. An empty list when the person cancels. */
  openFiles(request: OpenFilesRequest, caller: Caller): Promise<PickedFile[]>;
}

export type DiskPick = { ok: true; file: PickedFile } | { ok: false; problem: FileProblem };

/**
 * Files the person picked outside a dialog (double-click, drag and drop onto the window, a folder
 * of results), named by the opaque token main handed the renderer for each (never by a path): a
 * desktop capability. Implemented over the disk in picked-from-disk.nodejs.ts; the browser
 * has no such files, so there the calls refuse (files come through `openFiles` instead).
 */
export interface PathFilesPort {
  pickFile(token: string, extension: string, kind: LensesFileKind): Promise<DiskPick>;
  /** Files, and folders opened one level deep. Problems come back per file. */
  pickFilesAndFolders(tokens: readonly string[], extension: string, kind: LensesFileKind): Promise<DiskPick[]>;
}

export const noPathFiles: PathFilesPort = {
  async pickFile() {
    throw new UserFacingError('unavailable', 'Files can only be opened by their location in the Lenses desktop app. Use Open instead.');
  },
  async pickFilesAndFolders() {
    throw new UserFacingError('unavailable', 'Files can only be opened by their location in the Lenses desktop app. Use Open instead.');
  },
};

/** Used when no dialogs are available (the browser test harness): refuses with a clear message. */
export const noFilesPort: TeacherFilesPort = {
  async saveFile() {
    throw new UserFacingError('unavailable', 'Saving files is only possible in the Lenses app.');
  },
  async openFiles() {
    throw new UserFacingError('unavailable', 'Opening files is only possible in the Lenses app.');
  },
};

export function pickedFromText(name: string, content: string | Uint8Array): PickedFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.length,
    read: async () => (typeof content === 'string' ? content : new TextDecoder().decode(content)),
    readBytes: async () => bytes,
  };
}
