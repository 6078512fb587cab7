/**
 * Small JSON files (settings, PINs, assignments): validated on read, written atomically, and a
 * damaged file is moved aside, never deleted, so nothing a person saved is lost. Over `Storage`,
 * so the same code runs on disk and in the browser.
 */
import type { z } from 'zod';
import { describeZodError } from '../../content/logic/zod-messages';
import { describeBadJson } from '../../content/logic/json-text';
import { fileStamp, keyName, type Storage } from '../platform/storage/storage';

export type ReadResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'damaged'; message: string; movedTo: string | null };

/** Move a damaged file aside as `<name>.damaged-<timestamp>`; returns where it went, for a person. */
async function moveAside(storage: Storage, key: string, now: Date = new Date()): Promise<string | null> {
  const target = `${key}.damaged-${fileStamp(now)}`;
  try {
    await storage.rename(key, target);
    return storage.describe(target);
  } catch {
    return null;
  }
}

export async function readJsonFile<S extends z.ZodType>(storage: Storage, key: string, schema: S): Promise<ReadResult<z.output<S>>> {
  const text = await storage.readText(key);
  if (text === null) return { ok: false, reason: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'damaged', message: describeBadJson(keyName(key), text), movedTo: await moveAside(storage, key) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: 'damaged', message: `${keyName(key)}: ${describeZodError(parsed.error, 3).join('; ')}`, movedTo: await moveAside(storage, key) };
  }
  return { ok: true, value: parsed.data };
}

/** Indented for a person to read, unless `compact` (a large store: half the bytes, and faster to write). */
export async function writeJsonFileAtomic(storage: Storage, key: string, value: unknown, options: { compact?: boolean } = {}): Promise<void> {
  await storage.writeAtomically(key, `${options.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`);
}
