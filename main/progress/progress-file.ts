/**
 * The progress export file (`lenses-progress-<name>-<date>.json`): building it, and checking a
 * file offered for import completely before anything is imported. Plain module (Node's Buffer only).
 */
import { z } from 'zod';
import { fileNamePart } from '../../content/logic/file-names';
import { describeZodError } from '../../content/logic/zod-messages';
import { AttemptRecord, IsoDateTime } from '../../content/progress/attempt-record';

const PROGRESS_FILE_KIND = 'lenses-progress';
const PROGRESS_FILE_FORMAT = 1;
/** Far above real progress: an attempt takes about 400 bytes, so this is some 50,000 attempts. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const ProgressFile = z
  .object({
    kind: z.literal(PROGRESS_FILE_KIND),
    format: z.literal(PROGRESS_FILE_FORMAT),
    exportedAt: IsoDateTime,
    profile: z.object({ name: z.string().max(200) }).strict(),
    attempts: z.array(AttemptRecord),
  })
  .strict();
type ProgressFile = z.infer<typeof ProgressFile>;

export function buildProgressFile(profileName: string, attempts: readonly AttemptRecord[], now: Date): string {
  const head: Omit<ProgressFile, 'attempts'> = {
    kind: PROGRESS_FILE_KIND,
    format: PROGRESS_FILE_FORMAT,
    exportedAt: now.toISOString(),
    profile: { name: profileName },
  };
  // One attempt per line: compact, yet readable and friendly to line-based tools.
  const lines = attempts.map((a) => JSON.stringify(a)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},"attempts":[${lines ? `\n${lines}\n` : ''}]}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `lenses-progress-<name>-<YYYY-MM-DD>.json`, with the name made safe for any file system. */
export function progressFileName(profileName: string, now: Date): string {
  const safe = fileNamePart(profileName.slice(0, 40), 'profile').replace(/\s+/gu, '-');
  return `lenses-progress-${safe}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ParsedProgressFile = { ok: true; file: ProgressFile } | { ok: false; error: string };

/** Check a file's text completely. The error names the file and says what is wrong with it. */
export function parseProgressFile(name: string, content: string): ParsedProgressFile {
  const refuse = (reason: string): ParsedProgressFile => ({ ok: false, error: `"${name}" was not imported: ${reason}` });
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > IMPORT_MAX_BYTES) {
    return refuse(`it is larger than a progress file can be (more than ${IMPORT_MAX_BYTES / 1024 / 1024} MB).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return refuse('it is not a Lenses progress file (its text is not JSON).');
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== PROGRESS_FILE_KIND) {
    return refuse('it is not a Lenses progress file.');
  }
  const format = (json as { format?: unknown }).format;
  if (typeof format === 'number' && format > PROGRESS_FILE_FORMAT) {
    return refuse(`it was saved by a newer version of Lenses (file format ${format}). Update Lenses, then import it again.`);
  }
  const parsed = ProgressFile.safeParse(json);
  if (!parsed.success) return refuse(`${describeZodError(parsed.error, 3).join('; ')}.`);
  return { ok: true, file: parsed.data };
}
