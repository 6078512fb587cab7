/**
 * Where Lenses keeps what a person saves: one small interface, two implementations.
 *
 * - `createNodeStorage(folder)` (storage.nodejs.ts): files under the user-data folder, for the
 *   desktop app and the Node tests.
 * - `openIndexedDbStorage({ name })` (storage.web.ts): the browser's IndexedDB, for
 *   the web build, where the same handlers run in a worker.
 *
 * Every module of the core reaches storage only through this, so the core does not care where it
 * runs. No Node and no DOM types here.
 *
 * Keys are relative paths with `/` between parts ("profiles/abc/attempts.jsonl"); no leading `/`,
 * no `.` or `..` parts. Folders exist implicitly: writing a key creates its folders.
 *
 * Guarantees every implementation gives:
 * - `writeAtomically` leaves either the old or the new content, never a mix or a half.
 * - `appendDurably` returns only once the text is stored (fdatasync on disk, a committed
 *   transaction in the browser); a crash loses at most the append in progress.
 * - A failed operation rejects (never resolves as if it worked); `describeStorageError` turns the
 *   error into words a person can act on.
 */
import { windowsNameProblem } from '../../../content/logic/file-names';

export interface Storage {
  /** Where this storage lives, for messages ("/home/sam/.config/Lenses", "this browser"). */
  readonly where: string;
  /** A key as a person would recognise it (a full path on disk). */
  describe(key: string): string;
  /** The bytes stored at `key`, or null when nothing is there. */
  readBytes(key: string): Promise<Uint8Array | null>;
  /**
   * The bytes stored at `key` from byte `offset` to the end, with the size of the whole content
   * (an offset past the end gives no bytes), or null when nothing is there. On disk only those
   * bytes are read, so reading the end of a long journal costs what the end holds.
   */
  readBytesFrom(key: string, offset: number): Promise<{ size: number; bytes: Uint8Array } | null>;
  /** The text (UTF-8) stored at `key`, or null when nothing is there. */
  readText(key: string): Promise<string | null>;
  /** Replace the content at `key` as one step (temp + fsync + rename on disk; one transaction in the browser). */
  writeAtomically(key: string, data: string | Uint8Array): Promise<void>;
  /**
   * Append text and return once it is stored. If the stored content does not end with a newline (an
   * earlier write was cut short), a newline is stored first so the new text starts its own line.
   */
  appendDurably(key: string, text: string): Promise<void>;
  /** Copy `from` to `to`, stored durably (setting a damaged file aside). */
  copyDurably(from: string, to: string): Promise<void>;
  /** Move a file or a folder (with everything in it) to a new key, replacing a file there. */
  rename(from: string, to: string): Promise<void>;
  /**
   * Put the folder `from` (with everything in it) in the place of the folder `to`, creating `to`
   * when it is not there. For anyone reading it is one step: if it fails, `to` holds what it held
   * before and `from` is as it was. The old content of `to` is removed afterwards; when only that
   * removal fails the replace still succeeds, and what is left is a hidden folder beside `to`
   * (`.replaced-<name>-<hex>`) that `tidyStorage` removes at the next start (or puts back, when a
   * crash came between setting it aside and moving the new folder in).
   */
  replaceFolder(from: string, to: string): Promise<void>;
  /** What is directly inside a folder key ('' is the top), sorted by name; [] when it does not exist. */
  list(folder: string): Promise<StorageEntry[]>;
  /** Remove a file, or a folder with everything in it. Nothing happens when it does not exist. */
  remove(key: string): Promise<void>;
}

/** The steps of `replaceFolder`, named so tests can make each one fail. */
export type ReplaceStep = 'set-old-aside' | 'move-new-in' | 'remove-old';

/** Test hooks: called before each step of `replaceFolder`; a throw makes that step fail. */
export interface StorageFaults {
  beforeReplaceStep?: (step: ReplaceStep) => void;
}

const REPLACED_PREFIX = '.replaced-';
/** A folder being written before `replaceFolder` puts it in place (left behind only by a crash). */
export const SAVING_PREFIX = '.saving-';
const REPLACED_NAME = /^\.replaced-(.+)-[0-9a-f]{8}$/u;

/** Where `replaceFolder` keeps the old folder while it swaps: a hidden sibling of `to`. */
export function replacedAsideKey(to: string, hex: string): string {
  return storageKey(keyFolder(to), `${REPLACED_PREFIX}${keyName(to)}-${hex}`);
}

/** The folder name a `.replaced-…` folder was set aside from, or null for any other name. */
export function replacedFrom(name: string): string | null {
  return REPLACED_NAME.exec(name)?.[1] ?? null;
}

export interface StorageEntry {
  name: string;
  folder: boolean;
}

/** Join key parts with `/` (empty parts are dropped). */
export function storageKey(...parts: string[]): string {
  return parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p !== '')
    .join('/');
}

/** The last part of a key ("profiles/a/attempts.jsonl" → "attempts.jsonl"). */
export function keyName(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1] ?? key;
}

/** The folder part of a key ("profiles/a/attempts.jsonl" → "profiles/a"; "x" → ""). */
export function keyFolder(key: string): string {
  const at = key.lastIndexOf('/');
  return at < 0 ? '' : key.slice(0, at);
}

/**
 * Throws when a key could escape the storage or is malformed (a programming error, not user input),
 * or names a file Windows cannot store (CON, NUL, a trailing dot …), on every host alike.
 */
export function checkKey(key: string, options: { allowRoot?: boolean } = {}): string {
  if (key === '' && options.allowRoot) return key;
  const parts = key.split('/');
  const bad = (p: string) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0') || windowsNameProblem(p) !== null;
  if (key === '' || key.startsWith('/') || parts.some(bad)) {
    throw new Error(`Not a storage key: "${key}"`);
  }
  return key;
}

/**
 * A storage error in words a student or teacher can act on. Knows Node's error codes (disk) and
 * the DOMException names browsers use for IndexedDB.
 */
export function describeStorageError(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  switch (code) {
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
      break;
  }
  switch (name) {
    case 'QuotaExceededError':
      return "this browser's storage for Lenses is full (free space on the device, or clear other sites' data)";
    case 'SecurityError':
    case 'NotAllowedError':
      return 'this browser does not allow Lenses to store data here (a private window, or site data blocked in settings)';
    case 'InvalidStateError':
    case 'UnknownError':
    case 'AbortError':
      return "the browser's storage reported an error";
    case 'VersionError':
      return 'a newer version of Lenses is open in another tab; close it and reload';
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
