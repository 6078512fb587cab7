/**
 * The progress checkpoint beside the attempt journal: opening with it gives exactly the summary of
 * reading the whole journal, and a checkpoint that is missing, damaged or stale is not used but
 * rebuilt from the journal. On disk and over IndexedDB (the web build's storage).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openAttemptStore, type AttemptStoreOptions } from '../../main/progress/attempt-store';
import { AttemptRecord } from '../../content/progress/attempt-record';
import { encodeRecord, readJournalFacts } from '../../main/progress/journal-lines';
import { checkpointKey, readCheckpoint, writeCheckpoint } from '../../main/progress/progress-checkpoint';
import { summariseProgress, type ContentIndex } from '../../main/progress/progress-summary';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import type { Storage } from '../../main/platform/storage/storage';
import { openIndexedDbStorage } from '../../main/platform/storage/storage.web';
import { seededRandom } from '../../content/assignments/seeded-shuffle';
import { faultyStorage, removeTempDirs, tempDir } from '../support/progress-helpers';

afterAll(removeTempDirs);

const PROFILE = 'p-1';
const KEY = `profiles/${PROFILE}/attempts.jsonl`;
const POINT = checkpointKey(KEY);
const now = () => new Date('2024-06-01T12:00:00.000Z');
const content: ContentIndex = {
  sets: [
    { id: 'tiny', title: 'Tiny', exercises: [{ id: 'a', family: 'attribution', type: 'choice' }, { id: 'b', family: 'numbers', type: 'choice' }, { id: 'c', family: 'framing', type: 'written' }] },
    { id: 'two', title: 'Two', exercises: [{ id: 'a', family: 'attribution', type: 'choice' }] },
  ],
};

/** A seeded generator, so a failing sequence can be run again. */
const random = (seed: number) => seededRandom(`checkpoint-${seed}`);

/** Attempts on known and unknown exercises, mostly in time order, with ties and some from the past (imports). */
function randomRecord(next: () => number, i: number): AttemptRecord {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const [setId, exerciseId] = pick([['tiny', 'a'], ['tiny', 'b'], ['tiny', 'c'], ['two', 'a'], ['gone', 'x']] as const);
  const minutes = next() < 0.1 ? Math.floor(next() * 100_000) : i * 37 + Math.floor(next() * 3) * 1440;
  const at = new Date(Date.UTC(2024, 0, 1) + minutes * 60_000).toISOString();
  const score = pick([0, 0.25, 0.5, 0.8, 1]);
  return AttemptRecord.parse({
    id: randomUUID(),
    profileId: PROFILE,
    setId,
    exerciseId,
    contentVersion: 1,
    answer: { type: 'written', text: `Answer ${i}: “ü”`, selfCheck: [true] },
    score,
    correct: score === 1 && next() < 0.8,
    hintsUsed: 0,
    revealed: false,
    timeSpentMs: 1000,
    startedAt: at,
    submittedAt: at,
  });
}

/** The summary of reading the whole journal, the way it was computed before checkpoints. */
async function fullReplay(storage: Storage) {
  const bytes = await storage.readBytes(KEY);
  return summariseProgress(bytes ? readJournalFacts(bytes, PROFILE).items : [], content, { profileId: PROFILE });
}

const hosts: Array<[string, () => Promise<Storage>]> = [
  ['on disk', async () => createNodeStorage(await tempDir())],
  ['in IndexedDB', () => openIndexedDbStorage({ name: 'lenses', indexedDB: new IDBFactory() })],
];

describe.each(hosts)('the progress checkpoint %s', (_, makeStorage) => {
  const open = (storage: Storage, extra: Partial<AttemptStoreOptions> = {}) => openAttemptStore({ key: KEY, profileId: PROFILE, storage, now, ...extra });

  it('gives the same summary as reading the whole journal, over random sessions, imports and failed writes', async () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const next = random(seed);
      const faults = faultyStorage();
      const storage = faults.wrap(await makeStorage());
      let made = 0;
      let usedCheckpoint = 0;
      const sessions = 3 + Math.floor(next() * 5);
      for (let session = 0; session < sessions; session += 1) {
        const store = await open(storage, { checkpointEvery: 1 + Math.floor(next() * 12) });
        if (store.opened.fromCheckpoint) usedCheckpoint += 1;
        expect(store.summarise(content, { profileId: PROFILE }), `seed ${seed}, session ${session}, on opening`).toEqual(await fullReplay(storage));
        const imported: AttemptRecord[] = [];
        const count = Math.floor(next() * 40);
        for (let k = 0; k < count; k += 1) {
          // Now and then the storage fails for a while, sometimes after writing half a line.
          if (next() < 0.05) {
            faults.control.fault = 'ENOSPC';
            faults.control.tearFirst = next() < 0.5;
          } else if (next() < 0.3) faults.control.fault = null;
          const record = randomRecord(next, made++);
          if (next() < 0.15) {
            // An import: a file of attempts, some of them already here.
            const batch = [record, ...(imported.length > 0 && next() < 0.5 ? [imported[Math.floor(next() * imported.length)]!] : [])];
            await store.add(batch);
            imported.push(record);
          } else await store.addNew(record);
        }
        faults.control.fault = null;
        expect((await store.flush()).pending).toBe(0);
        expect(store.summarise(content, { profileId: PROFILE }), `seed ${seed}, session ${session}, after adding`).toEqual(await fullReplay(storage));
      }
      const last = await open(storage);
      expect(last.summarise(content, { profileId: PROFILE }), `seed ${seed}, reopened`).toEqual(await fullReplay(storage));
      if (last.opened.fromCheckpoint) usedCheckpoint += 1;
      await last.flush();
      expect(usedCheckpoint, `seed ${seed}: the checkpoint was used`).toBeGreaterThan(0);
    }
  }, 120_000);

  /** A journal of `n` attempts with a checkpoint covering it, and its summary. */
  async function withCheckpoint(n: number) {
    const storage = await makeStorage();
    const next = random(99);
    const store = await open(storage, { checkpointEvery: 10 });
    for (let i = 0; i < n; i += 1) await store.addNew(randomRecord(next, i));
    await store.flush();
    expect(await readCheckpoint(storage, POINT, PROFILE)).not.toBeNull();
    return { storage, next, expected: await fullReplay(storage) };
  }

  it('reads only the lines after the checkpoint', async () => {
    const { storage, next } = await withCheckpoint(30);
    await storage.appendDurably(KEY, [30, 31, 32].map((i) => encodeRecord(randomRecord(next, i))).join(''));
    const store = await open(storage, { checkpointEvery: 10 });
    expect(store.opened).toMatchObject({ fromCheckpoint: true, linesRead: 3, damagedLines: 0 });
    expect(store.summarise(content, { profileId: PROFILE })).toEqual(await fullReplay(storage));
    expect(store.summarise(content, { profileId: PROFILE }).totalAttempts).toBe(33);
  });

  it('is rebuilt from the journal when it is missing', async () => {
    const { storage, expected } = await withCheckpoint(30);
    await storage.remove(POINT);
    const store = await open(storage, { checkpointEvery: 10 });
    expect(store.opened).toMatchObject({ fromCheckpoint: false, linesRead: 30 });
    expect(store.summarise(content, { profileId: PROFILE })).toEqual(expected);
    await store.flush();
    const again = await open(storage);
    expect(again.opened).toMatchObject({ fromCheckpoint: true, linesRead: 0 });
    expect(again.summarise(content, { profileId: PROFILE })).toEqual(expected);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['with a changed figure (checksum fails)', (text: string) => text.replace('"totalAttempts":30', '"totalAttempts":31')],
    ['not a checkpoint at all', () => 'hello\n'],
    ['empty', () => ''],
  ])('is rebuilt from the journal when it is damaged: %s', async (_, damage) => {
    const { storage, expected } = await withCheckpoint(30);
    const text = (await storage.readText(POINT))!;
    expect(text).toContain('"totalAttempts":30');
    await storage.writeAtomically(POINT, damage(text));
    const store = await open(storage, { checkpointEvery: 10 });
    expect(store.opened.fromCheckpoint).toBe(false);
    expect(store.summarise(content, { profileId: PROFILE })).toEqual(expected);
    await store.flush();
    expect((await open(storage)).opened.fromCheckpoint).toBe(true);
  });

  it('is not used when its figures are well formed but do not match the journal (stale)', async () => {
    const { storage, next, expected } = await withCheckpoint(30);
    const saved = (await readCheckpoint(storage, POINT, PROFILE))!;
    const records = (await storage.readText(KEY))!;

    // The journal cut back (a copy from a backup): shorter than the checkpoint says.
    await storage.writeAtomically(KEY, records.slice(0, records.lastIndexOf('\n', records.length - 2) + 1));
    let store = await open(storage);
    expect(store.opened.fromCheckpoint).toBe(false);
    expect(store.summarise(content, { profileId: PROFILE }).totalAttempts).toBe(29);

    // Another journal just as long, ending with another line.
    const other = Array.from({ length: 30 }, (_, i) => encodeRecord(randomRecord(next, i))).join('');
    await storage.writeAtomically(KEY, other);
    await writeCheckpoint(storage, POINT, PROFILE, { ...saved.journal, bytes: new TextEncoder().encode(other).length }, saved.tally);
    store = await open(storage);
    expect(store.opened.fromCheckpoint).toBe(false);
    expect(store.summarise(content, { profileId: PROFILE })).toEqual(await fullReplay(storage));
    expect(store.summarise(content, { profileId: PROFILE })).not.toEqual(expected);

    // Another profile's checkpoint.
    await storage.writeAtomically(KEY, records);
    await writeCheckpoint(storage, POINT, 'someone-else', saved.journal, saved.tally);
    store = await open(storage);
    expect(store.opened.fromCheckpoint).toBe(false);
    expect(store.summarise(content, { profileId: PROFILE })).toEqual(expected);
  });

  it('is not used when a line after it is damaged: the journal is read whole, repaired, and the student told', async () => {
    const { storage, next, expected } = await withCheckpoint(30);
    const extra = randomRecord(next, 30);
    await storage.appendDurably(KEY, encodeRecord(extra).slice(0, 40));
    const store = await open(storage);
    expect(store.opened).toMatchObject({ fromCheckpoint: false, damagedLines: 1 });
    expect(store.opened.notice).toMatch(/set aside/u);
    expect(store.summarise(content, { profileId: PROFILE })).toEqual(expected);
    await store.addNew(extra);
    await store.flush();
    const again = await open(storage);
    expect(again.summarise(content, { profileId: PROFILE })).toEqual(await fullReplay(storage));
    expect(again.summarise(content, { profileId: PROFILE }).totalAttempts).toBe(31);
  });

  it('starts again empty after a reset, whatever becomes of the old checkpoint', async () => {
    const { storage, next } = await withCheckpoint(30);
    const store = await open(storage, { checkpointEvery: 10 });
    expect(await store.reset()).toMatchObject({ removed: 30 });
    expect(await storage.readText(POINT)).toBeNull();
    for (let i = 0; i < 12; i += 1) await store.addNew(randomRecord(next, 100 + i));
    await store.flush();
    const again = await open(storage);
    expect(again.summarise(content, { profileId: PROFILE }).totalAttempts).toBe(12);
    expect(again.summarise(content, { profileId: PROFILE })).toEqual(await fullReplay(storage));
  });
});
