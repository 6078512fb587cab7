/**
 * Small JSON files (settings, window state): validated on read, written atomically
 * (temp file + fsync + rename, via write-file-atomic), and a damaged file is moved aside, never
 * deleted, so nothing a person saved is lost.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { describeZodError } from '../../content/logic/zod-messages';

export type ReadResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'damaged'; message: string; movedTo: string | null };

/** Move a damaged file aside as `<name>.damaged-<timestamp>`; returns the new path. */
export async function moveAside(file: string, now: Date = new Date()): Promise<string | null> {
  const target = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(file, target);
    return target;
  } catch {
    return null;
  }
}

export async function readJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<ReadResult<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'missing' };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'damaged', message: `${path.basename(file)} is not valid JSON (${(error as Error).message})`, movedTo: await moveAside(file) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: 'damaged', message: `${path.basename(file)}: ${describeZodError(parsed.error, 3).join('; ')}`, movedTo: await moveAside(file) };
  }
  return { ok: true, value: parsed.data };
}

export async function writeJsonFileAtomic(file: string, value: unknown): Promise<void> {
  await writeTextFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Replace a file's contents atomically (temp file + fsync + rename), creating its folder if needed. */
export async function writeTextFileAtomic(file: string, data: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, data, { fsync: true });
}
