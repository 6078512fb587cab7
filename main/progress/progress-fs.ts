/**
 * The few file operations progress storage needs, behind one small interface so that tests can
 * make any of them fail the way a full, read-only or locked disk does (ENOSPC, EROFS, EBUSY…).
 * `nodeProgressFs` is the real implementation. Node only, no Electron.
 */
import { copyFile, mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeTextFileAtomic } from '../storage/json-file';

export interface ProgressFs {
  /** The file's bytes, or null when it does not exist. */
  readFile(file: string): Promise<Buffer | null>;
  /**
   * Append text and wait until it is on the disk (fdatasync). If the file does not end with a
   * newline (an earlier write was cut short), a newline is written first so that the new text
   * starts its own line. Creates the folder and file when needed.
   */
  appendDurably(file: string, text: string): Promise<void>;
  /** Replace the file's contents atomically: temp file + fsync + rename. */
  writeAtomically(file: string, data: string | Buffer): Promise<void>;
  /** Copy a file and flush the copy to disk (setting a damaged file aside). */
  copyDurably(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/** Make a new directory entry durable. Not possible on Windows (opening a folder fails): skipped there. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}

export const nodeProgressFs: ProgressFs = {
  async readFile(file) {
    try {
      return await readFile(file);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  },

  async appendDurably(file, text) {
    let created = false;
    try {
      await stat(file);
    } catch (error) {
      if (!isMissing(error)) throw error;
      created = true;
      await mkdir(path.dirname(file), { recursive: true });
    }
    const handle = await open(file, 'a+');
    try {
      const { size } = await handle.stat();
      let data = text;
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) data = `\n${text}`;
      }
      // appendFile loops until every byte is written; O_APPEND puts it at the end.
      await handle.appendFile(data, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(path.dirname(file));
  },

  writeAtomically: (file, data) => writeTextFileAtomic(file, data),

  async copyDurably(from, to) {
    await copyFile(from, to);
    const handle = await open(to, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },

  rename: (from, to) => rename(from, to),
};

/** Why a write failed, in words a student or teacher can act on. */
export function describeStorageError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your storage allowance on this computer is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
      return 'the folder is read-only for this account';
    case 'EBUSY':
    case 'EPERM':
      return 'the file is locked by another program';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EIO':
      return 'the disk reported an error';
    default:
      return 'an unexpected error';
  }
}

/** The status message shown while answers wait in memory. */
export function pendingMessage(where: string, error: unknown): string {
  return `Lenses could not save to ${where} (${describeStorageError(error)}). Your answers are kept while the app is open; it will keep trying.`;
}

/** Suffix for files set aside: a time stamp safe in file names on every OS. */
export const fileStamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');
