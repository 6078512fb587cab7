import { afterAll, describe, expect, it } from 'vitest';
import { appendFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openAttemptStore } from '../../main/progress/attempt-store';
import { encodeRecord, readJournalFacts, readJournalRecords } from '../../main/progress/journal-lines';
import { AttemptRecord, type AttemptRecordV1 } from '../../content/progress/attempt-record';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import { tempDir, removeTempDirs } from '../support/progress-helpers';

afterAll(removeTempDirs);

const PROFILE = 'p-1';
const now = () => new Date('2024-06-01T12:00:00.000Z');

function record(i: number, extra: Partial<AttemptRecord> = {}): AttemptRecord {
  return AttemptRecord.parse({
    id: randomUUID(),
    profileId: PROFILE,
    setId: 'tiny',
    exerciseId: `ex-${i % 7}`,
    contentVersion: 1,
    answer: i % 2 ? { type: 'choice', selected: ['a'] } : { type: 'written', text: `Answer ${i} — with “quotes” and ünïcode`, selfCheck: [true] },
    score: (i % 5) / 4,
    correct: i % 5 === 4,
    hintsUsed: i % 3,
    revealed: false,
    timeSpentMs: 1000 + i,
    startedAt: '2024-05-01T09:30:00.000Z',
    submittedAt: new Date(Date.UTC(2024, 4, 1, 9, 31, i)).toISOString(),
    ...extra,
  });
}

async function journalWith(records: AttemptRecord[]) {
  const dir = await tempDir();
  const file = path.join(dir, 'attempts.jsonl');
  await writeFile(file, records.map(encodeRecord).join(''));
  return { dir, file };
}

const open = (file: string) => openAttemptStore({ key: path.basename(file), profileId: PROFILE, storage: createNodeStorage(path.dirname(file)), now });

describe('the attempt journal', () => {
  it('writes one checksummed, versioned line per record and reads them back exactly', async () => {
    const records = Array.from({ length: 25 }, (_, i) => record(i));
    const line = encodeRecord(records[0]!);
    expect(line).toMatch(/^2\t[0-9a-f]{8}\t\{.*\}\n$/u);
    const decoded = readJournalRecords(Buffer.from(records.map(encodeRecord).join('')), PROFILE);
    expect(decoded.items).toEqual(records);
    expect(decoded.damagedLines).toBe(0);
  });

  it('reads the facts of each record for the summary, whatever the key order of the line', async () => {
    const { crc32 } = await import('node:zlib');
    const line = (json: string) => `2\t${(crc32(json) >>> 0).toString(16).padStart(8, '0')}\t${json}\n`;
    const records = Array.from({ length: 4 }, (_, i) => record(i));
    const bogus = { ...record(5), answer: { type: 'dance' } };
    const text = [encodeRecord(records[0]!), line(JSON.stringify(records[1])), encodeRecord(records[2]!), line(JSON.stringify(bogus)), line(JSON.stringify({ ...bogus, id: randomUUID(), answer: undefined })), encodeRecord(records[3]!)].join('');
    expect(JSON.stringify(records[1]).indexOf('"answer"')).toBeLessThan(JSON.stringify(records[1]).indexOf('"score"'));
    const facts = readJournalFacts(Buffer.from(text), PROFILE);
    expect(facts.items).toEqual(records.map(({ id, setId, exerciseId, score, correct, submittedAt }) => ({ id, setId, exerciseId, score, correct, submittedAt })));
    expect(facts.damagedLines).toBe(2);
    const full = readJournalRecords(Buffer.from(text), PROFILE);
    expect(full.items).toEqual(records);
    expect(full.damagedLines).toBe(2);
  });

  it('appends durably and a reopened store sees every record', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'profiles', 'p-1', 'attempts.jsonl');
    const store = await open(file);
    const records = Array.from({ length: 10 }, (_, i) => record(i));
    for (const r of records) expect((await store.add([r])).storage).toEqual({ ok: true, pending: 0 });
    const again = await open(file);
    expect(await again.readAll()).toEqual(records);
    expect(again.opened.notice).toBeNull();
  });

  it('recovers from a torn last line: keeps the good records, sets the file aside, says so', async () => {
    const records = Array.from({ length: 5 }, (_, i) => record(i));
    const { dir, file } = await journalWith(records);
    const full = (await readFile(file)).length;
    await truncate(file, full - 17); // cut into the last record
    const original = await readFile(file);

    const store = await open(file);
    expect(await store.readAll()).toEqual(records.slice(0, 4));
    expect(store.opened.damagedLines).toBe(1);
    expect(store.opened.notice).toBe(`Some progress could not be read and was set aside in ${store.opened.setAside}; everything else is kept.`);
    const aside = (await readdir(dir)).filter((n) => n.startsWith('attempts.jsonl.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0]!))).toEqual(original);
    // The journal was rewritten with the good records only: opening again finds nothing wrong.
    const again = await open(file);
    expect(await again.readAll()).toEqual(records.slice(0, 4));
    expect(again.opened.notice).toBeNull();
  });

  it('recovers from garbage in the middle and at the end, and from a flipped byte', async () => {
    const records = Array.from({ length: 6 }, (_, i) => record(i));
    const lines = records.map(encodeRecord);
    const flipped = lines[4]!.replace('"tiny"', '"tinz"'); // checksum no longer matches
    const text = [lines[0], lines[1], 'not a record at all\n', lines[2], '\u0000\u0000\u0000\n', lines[3], flipped, lines[5], '{"half":'].join('');
    const dir = await tempDir();
    const file = path.join(dir, 'attempts.jsonl');
    await writeFile(file, text);

    const store = await open(file);
    expect((await store.readAll()).map((r) => r.id)).toEqual([0, 1, 2, 3, 5].map((i) => records[i]!.id));
    expect(store.opened.damagedLines).toBe(4);
    expect(store.opened.notice).toMatch(/^Some progress could not be read and was set aside in .*attempts\.jsonl\.damaged-.*; everything else is kept\.$/u);
    expect(await readFile(store.opened.setAside!, 'utf8')).toBe(text);
    expect(await readFile(file, 'utf8')).toBe([0, 1, 2, 3, 5].map((i) => lines[i]).join(''));
  });

  it('starts a new line after a record that lost its newline, and skips a repeated record', async () => {
    const records = Array.from({ length: 3 }, (_, i) => record(i));
    const { file } = await journalWith(records);
    await appendFile(file, encodeRecord(records[1]!)); // a write retried after an error
    await truncate(file, (await readFile(file)).length - 1); // and its newline lost
    const store = await open(file);
    expect(store.opened.notice).toBeNull();
    const extra = record(9);
    await store.add([extra]);
    const again = await open(file);
    expect(await again.readAll()).toEqual([...records, extra]);
    expect(again.opened.damagedLines).toBe(0);
  });

  it('keeps lines written by a newer Lenses untouched when repairing', async () => {
    const records = Array.from({ length: 2 }, (_, i) => record(i));
    const { file } = await journalWith(records);
    const { crc32 } = await import('node:zlib');
    const future = '{"something":"new"}';
    const newer = `3\t${(crc32(future) >>> 0).toString(16).padStart(8, '0')}\t${future}`;
    await appendFile(file, `${newer}\ngarbage\n`);
    const store = await open(file);
    expect(await store.readAll()).toEqual(records);
    expect(store.opened.damagedLines).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(`${records.map(encodeRecord).join('')}${newer}\n`);
  });

  it('reset sets the journal aside instead of deleting it', async () => {
    const records = Array.from({ length: 4 }, (_, i) => record(i));
    const { dir, file } = await journalWith(records);
    const store = await open(file);
    expect(await store.reset()).toMatchObject({ removed: 4 });
    expect(await store.readAll()).toEqual([]);
    const aside = (await readdir(dir)).filter((n) => n.startsWith('attempts.jsonl.reset-'));
    expect(aside).toHaveLength(1);
    expect(readJournalRecords(await readFile(path.join(dir, aside[0]!)), PROFILE).items).toEqual(records);
    expect((await (await open(file)).readAll())).toEqual([]);
  });
});

describe('migration from record format 1', () => {
  const v1 = (i: number): AttemptRecordV1 => ({
    v: 1,
    id: randomUUID(),
    setId: 'tiny',
    exerciseId: `ex-${i}`,
    answer: { type: 'choice', selected: ['a'] },
    scorePercent: i * 20,
    correct: i === 5,
    at: `2023-11-0${i + 1}T10:00:00.000Z`,
  });

  it('migrates a format 1 journal on open, keeps a copy of the original, and writes format 2', async () => {
    const old = [0, 1, 2, 3, 4, 5].map(v1);
    const text = old.map((r) => `${JSON.stringify(r)}\n`).join('');
    const dir = await tempDir();
    const file = path.join(dir, 'attempts.jsonl');
    await writeFile(file, text);

    const store = await open(file);
    expect(store.opened).toMatchObject({ migrated: 6, damagedLines: 0, notice: null });
    expect(await store.readAll()).toHaveLength(6);
    expect((await store.readAll())[3]).toEqual({
      id: old[3]!.id,
      profileId: PROFILE,
      setId: 'tiny',
      exerciseId: 'ex-3',
      contentVersion: 1,
      answer: { type: 'choice', selected: ['a'] },
      score: 0.6,
      correct: false,
      hintsUsed: 0,
      revealed: false,
      timeSpentMs: 0,
      startedAt: '2023-11-04T10:00:00.000Z',
      submittedAt: '2023-11-04T10:00:00.000Z',
    });
    for (const r of await store.readAll()) expect(AttemptRecord.safeParse(r).success).toBe(true);
    // The original is kept beside the journal; the journal itself is now format 2.
    const backups = (await readdir(dir)).filter((n) => n.startsWith('attempts.jsonl.format1-'));
    expect(backups).toHaveLength(1);
    expect(await readFile(path.join(dir, backups[0]!), 'utf8')).toBe(text);
    const migratedText = await readFile(file, 'utf8');
    expect(migratedText.split('\n').filter(Boolean).every((l) => l.startsWith('2\t'))).toBe(true);
    const again = await open(file);
    expect(again.opened.migrated).toBe(0);
    expect(await again.readAll()).toEqual(await store.readAll());
  });

  it('migrates a mixed journal and counts a bad format 1 line as damaged', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'attempts.jsonl');
    const good = v1(1);
    const current = record(7);
    await writeFile(file, `${JSON.stringify(good)}\n${JSON.stringify({ ...v1(2), scorePercent: 250 })}\n${encodeRecord(current)}`);
    const store = await open(file);
    expect((await store.readAll()).map((r) => r.id)).toEqual([good.id, current.id]);
    expect(store.opened).toMatchObject({ migrated: 1, damagedLines: 1 });
    expect(store.opened.notice).toMatch(/set aside in .*damaged-/u);
  });
});
