/** Tidying at start: what killed apps leave behind goes, everything a person saved stays. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import type { Storage } from '../../main/platform/storage/storage';
import { KEEP_SET_ASIDE, tidyStorage } from '../../main/storage/tidy-storage';
import { openIndexedDbStorage } from '../../main/platform/storage/storage.web';
import { makeServices } from '../support/assignments';

const folders: string[] = [];
const tempFolder = async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lenses-tidy-'));
  folders.push(folder);
  return folder;
};
afterAll(async () => {
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

const stamp = (minute: number) => `2026-11-0${1 + Math.floor(minute / 60)}T10-${String(minute % 60).padStart(2, '0')}-00-000Z`;

const hosts: Array<[string, () => Promise<Storage>]> = [
  ['on disk', async () => createNodeStorage(await tempFolder())],
  ['in IndexedDB', () => openIndexedDbStorage({ name: 'tidy', indexedDB: new IDBFactory() })],
];

for (const [where, make] of hosts) {
  describe(`tidyStorage ${where}`, () => {
    it('removes temp files of atomic writes and unfinished saves, keeps what was saved', async () => {
      const s = await make();
      await s.writeAtomically('profiles.json', '{}');
      await s.writeAtomically('profiles.json.3735928559', '{"half":');
      await s.writeAtomically('teacher/results/a.json.12', '{');
      await s.writeAtomically('teacher/results/a.json', '{"kept":true}');
      await s.writeAtomically('sets/.saving-flood-0a1b2c3d/set.json', '{}');
      await s.writeAtomically('sets/flood/set.json', '{"saved":true}');
      await s.writeAtomically('sets/flood/sources/report-2.txt', 'text');
      const report = await tidyStorage(s);
      expect(report.removed.sort()).toEqual(['profiles.json.3735928559', 'sets/.saving-flood-0a1b2c3d', 'teacher/results/a.json.12']);
      expect(await s.list('')).toEqual([
        { name: 'profiles.json', folder: false },
        { name: 'sets', folder: true },
        { name: 'teacher', folder: true },
      ]);
      expect(await s.list('sets')).toEqual([{ name: 'flood', folder: true }]);
      expect(await s.readText('sets/flood/sources/report-2.txt')).toBe('text');
      expect(await s.readText('teacher/results/a.json')).toBe('{"kept":true}');
    });

    it(`keeps the newest ${KEEP_SET_ASIDE} set-aside copies of each kind per file`, async () => {
      const s = await make();
      for (let m = 0; m < 6; m++) await s.writeAtomically(`profiles/p/attempts.jsonl.damaged-${stamp(m)}`, `copy ${m}\n`);
      await s.writeAtomically(`profiles/p/attempts.jsonl.reset-${stamp(1)}`, 'reset\n');
      await s.writeAtomically(`profiles/p/resume.json.damaged-${stamp(2)}`, '{');
      await s.writeAtomically('profiles/p/attempts.jsonl', 'live\n');
      await tidyStorage(s);
      expect((await s.list('profiles/p')).map((e) => e.name)).toEqual([
        'attempts.jsonl',
        `attempts.jsonl.damaged-${stamp(3)}`,
        `attempts.jsonl.damaged-${stamp(4)}`,
        `attempts.jsonl.damaged-${stamp(5)}`,
        `attempts.jsonl.reset-${stamp(1)}`,
        `resume.json.damaged-${stamp(2)}`,
      ]);
    });

    it('puts back a folder set aside by a replace that a crash cut short, and removes one left after a good replace', async () => {
      const s = await make();
      // Crash between setting the old set aside and moving the new one in: only the old copy is there.
      await s.writeAtomically('sets/.replaced-flood-0123abcd/set.json', 'the saved set');
      // Crash after a good replace: the new one is in place, the old copy is left.
      await s.writeAtomically('sets/.replaced-river-89abcdef/set.json', 'older');
      await s.writeAtomically('sets/river/set.json', 'newer');
      const report = await tidyStorage(s);
      expect(report.restored).toEqual(['sets/flood']);
      expect(await s.readText('sets/flood/set.json')).toBe('the saved set');
      expect(await s.readText('sets/river/set.json')).toBe('newer');
      expect((await s.list('sets')).map((e) => e.name)).toEqual(['flood', 'river']);
    });
  });
}

describe('tidying at start', () => {
  it('the app tidies its folder when it starts, and says when it put back a set', async () => {
    const dir = await tempFolder();
    await writeFile(path.join(dir, 'profiles.json.123456'), '{"half":');
    const t = await makeServices({ dir });
    expect(await readdir(dir)).not.toContain('profiles.json.123456');
    expect((await t.handlers.getStorageStatus({})).message).toBeUndefined();

    const s = createNodeStorage(dir);
    await s.writeAtomically('sets/.replaced-flood-0123abcd/set.json', '{}');
    const again = await makeServices({ dir });
    expect(await readdir(path.join(dir, 'sets'))).toEqual(['flood']);
    expect((await again.handlers.getStorageStatus({})).message).toMatch(/A save cut short when Lenses last closed was undone: .*flood is as it was before that save\./u);
  });
});
