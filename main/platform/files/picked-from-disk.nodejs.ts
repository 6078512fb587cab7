/**
 * Files the person picked (double-click, drag and drop, a folder of results), named by the tokens
 * main handed out (picked-files.ts), as PickedFiles, after checking each is a regular file with
 * the right extension. Folders are opened one level deep, and only their regular files are taken
 * (not links to elsewhere). Problems come back per file; nothing is thrown for a bad one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { close as closeCallback, open as openCallback, read as readCallback } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DiskPick, PathFilesPort, PickedFile } from './files';
import type { PickedFiles } from './picked-files';
import { mapAhead } from './read-ahead';
import { unreadableProblem, type FileProblem, type LensesFileKind } from '../../../content/assignments/read';

const openFd = promisify(openCallback);
const readFd = promisify(readCallback);
const closeFd = promisify(closeCallback);

/**
 * A file's text, read in one go when it is still the size it had when it was looked up: open,
 * one read, close. (fs's readFile asks the size again first, and each step is a trip to the
 * thread pool: for a class of small files the trips cost more than the reading.) Like readFile,
 * it stops at the size it knows when it gets there; a file that is shorter, or longer, than it was
 * is read on to its end.
 */
async function readText(file: string, size: number): Promise<string> {
  const fd = await openFd(file, 'r');
  try {
    let buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await readFd(fd, buffer, length, buffer.length - length, null);
      length += bytesRead;
      if (bytesRead === 0 || length === size) break;
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    await closeFd(fd);
  }
}

function hasExtension(file: string, extension: string): boolean {
  return path.extname(file).toLowerCase() === `.${extension.toLowerCase()}`;
}

/** A file on disk as a PickedFile (name without folders, size, read on demand). */
export function pickedFromPath(file: string, size: number): PickedFile {
  return { name: path.basename(file), size, read: () => readText(file, size), readBytes: () => readFile(file) };
}

function problemFor(error: unknown, name: string, kind: LensesFileKind): FileProblem {
  const code = (error as NodeJS.ErrnoException).code;
  return unreadableProblem(name, kind, code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'no-access');
}

/** One file by path: must exist, be a regular file, and end in `.${extension}`. */
async function pickFile(file: string, extension: string, kind: LensesFileKind): Promise<DiskPick> {
  const name = path.basename(file);
  if (!path.isAbsolute(file)) return { ok: false, problem: unreadableProblem(name, kind, 'missing') };
  if (!hasExtension(file, extension)) return { ok: false, problem: unreadableProblem(name, kind, 'wrong-extension') };
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, problem: unreadableProblem(name, kind, 'not-a-file') };
    return { ok: true, file: pickedFromPath(file, info.size) };
  } catch (error) {
    return { ok: false, problem: problemFor(error, name, kind) };
  }
}

/**
 * Files and folders by path: a folder gives the files in it that end in `.${extension}` (not its
 * subfolders, and other files in it are skipped without complaint); a file named directly must
 * have the extension.
 */
async function pickFilesAndFolders(paths: readonly string[], extension: string, kind: LensesFileKind): Promise<DiskPick[]> {
  const picks: DiskPick[] = [];
  for (const p of paths) {
    let isDirectory = false;
    try {
      isDirectory = path.isAbsolute(p) && (await stat(p)).isDirectory();
    } catch {
      // Reported by pickFile below.
    }
    if (!isDirectory) {
      picks.push(await pickFile(p, extension, kind));
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(p, { withFileTypes: true }))
        .filter((d) => d.isFile() && hasExtension(d.name, extension))
        .map((d) => d.name)
        .sort((a, b) => a.localeCompare(b));
    } catch (error) {
      picks.push({ ok: false, problem: problemFor(error, path.basename(p), kind) });
      continue;
    }
    // A class's folder holds hundreds of files: a few looked up at once.
    for (const pick of await mapAhead(names, 16, (n) => pickFile(path.join(p, n), extension, kind))) picks.push(pick);
  }
  return picks;
}

/** Said for a token Lenses did not hand out: the renderer may only name files the person picked. */
const notPicked = (kind: LensesFileKind): FileProblem => ({
  file: 'this file',
  reason: 'unreadable',
  message: `Lenses can only open ${kind === 'assignment' ? 'an assignment' : 'results files'} you chose yourself. Open ${kind === 'assignment' ? 'it' : 'them'} again.`,
});

/** The desktop's files-by-token port (Node): tokens from `picked`, files from the disk. */
export function createDiskPathFiles(picked: PickedFiles): PathFilesPort {
  return {
    async pickFile(token, extension, kind) {
      const file = picked.resolve(token);
      return file === null ? { ok: false, problem: notPicked(kind) } : pickFile(file, extension, kind);
    },
    async pickFilesAndFolders(tokens, extension, kind) {
      const picks: DiskPick[] = [];
      for (const token of tokens) {
        const file = picked.resolve(token);
        if (file === null) picks.push({ ok: false, problem: notPicked(kind) });
        else picks.push(...(await pickFilesAndFolders([file], extension, kind)));
      }
      return picks;
    },
  };
}
