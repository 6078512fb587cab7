/**
 * A profile's attempt journal: `profiles/<profileId>/attempts.jsonl` in the user's storage.
 *
 * One append-only file per profile (rather than one shared store) so that profiles never see each
 * other's records, a damaged file costs one student at most a line or two and never another
 * student's work, and reset/export touch exactly one file.
 *
 * Every attempt is noted in memory first (its facts: see AttemptFacts) and then appended durably
 * (write + fdatasync). If the write fails (disk full, read-only, locked) the attempt stays in a
 * pending queue and the status says so; the queue is written on the next append or status check,
 * in order, and is never dropped. On open, damaged lines are counted, the file is copied aside (never deleted) and
 * rewritten atomically with the good records; format 1 files are migrated the same way.
 *
 * What the summary needs is kept as a running tally (see `createProgressTally`), saved now and
 * then as a checkpoint beside the journal (`progress-checkpoint.ts`): opening reads the checkpoint
 * and only the lines after it, so it takes the same time for 1,000 attempts or 100,000. Without a
 * checkpoint that matches the journal, the journal is read whole (and damaged lines found and set
 * aside as above); damage in lines a checkpoint covers is found when they are next read whole (an
 * export). The ids of every saved attempt are read only when records with ids from elsewhere are
 * added (an import); a new attempt's id is newly made.
 *
 * Plain module over `Storage` (runs on disk and in the browser).
 */
import { factsPicker, type AttemptRecord } from '../../content/progress/attempt-record';
import { encodeRecord, readJournalFacts, readJournalRecords } from './journal-lines';
import { crc32 } from '../storage/crc32';
import { describeStorageError, fileStamp, keyFolder, keyName, pendingMessage, storageKey, type Storage } from '../platform/storage/storage';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ProgressSummary, StorageStatus } from '../../content/progress/progress-schemas';
import { createProgressTally, type ContentIndex, type SummaryOptions } from './progress-summary';
import { checkpointKey, endsAsMarked, markOf, readCheckpoint, writeCheckpoint, type JournalMark } from './progress-checkpoint';
import { createSerialQueue } from '../serial-queue';

export const ATTEMPTS_FILE = 'attempts.jsonl';
/** Records per durable write when a queue or an import is written. */
const BATCH = 1000;
/** A checkpoint is written once this many lines were read or written since the last one. */
export const CHECKPOINT_EVERY = 200;


interface OpenReport {
  /** A message for the student when something had to be set aside, else null. */
  notice: string | null;
  /** Where the damaged or pre-migration copy went, if one was made. */
  setAside: string | null;
  damagedLines: number;
  migrated: number;
  /** Whether a checkpoint was used (then only the lines after it were read). */
  fromCheckpoint: boolean;
  /** Journal lines read on opening: all of them, or those after the checkpoint. */
  linesRead: number;
}

export interface AttemptStore {
  readonly key: string;
  readonly opened: OpenReport;
  /** The progress summary over every attempt, saved or pending, in the order it was added. */
  summarise(content: ContentIndex, options: SummaryOptions): ProgressSummary;
  /** Add a record whose id was made just now (so it is no saved record's), then try to write everything pending. */
  addNew(record: AttemptRecord): Promise<{ storage: StorageStatus }>;
  /** Add records from elsewhere, those whose ids are not yet present, then try to write everything pending. */
  add(records: readonly AttemptRecord[]): Promise<{ added: number; duplicates: number; storage: StorageStatus }>;
  /** Every full record, read back from the journal, plus those still waiting to be written (for export). */
  readAll(): Promise<AttemptRecord[]>;
  /** Try to write whatever is pending. */
  flush(): Promise<StorageStatus>;
  status(): StorageStatus;
  /** Set the journal aside (renamed, not deleted) and start empty. Refused while writes are pending. */
  reset(): Promise<{ removed: number; setAside: string | null }>;
}

export interface AttemptStoreOptions {
  key: string;
  profileId: string;
  storage: Storage;
  now: () => Date;
  /** Lines read or written between checkpoints (default CHECKPOINT_EVERY). */
  checkpointEvery?: number;
}

export const attemptsKey = (profileFolder: string) => storageKey(profileFolder, ATTEMPTS_FILE);

const encoder = new TextEncoder();

export async function openAttemptStore({ key, profileId, storage, now, checkpointEvery = CHECKPOINT_EVERY }: AttemptStoreOptions): Promise<AttemptStore> {
  const file = storage.describe(key);
  const pointKey = checkpointKey(key);
  const cannotRead = (error: unknown) => new UserFacingError('storage', `Lenses could not read ${file} (${describeStorageError(error)}).`);
  const pick = factsPicker();
  const opened: OpenReport = { notice: null, setAside: null, damagedLines: 0, migrated: 0, fromCheckpoint: false, linesRead: 0 };
  let tally = createProgressTally();
  /** The ids read on opening and added since; every saved id once `allIds` is true. */
  const ids = new Set<string>();
  let allIds = false;
  /** What the saved journal holds (its length and last line), or null when that is not known for sure. */
  let mark: JournalMark | null = null;
  /** Lines in the journal that the saved checkpoint does not cover. */
  let uncovered = 0;

  // The checkpoint and the lines after it, when the checkpoint matches the journal.
  const checkpoint = await readCheckpoint(storage, pointKey, profileId);
  if (checkpoint) {
    let tail: { size: number; bytes: Uint8Array } | null;
    try {
      tail = await storage.readBytesFrom(key, checkpoint.journal.bytes - checkpoint.journal.lastLineBytes);
    } catch (error) {
      throw cannotRead(error);
    }
    if (tail && tail.size >= checkpoint.journal.bytes && endsAsMarked(tail.bytes.subarray(0, checkpoint.journal.lastLineBytes), checkpoint.journal)) {
      const after = readJournalFacts(tail.bytes.subarray(checkpoint.journal.lastLineBytes), profileId);
      // Anything to repair or migrate is done by reading the journal whole, below.
      if (after.damagedLines === 0 && after.migrated === 0) {
        tally = createProgressTally(checkpoint.tally);
        for (const facts of after.items) tally.add(facts);
        for (const id of after.ids) ids.add(id);
        mark = markOf(tail.bytes, tail.size);
        uncovered = after.items.length;
        opened.fromCheckpoint = true;
        opened.linesRead = after.items.length + after.duplicates + after.newerLines;
      }
    }
  }

  if (!opened.fromCheckpoint) {
    let bytes: Uint8Array | null;
    try {
      bytes = await storage.readBytes(key);
    } catch (error) {
      throw cannotRead(error);
    }
    const decoded = bytes ? readJournalFacts(bytes, profileId) : null;
    for (const facts of decoded?.items ?? []) tally.add(facts);
    for (const id of decoded?.ids ?? []) ids.add(id);
    allIds = true;
    opened.damagedLines = decoded?.damagedLines ?? 0;
    opened.migrated = decoded?.migrated ?? 0;
    opened.linesRead = decoded ? decoded.items.length + decoded.duplicates + decoded.newerLines + decoded.damagedLines : 0;
    mark = bytes ? markOf(bytes, bytes.length) : { bytes: 0, lastLineBytes: 0, lastLineCrc: 0 };
    uncovered = decoded?.items.length ?? 0;

    if (decoded && (decoded.damagedLines > 0 || decoded.migrated > 0)) {
      const aside = `${key}.${decoded.damagedLines > 0 ? 'damaged' : 'format1'}-${fileStamp(now())}`;
      try {
        // Copy first, then replace atomically: at every moment a complete journal is stored.
        await storage.copyDurably(key, aside);
        opened.setAside = storage.describe(aside);
        const repaired = decoded.repaired();
        await storage.writeAtomically(key, repaired);
        mark = markOf(repaired, repaired.length);
      } catch {
        // Left as it is: appends still start on a fresh line, and the repair is tried again next time.
        mark = null;
      }
      if (decoded.damagedLines > 0) {
        opened.notice = opened.setAside
          ? `Some progress could not be read and was set aside in ${opened.setAside}; everything else is kept.`
          : `Some progress in ${file} could not be read; everything else is kept.`;
      }
    }
  }

  const pending: AttemptRecord[] = [];
  let failure: unknown = null;
  const serial = createSerialQueue();

  const status = (): StorageStatus =>
    pending.length === 0 ? { ok: true, pending: 0 } : failure ? { ok: false, message: pendingMessage(file, failure), pending: pending.length } : { ok: true, pending: pending.length };

  /** Save a checkpoint when enough lines are not covered and the tally is exactly what the journal holds. */
  const checkpointIfDue = async () => {
    if (mark === null || pending.length > 0 || uncovered < checkpointEvery) return;
    try {
      await writeCheckpoint(storage, pointKey, profileId, mark, tally.state());
    } catch {
      // The journal has everything; the next checkpoint is tried after as many lines again.
    }
    uncovered = 0;
  };

  const writePending = async (): Promise<StorageStatus> => {
    let wrote = false;
    while (pending.length > 0) {
      const batch = pending.slice(0, BATCH);
      const lines = batch.map(encodeRecord);
      try {
        await storage.appendDurably(key, lines.join(''));
      } catch (error) {
        // Part of the batch may be on disk: a retry then writes a second copy, which reading skips.
        // What the journal holds is then not known for sure: no checkpoint until it is read again.
        failure = error;
        mark = null;
        break;
      }
      if (mark !== null) {
        const last = encoder.encode(lines[lines.length - 1]);
        mark = { bytes: mark.bytes + lines.reduce((n, line) => n + encoder.encode(line).length, 0), lastLineBytes: last.length, lastLineCrc: crc32(last) };
      }
      uncovered += batch.length;
      wrote = true;
      pending.splice(0, batch.length);
      failure = null;
    }
    // After the answers are saved, not in their way.
    if (wrote) void serial(checkpointIfDue);
    return status();
  };

  const note = (record: AttemptRecord) => {
    ids.add(record.id);
    tally.add(pick(record));
    pending.push(record);
  };

  /** Every saved id, read from the journal the first time it is needed. */
  const loadAllIds = async () => {
    if (allIds) return;
    let bytes: Uint8Array | null;
    try {
      bytes = await storage.readBytes(key);
    } catch (error) {
      throw cannotRead(error);
    }
    if (bytes) for (const id of readJournalFacts(bytes, profileId).ids) ids.add(id);
    allIds = true;
  };

  // A journal read whole (or a long way past its checkpoint) gets a checkpoint, after opening.
  void serial(checkpointIfDue);

  return {
    key,
    opened,
    summarise: (content, options) => tally.summarise(content, options),
    addNew(record) {
      note(record);
      return serial(async () => ({ storage: await writePending() }));
    },
    add: (incoming) =>
      serial(async () => {
        await loadAllIds();
        let added = 0;
        let duplicates = 0;
        for (const record of incoming) {
          if (ids.has(record.id)) {
            duplicates += 1;
            continue;
          }
          note(record);
          added += 1;
        }
        return { added, duplicates, storage: await writePending() };
      }),
    readAll: () =>
      serial(async () => {
        let current: Uint8Array | null;
        try {
          current = await storage.readBytes(key);
        } catch (error) {
          throw cannotRead(error);
        }
        const records = current ? readJournalRecords(current, profileId).items : [];
        const onDisk = new Set(records.map((r) => r.id));
        for (const r of pending) if (!onDisk.has(r.id)) records.push(r);
        return records;
      }),
    flush: () => serial(writePending),
    status,
    reset: () =>
      serial(async () => {
        const before = await writePending();
        if (!before.ok || before.pending > 0) {
          throw new UserFacingError('storage', `Progress cannot be reset while answers are waiting to be saved. ${before.message ?? ''}`.trim());
        }
        const aside = `${key}.reset-${fileStamp(now())}`;
        let setAside: string | null = storage.describe(aside);
        try {
          await storage.rename(key, aside);
        } catch (error) {
          // When even looking fails, the journal may still be there: refuse rather than hide it.
          const exists = await storage.list(keyFolder(key)).then((entries) => entries.some((e) => e.name === keyName(key)), () => true);
          if (exists) throw new UserFacingError('storage', `Lenses could not reset progress in ${file} (${describeStorageError(error)}).`);
          setAside = null;
        }
        // A checkpoint left behind does not match the next journal (it is longer than it, or ends
        // with another line), so failing to remove it is harmless.
        await storage.remove(pointKey).catch(() => undefined);
        const removed = tally.totalAttempts;
        tally = createProgressTally();
        ids.clear();
        allIds = true;
        mark = { bytes: 0, lastLineBytes: 0, lastLineCrc: 0 };
        uncovered = 0;
        return { removed, setAside };
      }),
  };
}
