/**
 * Files the operating system asks Lenses to open: a double-clicked assignment or results file
 * arrives as a command-line argument (Windows, Linux; also a second launch while Lenses runs) or
 * as an `open-file` event (macOS). Pure: the Electron glue passes argv and the working directory.
 */
import path from 'node:path';
import { ASSIGNMENT_FILE_EXTENSION } from '../content/assignments/assignment-file';
import { RESULTS_FILE_EXTENSION } from '../content/assignments/results-file';
import type { OpenFileRequest } from './ipc/contract';

/** What kind of Lenses file a path names, by its extension, or null. */
export function lensesFileKind(file: string): OpenFileRequest['kind'] | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === `.${ASSIGNMENT_FILE_EXTENSION}`) return 'assignment';
  if (ext === `.${RESULTS_FILE_EXTENSION}`) return 'results';
  return null;
}

/** A Lenses file the OS named, by path: main turns it into an OpenFileRequest with a token. */
export interface OpenedPath {
  path: string;
  kind: OpenFileRequest['kind'];
}

/** The Lenses files among command-line arguments, as absolute paths. Flags (`--x`) are skipped. */
export function openFileRequestsFromArgv(argv: readonly string[], workingDirectory: string): OpenedPath[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .flatMap((arg) => {
      const kind = lensesFileKind(arg);
      return kind ? [{ path: path.resolve(workingDirectory, arg), kind }] : [];
    });
}
