/**
 * The attempt journal's line format, and reading a whole journal back.
 *
 * Format 2 (today): one record per line, `2<TAB><crc32 of the JSON, 8 hex digits><TAB><JSON>\n`.
 * The leading number is the record format, so a journal may mix formats and each line says
 * how to read it; the checksum catches a torn or garbled line wherever it is. Format 1 lines
 * (the prototype) are bare JSON objects with `"v":1` and are migrated when read.
 *
 * Node only for `zlib.crc32` (no Electron).
 */
import { crc32 } from 'node:zlib';
import { ATTEMPT_FORMAT, AttemptRecordV1, looksLikeAttemptRecord, migrateV1, type AttemptRecord } from './attempt-record';

const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;
const HEADER = /^(\d{1,6})\t([0-9a-f]{8})\t/u;

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/** One journal line (with its newline) for a record that has already been validated. */
export function encodeRecord(record: AttemptRecord): string {
  const json = JSON.stringify(record);
  return `${ATTEMPT_FORMAT}\t${hex8(crc32(json))}\t${json}\n`;
}

export interface DecodedJournal {
  /** Readable records in file order, each id once (the first copy wins). */
  records: AttemptRecord[];
  /** Lines that could not be read: torn, garbled, failed checksum or unknown shape. */
  damagedLines: number;
  /** Records read from format 1 lines and migrated. */
  migrated: number;
  /** Intact lines written by a newer Lenses, kept verbatim so that nothing it wrote is lost. */
  newerLines: string[];
  /** The last line was good but had no newline (the next append must start a new line). */
  unterminated: boolean;
  /** Copies of a record already read (a write retried after an error). Harmless. */
  duplicates: number;
}

type LineResult = { kind: 'record'; record: AttemptRecord; migrated: boolean } | { kind: 'newer' } | { kind: 'damaged' } | { kind: 'blank' };

function decodeLine(buf: Buffer, start: number, end: number, profileId: string): LineResult {
  if (start === end) return { kind: 'blank' };
  if (buf[start] === OPEN_BRACE) {
    // Format 1: bare JSON, validated fully (no checksum to vouch for it).
    try {
      const parsed = AttemptRecordV1.safeParse(JSON.parse(buf.toString('utf8', start, end)));
      return parsed.success ? { kind: 'record', record: migrateV1(parsed.data, profileId), migrated: true } : { kind: 'damaged' };
    } catch {
      return { kind: 'damaged' };
    }
  }
  const header = HEADER.exec(buf.toString('latin1', start, Math.min(end, start + 18)));
  if (!header) return { kind: 'damaged' };
  const payload = buf.subarray(start + header[0].length, end);
  if (hex8(crc32(payload)) !== header[2]) return { kind: 'damaged' };
  const format = Number(header[1]);
  if (format > ATTEMPT_FORMAT) return { kind: 'newer' };
  if (format !== ATTEMPT_FORMAT) return { kind: 'damaged' };
  try {
    const value: unknown = JSON.parse(payload.toString('utf8'));
    return looksLikeAttemptRecord(value) ? { kind: 'record', record: value, migrated: false } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

/** Read every line of a journal. Never throws: what cannot be read is counted as damaged. */
export function decodeJournal(buf: Buffer, profileId: string): DecodedJournal {
  const out: DecodedJournal = { records: [], damagedLines: 0, migrated: 0, newerLines: [], unterminated: false, duplicates: 0 };
  const seen = new Set<string>();
  let start = 0;
  while (start < buf.length) {
    const newline = buf.indexOf(NEWLINE, start);
    const end = newline === -1 ? buf.length : newline;
    const line = decodeLine(buf, start, end, profileId);
    if (line.kind === 'record') {
      if (seen.has(line.record.id)) out.duplicates += 1;
      else {
        seen.add(line.record.id);
        out.records.push(line.record);
        if (line.migrated) out.migrated += 1;
      }
    } else if (line.kind === 'newer') {
      out.newerLines.push(buf.toString('utf8', start, end));
    } else if (line.kind === 'damaged') {
      out.damagedLines += 1;
    }
    if (newline === -1) {
      if (line.kind === 'record' || line.kind === 'newer') out.unterminated = true;
      break;
    }
    start = newline + 1;
  }
  return out;
}
