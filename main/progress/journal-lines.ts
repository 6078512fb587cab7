/**
 * The attempt journal's line format, and reading a whole journal back.
 *
 * Format 2 (today): one record per line, `2<TAB><crc32 of the JSON, 8 hex digits><TAB><JSON>\n`.
 * The leading number is the record format, so a journal may mix formats and each line says
 * how to read it; the checksum catches a torn or garbled line wherever it is. Format 1 lines
 * (the prototype) are bare JSON objects with `"v":1` and are migrated when read.
 *
 * Works on bytes (Uint8Array), so it runs on disk and in the browser.
 */
import { concatBytes } from '../platform/storage/bytes';
import { crc32 } from '../storage/crc32';
import { ATTEMPT_FORMAT, AttemptRecordV1, factsPicker, looksLikeAttemptRecord, looksLikeFacts, migrateV1, type AttemptFacts, type AttemptRecord } from '../../content/progress/attempt-record';

const NEWLINE = 0x0a;
const TAB = 0x09;
const OPEN_BRACE = 0x7b;
/** Where the facts end in a line written by encodeRecord. */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const FACTS_END = encoder.encode(',"profileId":"');
const text = (buf: Uint8Array, start = 0, end = buf.length) => decoder.decode(buf.subarray(start, end));

/** Where `needle` first occurs in `buf`, or -1. */
function indexOfBytes(buf: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = buf.indexOf(first); i !== -1 && i + needle.length <= buf.length; i = buf.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && buf[i + k] === needle[k]) k += 1;
    if (k === needle.length) return i;
  }
  return -1;
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * One journal line (with its newline) for a record that has already been validated. The facts
 * the summary needs come first, so that opening a journal parses only that part of each line
 * (see `readJournalFacts`); the answer, which can be long, comes last.
 */
export function encodeRecord(r: AttemptRecord): string {
  const ordered: AttemptRecord = {
    id: r.id,
    setId: r.setId,
    exerciseId: r.exerciseId,
    score: r.score,
    correct: r.correct,
    submittedAt: r.submittedAt,
    profileId: r.profileId,
    contentVersion: r.contentVersion,
    hintsUsed: r.hintsUsed,
    revealed: r.revealed,
    timeSpentMs: r.timeSpentMs,
    startedAt: r.startedAt,
    answer: r.answer,
  };
  const json = JSON.stringify(ordered);
  return `${ATTEMPT_FORMAT}\t${hex8(crc32(json))}\t${json}\n`;
}

/** The value of one hexadecimal digit (a byte), or -1. */
function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return -1;
}

/** `<format>\t<crc32 hex>\t` at the start of a line, read from the bytes, or null. */
function readHeader(buf: Uint8Array, start: number, end: number): { format: number; crc: number; payloadStart: number } | null {
  let i = start;
  let format = 0;
  while (i < end && i - start < 6 && buf[i]! >= 0x30 && buf[i]! <= 0x39) format = format * 10 + (buf[i++]! - 0x30);
  if (i === start || buf[i] !== TAB || i + 10 > end) return null;
  let crc = 0;
  for (let k = i + 1; k < i + 9; k += 1) {
    const d = hexDigit(buf[k]!);
    if (d < 0) return null;
    crc = crc * 16 + d;
  }
  if (buf[i + 9] !== TAB) return null;
  return { format, crc, payloadStart: i + 10 };
}

export interface DecodedJournal<T> {
  /** Each readable record (or its facts), in file order, each id once (the first copy wins). */
  items: T[];
  /** The ids of the items. */
  ids: Set<string>;
  /** Lines that could not be read: torn, garbled, failed checksum or unknown shape. */
  damagedLines: number;
  /** Records read from format 1 lines (migrated to format 2). */
  migrated: number;
  /** Intact lines written by a newer Lenses: not read, but kept. */
  newerLines: number;
  /** Copies of a record already read (a write retried after an error). Harmless. */
  duplicates: number;
  /**
   * The journal as it should be: every readable line byte for byte (and lines from a newer
   * Lenses), format 1 lines migrated, damaged lines and repeated records left out.
   */
  repaired(): Uint8Array;
}

type LineResult<T> =
  | { kind: 'record'; id: string; item: T; migratedLine: string | null }
  | { kind: 'newer' }
  | { kind: 'damaged' }
  | { kind: 'blank' };

/** How one format 2 payload (checksum already verified) becomes an item; null if it is not a record. */
type PayloadReader<T> = (payload: Uint8Array) => { id: string; item: T } | null;

function decodeLine<T>(buf: Uint8Array, start: number, end: number, profileId: string, readPayload: PayloadReader<T>, pick: (r: AttemptRecord) => T): LineResult<T> {
  if (start === end) return { kind: 'blank' };
  if (buf[start] === OPEN_BRACE) {
    // Format 1: bare JSON, validated fully (no checksum to vouch for it).
    try {
      const parsed = AttemptRecordV1.safeParse(JSON.parse(text(buf, start, end)));
      if (!parsed.success) return { kind: 'damaged' };
      const record = migrateV1(parsed.data, profileId);
      return { kind: 'record', id: record.id, item: pick(record), migratedLine: encodeRecord(record) };
    } catch {
      return { kind: 'damaged' };
    }
  }
  const header = readHeader(buf, start, end);
  if (!header) return { kind: 'damaged' };
  const payload = buf.subarray(header.payloadStart, end);
  if (crc32(payload) >>> 0 !== header.crc) return { kind: 'damaged' };
  if (header.format > ATTEMPT_FORMAT) return { kind: 'newer' };
  if (header.format !== ATTEMPT_FORMAT) return { kind: 'damaged' };
  const read = readPayload(payload);
  return read ? { kind: 'record', id: read.id, item: read.item, migratedLine: null } : { kind: 'damaged' };
}

function decode<T>(buf: Uint8Array, profileId: string, readPayload: PayloadReader<T>, pick: (r: AttemptRecord) => T): DecodedJournal<T> {
  const items: T[] = [];
  // What a repaired journal keeps: the start of a line to copy as it is, or a migrated line.
  const keep: Array<number | string> = [];
  const ids = new Set<string>();
  let damagedLines = 0;
  let migrated = 0;
  let newerLines = 0;
  let duplicates = 0;
  let start = 0;
  while (start < buf.length) {
    const newline = buf.indexOf(NEWLINE, start);
    const end = newline === -1 ? buf.length : newline;
    const line = decodeLine(buf, start, end, profileId, readPayload, pick);
    if (line.kind === 'record') {
      if (ids.has(line.id)) duplicates += 1;
      else {
        ids.add(line.id);
        items.push(line.item);
        if (line.migratedLine !== null) {
          migrated += 1;
          keep.push(line.migratedLine);
        } else keep.push(start);
      }
    } else if (line.kind === 'newer') {
      newerLines += 1;
      keep.push(start);
    } else if (line.kind === 'damaged') {
      damagedLines += 1;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const repaired = () =>
    concatBytes(
      keep.map((k) => {
        if (typeof k === 'string') return encoder.encode(k);
        const newline = buf.indexOf(NEWLINE, k);
        // A last line that lost only its newline is whole: it gets the newline back.
        return newline === -1 ? concatBytes([buf.subarray(k), encoder.encode('\n')]) : buf.subarray(k, newline + 1);
      }),
    );
  return { items, ids, damagedLines, migrated, newerLines, duplicates, repaired };
}

function parseRecord(payload: Uint8Array): AttemptRecord | null {
  try {
    const value: unknown = JSON.parse(text(payload));
    return looksLikeAttemptRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** Read every full record of a journal (for export). Never throws: what cannot be read is counted. */
export function readJournalRecords(buf: Uint8Array, profileId: string): DecodedJournal<AttemptRecord> {
  const identity = (r: AttemptRecord) => r;
  return decode(buf, profileId, (payload) => {
    const record = parseRecord(payload);
    return record ? { id: record.id, item: record } : null;
  }, identity);
}

/**
 * Read the facts of every record of a journal (for opening it). For a line written by
 * encodeRecord only the leading facts are parsed and checked; the rest of the line is vouched for
 * by its checksum (and read in full on export). Any other line is parsed whole. Never throws.
 */
export function readJournalFacts(buf: Uint8Array, profileId: string): DecodedJournal<AttemptFacts> {
  const pick = factsPicker();
  return decode(
    buf,
    profileId,
    (payload) => {
      const at = indexOfBytes(payload, FACTS_END);
      if (at !== -1) {
        try {
          const facts: unknown = JSON.parse(`${text(payload, 0, at)}}`);
          if (looksLikeFacts(facts)) return { id: facts.id, item: pick(facts) };
        } catch {
          // Fall through to reading the whole line.
        }
      }
      const record = parseRecord(payload);
      return record ? { id: record.id, item: pick(record) } : null;
    },
    pick,
  );
}
