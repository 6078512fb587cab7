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
 * Plain module over `Storage` (runs on disk and in the browser).
 */
import { factsPicker, type AttemptFacts, type AttemptRecord } from '../../content/progress/attempt-record';
import { encodeRecord, readJournalFacts, readJournalRecords } from './journal-lines';
import { describeStorageError, fileStamp, keyFolder, keyName, pendingMessage, storageKey, type Storage } from '../storage/storage';
import { UserFacingError } from '../ipc/user-facing-error';
import type { StorageStatus } from '../../content/progress/progress-schemas';
import { createSerialQueue } from './serial-queue';

export const ATTEMPTS_FILE = 'attempts.jsonl';
/** Records per durable write when a queue or an import is written. */
const BATCH = 1000;

export interface OpenReport {
  /** A message for the student when something had to be set aside, else null. */
  notice: string | null;
  /** Where the damaged or pre-migration copy went, if one was made. */
  setAside: string | null;
  damagedLines: number;
  migrated: number;
}

export interface AttemptStore {
  readonly key: string;
  readonly opened: OpenReport;
  /** What the summary needs of every attempt, saved or pending, in the order it was added. */
  facts(): readonly AttemptFacts[];
  has(id: string): boolean;
  /** Add new records (ids not yet present), then try to write everything pending. */
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
}

export const attemptsKey = (profileFolder: string) => storageKey(profileFolder, ATTEMPTS_FILE);

export async function openAttemptStore({ key, profileId, storage, now }: AttemptStoreOptions): Promise<AttemptStore> {
  const file = storage.describe(key);
  const cannotRead = (error: unknown) => new UserFacingError('storage', `Lenses could not read ${file} (${describeStorageError(error)}).`);
  let bytes: Uint8Array | null;
  try {
    bytes = await storage.readBytes(key);
  } catch (error) {
    throw cannotRead(error);
  }
  const decoded = bytes ? readJournalFacts(bytes, profileId) : null;
  const facts: AttemptFacts[] = decoded?.items ?? [];
  const ids = decoded?.ids ?? new Set<string>();
  const pick = factsPicker();
  const opened: OpenReport = { notice: null, setAside: null, damagedLines: decoded?.damagedLines ?? 0, migrated: decoded?.migrated ?? 0 };

  if (decoded && (decoded.damagedLines > 0 || decoded.migrated > 0)) {
    const aside = `${key}.${decoded.damagedLines > 0 ? 'damaged' : 'format1'}-${fileStamp(now())}`;
    try {
      // Copy first, then replace atomically: at every moment a complete journal is stored.
      await storage.copyDurably(key, aside);
      opened.setAside = storage.describe(aside);
      await storage.writeAtomically(key, decoded.repaired());
    } catch {
      // Left as it is: appends still start on a fresh line, and the repair is tried again next time.
    }
    if (decoded.damagedLines > 0) {
      opened.notice = opened.setAside
        ? `Some progress could not be read and was set aside in ${opened.setAside}; everything else is kept.`
        : `Some progress in ${file} could not be read; everything else is kept.`;
    }
  }

  const pending: AttemptRecord[] = [];
  let failure: unknown = null;
  const serial = createSerialQueue();

  const status = (): StorageStatus =>
    pending.length === 0 ? { ok: true, pending: 0 } : failure ? { ok: false, message: pendingMessage(file, failure), pending: pending.length } : { ok: true, pending: pending.length };

  const writePending = async (): Promise<StorageStatus> => {
    while (pending.length > 0) {
      const batch = pending.slice(0, BATCH);
      try {
        await storage.appendDurably(key, batch.map(encodeRecord).join(''));
      } catch (error) {
        // Part of the batch may be on disk: a retry then writes a second copy, which reading skips.
        failure = error;
        break;
      }
      pending.splice(0, batch.length);
      failure = null;
    }
    return status();
  };

  return {
    key,
    opened,
    facts: () => facts,
    has: (id) => ids.has(id),
    add(incoming) {
      let added = 0;
      let duplicates = 0;
      for (const record of incoming) {
        if (ids.has(record.id)) {
          duplicates += 1;
          continue;
        }
        ids.add(record.id);
        facts.push(pick(record));
        pending.push(record);
        added += 1;
      }
      return serial(async () => ({ added, duplicates, storage: await writePending() }));
    },
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
        const removed = facts.length;
        facts.length = 0;
        ids.clear();
        return { removed, setAside };
      }),
  };
}
