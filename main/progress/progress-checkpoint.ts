/**
 * A checkpoint of the progress summary beside a profile's attempt journal
 * (`profiles/<profileId>/attempts.checkpoint`), so that opening a profile reads the checkpoint and
 * only the journal lines written after it, whatever the length of the journal.
 *
 * The journal stays the truth: the checkpoint says which part of it it covers (its length in
 * bytes and the checksum of its last line), and a checkpoint that is missing, damaged, for another
 * profile or time zone, or does not match the journal (the journal was repaired, reset or
 * replaced) is not used: the journal is read whole and a new checkpoint written. It is written
 * atomically (temp file + fsync + rename on disk, one transaction in the browser), so a crash
 * leaves the old checkpoint or the new one, and an old one only covers less of the journal.
 *
 * File: `<format>\t<crc32 of the JSON, 8 hex digits>\t<JSON>\n`, like a journal line.
 * Plain module over `Storage` (runs on disk and in the browser).
 */
import { z } from 'zod';
import { crc32 } from '../storage/crc32';
import type { Storage } from '../platform/storage/storage';
import { TallyState } from './progress-summary';

const CHECKPOINT_FORMAT = 1;

/** The part of the journal a checkpoint covers: its first `bytes` bytes, ending with a line of `lastLineBytes` bytes. */
export const JournalMark = z
  .object({
    bytes: z.number().int().min(0),
    lastLineBytes: z.number().int().min(0),
    lastLineCrc: z.number().int().min(0),
  })
  .strict()
  .refine((m) => m.lastLineBytes <= m.bytes && (m.bytes === 0) === (m.lastLineBytes === 0));
export type JournalMark = z.infer<typeof JournalMark>;

const Checkpoint = z
  .object({
    format: z.literal(CHECKPOINT_FORMAT),
    profileId: z.string(),
    /** Days in the timeline are local days: a checkpoint made in another time zone is not used. */
    timeZone: z.string(),
    journal: JournalMark,
    tally: TallyState,
  })
  .strict();
type Checkpoint = z.infer<typeof Checkpoint>;

export const checkpointKey = (journalKey: string) => journalKey.replace(/\.jsonl$/u, '') + '.checkpoint';

/** The time zone local days are counted in here. */
const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
const HEADER = /^(\d+)\t([0-9a-f]{8})\t/u;

/** The checkpoint for this profile and time zone, or null when there is none that can be used. Never throws. */
export async function readCheckpoint(storage: Storage, key: string, profileId: string): Promise<Pick<Checkpoint, 'journal' | 'tally'> | null> {
  try {
    const text = await storage.readText(key);
    if (text === null) return null;
    const header = HEADER.exec(text);
    if (!header || Number(header[1]) !== CHECKPOINT_FORMAT) return null;
    const json = text.slice(header[0].length).replace(/\n$/u, '');
    if (hex8(crc32(json)) !== header[2]) return null;
    const parsed = Checkpoint.safeParse(JSON.parse(json));
    if (!parsed.success || parsed.data.profileId !== profileId || parsed.data.timeZone !== localTimeZone()) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

export async function writeCheckpoint(storage: Storage, key: string, profileId: string, journal: JournalMark, tally: TallyState): Promise<void> {
  const checkpoint: Checkpoint = { format: CHECKPOINT_FORMAT, profileId, timeZone: localTimeZone(), journal, tally };
  const json = JSON.stringify(checkpoint);
  await storage.writeAtomically(key, `${CHECKPOINT_FORMAT}\t${hex8(crc32(json))}\t${json}\n`);
}

const NEWLINE = 0x0a;

/**
 * The mark of a journal whose content ends at `size` with `tail` (the last bytes of it, holding at
 * least its last line whole), or null when it does not end with a newline (an append was cut short).
 */
export function markOf(tail: Uint8Array, size: number): JournalMark | null {
  if (size === 0) return { bytes: 0, lastLineBytes: 0, lastLineCrc: 0 };
  if (tail.length === 0 || tail[tail.length - 1] !== NEWLINE) return null;
  const start = tail.length < 2 ? 0 : tail.lastIndexOf(NEWLINE, tail.length - 2) + 1;
  const line = tail.subarray(start);
  return { bytes: size, lastLineBytes: line.length, lastLineCrc: crc32(line) };
}

/** Whether `line` is the line a mark says the covered part ends with. */
export function endsAsMarked(line: Uint8Array, mark: JournalMark): boolean {
  return line.length === mark.lastLineBytes && (mark.bytes === 0 || crc32(line) === mark.lastLineCrc);
}
