/**
 * What every Storage implementation must do (main/platform/storage/storage.ts), as one Vitest suite. Each
 * implementation's test file calls `describeStorageConformance` with a factory for a fresh, empty
 * storage.
 */
import { describe, expect, it } from 'vitest';
import type { ReplaceStep, Storage, StorageFaults } from '../../main/platform/storage/storage';

const utf8 = new TextEncoder();

/** The bytes stored at `key` as plain numbers (a Node Buffer and a Uint8Array compare equal then). */
async function bytesAt(s: Storage, key: string): Promise<number[] | null> {
  const bytes = await s.readBytes(key);
  if (bytes !== null) expect(bytes).toBeInstanceOf(Uint8Array);
  return bytes === null ? null : Array.from(bytes);
}

/** Runs `f` so that a synchronous throw counts as a rejection too. */
const attempt = (f: () => Promise<unknown>): Promise<unknown> => (async () => f())();

export function describeStorageConformance(name: string, make: (faults?: StorageFaults) => Promise<Storage>): void {
  describe(`Storage conformance: ${name}`, () => {
    it('says where it is and names keys', async () => {
      const s = await make();
      expect(s.where).toEqual(expect.any(String));
      expect(s.where.length).toBeGreaterThan(0);
      expect(s.describe('profiles/a/attempts.jsonl')).toContain('attempts.jsonl');
    });

    it('reads null for a key with nothing stored', async () => {
      const s = await make();
      expect(await s.readText('nothing.txt')).toBeNull();
      expect(await s.readBytes('no/such/file.bin')).toBeNull();
    });

    it('writes and reads text, creating its folders', async () => {
      const s = await make();
      await s.writeAtomically('profiles/a/profile.json', '{"name":"Sam"}\n');
      expect(await s.readText('profiles/a/profile.json')).toBe('{"name":"Sam"}\n');
      expect(await bytesAt(s, 'profiles/a/profile.json')).toEqual(Array.from(utf8.encode('{"name":"Sam"}\n')));
      expect(await s.list('')).toEqual([{ name: 'profiles', folder: true }]);
      expect(await s.list('profiles')).toEqual([{ name: 'a', folder: true }]);
    });

    it('writes and reads bytes', async () => {
      const s = await make();
      const bytes = new Uint8Array([0, 1, 2, 254, 255, 10, 0]);
      await s.writeAtomically('blobs/x.bin', bytes);
      expect(await bytesAt(s, 'blobs/x.bin')).toEqual(Array.from(bytes));
      await s.writeAtomically('blobs/text.bin', utf8.encode('plain text'));
      expect(await s.readText('blobs/text.bin')).toBe('plain text');
    });


    it('reads the end of a file from a byte offset, with the whole size, across appends', async () => {
      const s = await make();
      expect(await s.readBytesFrom('no/such/journal.jsonl', 0)).toBeNull();
      await s.appendDurably('j/journal.jsonl', 'één\n');
      await s.appendDurably('j/journal.jsonl', 'two\n');
      const whole = utf8.encode('één\ntwo\n');
      const from = async (offset: number) => {
        const read = (await s.readBytesFrom('j/journal.jsonl', offset))!;
        return { size: read.size, bytes: Array.from(read.bytes) };
      };
      expect(await from(0)).toEqual({ size: whole.length, bytes: Array.from(whole) });
      expect(await from(6)).toEqual({ size: whole.length, bytes: Array.from(utf8.encode('two\n')) });
      expect(await from(whole.length)).toEqual({ size: whole.length, bytes: [] });
      expect(await from(whole.length + 5)).toEqual({ size: whole.length, bytes: [] });
    });
    it('stores the bytes given, not a view of a larger buffer, and is unaffected by later changes', async () => {
      const s = await make();
      const buffer = new Uint8Array([9, 9, 1, 2, 3, 9, 9]);
      await s.writeAtomically('view.bin', buffer.subarray(2, 5));
      buffer.fill(0);
      expect(await bytesAt(s, 'view.bin')).toEqual([1, 2, 3]);
      const read = (await s.readBytes('view.bin'))!;
      read.fill(7);
      expect(await bytesAt(s, 'view.bin')).toEqual([1, 2, 3]);
    });

    it('stores an empty file as empty, not missing', async () => {
      const s = await make();
      await s.writeAtomically('empty.txt', '');
      expect(await s.readText('empty.txt')).toBe('');
      expect(await bytesAt(s, 'empty.txt')).toEqual([]);
      expect(await s.list('')).toEqual([{ name: 'empty.txt', folder: false }]);
    });

    it('overwrites: the new content replaces all of the old, text or bytes', async () => {
      const s = await make();
      await s.writeAtomically('f.json', 'a much longer first version\n');
      await s.writeAtomically('f.json', 'short');
      expect(await s.readText('f.json')).toBe('short');
      await s.writeAtomically('f.json', new Uint8Array([104, 105]));
      expect(await s.readText('f.json')).toBe('hi');
      await s.appendDurably('f.json', 'x\n');
      await s.writeAtomically('f.json', 'fresh\n');
      expect(await s.readText('f.json')).toBe('fresh\n');
    });

    it('two writes at once leave one of them whole, never a mix', async () => {
      const s = await make();
      const a = 'A'.repeat(200_000);
      const b = 'B'.repeat(100_000);
      await Promise.all([s.writeAtomically('race.txt', a), s.writeAtomically('race.txt', b)]);
      expect([a, b]).toContain(await s.readText('race.txt'));
    });

    it('append creates the file and its folders, then adds in order', async () => {
      const s = await make();
      await s.appendDurably('profiles/p1/attempts.jsonl', '{"n":1}\n');
      expect(await s.readText('profiles/p1/attempts.jsonl')).toBe('{"n":1}\n');
      expect(await s.list('profiles')).toEqual([{ name: 'p1', folder: true }]);
      for (let n = 2; n <= 150; n++) await s.appendDurably('profiles/p1/attempts.jsonl', `{"n":${n}}\n`);
      const lines = (await s.readText('profiles/p1/attempts.jsonl'))!.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toEqual(Array.from({ length: 150 }, (_, i) => `{"n":${i + 1}}`));
      // Appending after a read (which may have reorganised the stored file) still adds at the end.
      await s.appendDurably('profiles/p1/attempts.jsonl', '{"n":151}\n');
      const again = (await s.readText('profiles/p1/attempts.jsonl'))!;
      expect(again.endsWith('{"n":150}\n{"n":151}\n')).toBe(true);
      expect(again.split('\n')).toHaveLength(152);
    });

    it('appends made at the same time are all kept, each line whole', async () => {
      const s = await make();
      const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(i * 10) }));
      await Promise.all(lines.map((line) => s.appendDurably('log.jsonl', `${line}\n`)));
      const stored = (await s.readText('log.jsonl'))!.split('\n');
      expect(stored.pop()).toBe('');
      expect([...stored].sort()).toEqual([...lines].sort());
    });

    it('repairs a cut-short last line before appending', async () => {
      const s = await make();
      await s.writeAtomically('j.jsonl', '{"ok":1}\n{"cut":');
      await s.appendDurably('j.jsonl', '{"ok":2}\n');
      expect(await s.readText('j.jsonl')).toBe('{"ok":1}\n{"cut":\n{"ok":2}\n');
      // An append without its own newline is repaired by the next one too.
      await s.appendDurably('j.jsonl', 'no newline');
      await s.appendDurably('j.jsonl', 'next\n');
      expect(await s.readText('j.jsonl')).toBe('{"ok":1}\n{"cut":\n{"ok":2}\nno newline\nnext\n');
      // Bytes ending mid-line count too.
      await s.writeAtomically('b.jsonl', utf8.encode('partial'));
      await s.appendDurably('b.jsonl', 'line\n');
      expect(await s.readText('b.jsonl')).toBe('partial\nline\n');
    });

    it('adds no newline when none is missing', async () => {
      const s = await make();
      await s.appendDurably('new.jsonl', 'first\n');
      expect(await s.readText('new.jsonl')).toBe('first\n');
      await s.writeAtomically('empty.jsonl', '');
      await s.appendDurably('empty.jsonl', 'a\n');
      expect(await s.readText('empty.jsonl')).toBe('a\n');
      await s.writeAtomically('whole.jsonl', 'x\n');
      await s.appendDurably('whole.jsonl', 'y\n');
      expect(await s.readText('whole.jsonl')).toBe('x\ny\n');
    });

    it('copies a file, replacing the target and leaving the source', async () => {
      const s = await make();
      await s.writeAtomically('p/attempts.jsonl', '1\n');
      await s.appendDurably('p/attempts.jsonl', '2\n');
      await s.writeAtomically('p/backup/old.jsonl', 'old content that is longer\n');
      await s.copyDurably('p/attempts.jsonl', 'p/backup/old.jsonl');
      await s.copyDurably('p/attempts.jsonl', 'aside/damaged.jsonl');
      expect(await s.readText('p/backup/old.jsonl')).toBe('1\n2\n');
      expect(await s.readText('aside/damaged.jsonl')).toBe('1\n2\n');
      // The copy is its own file.
      await s.appendDurably('aside/damaged.jsonl', '3\n');
      expect(await s.readText('p/attempts.jsonl')).toBe('1\n2\n');
      const bytes = new Uint8Array([1, 2, 3]);
      await s.writeAtomically('b.bin', bytes);
      await s.copyDurably('b.bin', 'c.bin');
      expect(await bytesAt(s, 'c.bin')).toEqual(Array.from(bytes));
    });

    it('rejects copying a key with nothing stored', async () => {
      const s = await make();
      await expect(attempt(() => s.copyDurably('missing.json', 'copy.json'))).rejects.toBeTruthy();
      expect(await s.readText('copy.json')).toBeNull();
    });

    it('renames a file, into a new folder, replacing a file there', async () => {
      const s = await make();
      await s.writeAtomically('a.tmp', 'new\n');
      await s.writeAtomically('dir/a.json', 'old\n');
      await s.rename('a.tmp', 'dir/a.json');
      expect(await s.readText('a.tmp')).toBeNull();
      expect(await s.readText('dir/a.json')).toBe('new\n');
      await s.rename('dir/a.json', 'other/deeper/b.json');
      expect(await s.readText('other/deeper/b.json')).toBe('new\n');
      expect(await s.readText('dir/a.json')).toBeNull();
      expect(await s.list('other/deeper')).toEqual([{ name: 'b.json', folder: false }]);
      // Appends go on after a rename, with the newline repair intact.
      await s.writeAtomically('cut.jsonl', 'half');
      await s.rename('cut.jsonl', 'moved.jsonl');
      await s.appendDurably('moved.jsonl', 'next\n');
      expect(await s.readText('moved.jsonl')).toBe('half\nnext\n');
    });

    it('renames a folder with everything in it', async () => {
      const s = await make();
      await s.writeAtomically('profiles/p1/profile.json', '{}');
      await s.appendDurably('profiles/p1/attempts.jsonl', 'a\n');
      await s.writeAtomically('profiles/p1/deep/er/x.bin', new Uint8Array([1]));
      await s.writeAtomically('profiles/p1-other/keep.json', 'keep');
      await s.writeAtomically('profiles/p10/keep.json', 'keep');
      await s.rename('profiles/p1', 'trash/p1-2024');
      expect(await s.list('profiles/p1')).toEqual([]);
      expect(await s.readText('profiles/p1/profile.json')).toBeNull();
      expect(await s.readText('trash/p1-2024/profile.json')).toBe('{}');
      expect(await s.readText('trash/p1-2024/attempts.jsonl')).toBe('a\n');
      expect(await bytesAt(s, 'trash/p1-2024/deep/er/x.bin')).toEqual([1]);
      expect(await s.list('trash/p1-2024')).toEqual([
        { name: 'attempts.jsonl', folder: false },
        { name: 'deep', folder: true },
        { name: 'profile.json', folder: false },
      ]);
      // Folders whose names start the same are not part of it.
      expect(await s.readText('profiles/p1-other/keep.json')).toBe('keep');
      expect(await s.readText('profiles/p10/keep.json')).toBe('keep');
      expect(await s.list('profiles')).toEqual([
        { name: 'p1-other', folder: true },
        { name: 'p10', folder: true },
      ]);
    });

    it('rejects renaming a key with nothing stored', async () => {
      const s = await make();
      await expect(attempt(() => s.rename('missing', 'elsewhere'))).rejects.toBeTruthy();
      expect(await s.list('')).toEqual([]);
    });

    it('lists direct children sorted, with folder flags, and [] for a missing folder', async () => {
      const s = await make();
      await s.writeAtomically('top/c.json', 'c');
      await s.writeAtomically('top/a.json', 'a');
      await s.writeAtomically('top/b/one.json', '1');
      await s.writeAtomically('top/b/two.json', '2');
      await s.writeAtomically('top/b/nested/three.json', '3');
      await s.writeAtomically('top-level.json', 't');
      await s.writeAtomically('top.json', 't');
      expect(await s.list('top')).toEqual([
        { name: 'a.json', folder: false },
        { name: 'b', folder: true },
        { name: 'c.json', folder: false },
      ]);
      expect(await s.list('top/b')).toEqual([
        { name: 'nested', folder: true },
        { name: 'one.json', folder: false },
        { name: 'two.json', folder: false },
      ]);
      expect(await s.list('')).toEqual([
        { name: 'top', folder: true },
        { name: 'top-level.json', folder: false },
        { name: 'top.json', folder: false },
      ]);
      expect(await s.list('nowhere')).toEqual([]);
      expect(await s.list('top/b/nowhere')).toEqual([]);
    });

    it('removes a file, a folder with everything in it, and nothing when missing', async () => {
      const s = await make();
      await s.writeAtomically('p/a.json', 'a');
      await s.appendDurably('p/log.jsonl', 'x\n');
      await s.writeAtomically('p/sub/deep/b.json', 'b');
      await s.writeAtomically('p-2/keep.json', 'keep');
      await s.writeAtomically('p.json', 'keep');
      await s.remove('p/a.json');
      expect(await s.readText('p/a.json')).toBeNull();
      expect(await s.readText('p/log.jsonl')).toBe('x\n');
      await s.remove('p');
      expect(await s.list('p')).toEqual([]);
      expect(await s.readText('p/log.jsonl')).toBeNull();
      expect(await s.readText('p/sub/deep/b.json')).toBeNull();
      expect(await s.list('')).toEqual([
        { name: 'p-2', folder: true },
        { name: 'p.json', folder: false },
      ]);
      await s.remove('p');
      await s.remove('never/was.json');
      // A removed key can be used again from scratch.
      await s.appendDurably('p/log.jsonl', 'new\n');
      expect(await s.readText('p/log.jsonl')).toBe('new\n');
    });

    it('never has a key be both a file and a folder', async () => {
      const s = await make();
      await s.writeAtomically('a/file.json', '{}');
      await expect(attempt(() => s.writeAtomically('a/file.json/inner.json', 'x'))).rejects.toBeTruthy();
      await expect(attempt(() => s.appendDurably('a/file.json/inner.jsonl', 'x\n'))).rejects.toBeTruthy();
      await expect(attempt(() => s.writeAtomically('a', 'x'))).rejects.toBeTruthy();
      await expect(attempt(() => s.appendDurably('a', 'x\n'))).rejects.toBeTruthy();
      expect(await s.readText('a/file.json')).toBe('{}');
      expect(await s.list('a')).toEqual([{ name: 'file.json', folder: false }]);
    });

    it('throws for keys that are not storage keys', async () => {
      const s = await make();
      const bad = ['', '/abs', 'a/../b', '..', './a', 'a//b', 'a/', 'a\\b', 'a\0b', 'con.json', 'sets/NUL', 'drafts/com1.json', 'a./b', 'trailing '];
      for (const key of bad) {
        await expect(attempt(() => s.readText(key)), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.readBytes(key)), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.writeAtomically(key, 'x')), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.appendDurably(key, 'x\n')), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.copyDurably('ok.txt', key)), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.copyDurably(key, 'ok.txt')), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.rename('ok.txt', key)), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.rename(key, 'ok.txt')), key).rejects.toThrow(/storage key/);
        await expect(attempt(() => s.remove(key)), key).rejects.toThrow(/storage key/);
        if (key !== '') await expect(attempt(() => s.list(key)), key).rejects.toThrow(/storage key/);
      }
      expect(await s.list('')).toEqual([]);
    });

    it('round-trips UTF-8: Arabic, Hebrew, emoji and combining marks, in content and names', async () => {
      const s = await make();
      const text = 'قال المتحدث إن 30% من الأسر\nאמר הדובר כי 30% מהמשפחות\n👩🏽‍🏫 📰 🇵🇸 🇮🇱 e\u0301 ß\n';
      await s.writeAtomically('ملفات/שלום-📰.txt', text);
      expect(await s.readText('ملفات/שלום-📰.txt')).toBe(text);
      expect(await bytesAt(s, 'ملفات/שלום-📰.txt')).toEqual(Array.from(utf8.encode(text)));
      expect(await s.list('ملفات')).toEqual([{ name: 'שלום-📰.txt', folder: false }]);
      await s.appendDurably('log.jsonl', `${JSON.stringify({ said: 'مرحبا', heb: 'שלום', e: '🙂' })}\n`);
      await s.appendDurably('log.jsonl', 'עוד 👍\n');
      expect(await s.readText('log.jsonl')).toBe('{"said":"مرحبا","heb":"שלום","e":"🙂"}\nעוד 👍\n');
      await s.writeAtomically('bytes.txt', utf8.encode('نص 🙂'));
      expect(await s.readText('bytes.txt')).toBe('نص 🙂');
      await s.appendDurably('bytes.txt', 'טקסט\n');
      expect(await s.readText('bytes.txt')).toBe('نص 🙂\nטקסט\n');
    });

    it('keeps a large file whole', async () => {
      const s = await make();
      const line = `${JSON.stringify({ answer: 'x'.repeat(500), note: 'ملاحظة' })}\n`;
      const big = line.repeat(4000);
      await s.writeAtomically('big.jsonl', big);
      await s.appendDurably('big.jsonl', line);
      expect(await s.readText('big.jsonl')).toBe(big + line);
    });

    it('replaces a folder with another in one step, and creates it when missing', async () => {
      const s = await make();
      await s.writeAtomically('sets/.saving-a/set.json', 'v1');
      await s.writeAtomically('sets/.saving-a/sources/x.txt', 'x1');
      await s.replaceFolder('sets/.saving-a', 'sets/a');
      expect(await s.readText('sets/a/set.json')).toBe('v1');
      expect(await s.list('sets')).toEqual([{ name: 'a', folder: true }]);
      await s.writeAtomically('sets/.saving-a/set.json', 'v2');
      await s.writeAtomically('sets/.saving-a/other.txt', 'new file');
      await s.writeAtomically('sets/a-b/keep.json', 'keep');
      await s.replaceFolder('sets/.saving-a', 'sets/a');
      expect(await s.readText('sets/a/set.json')).toBe('v2');
      expect(await s.readText('sets/a/other.txt')).toBe('new file');
      // Nothing of the old folder is mixed in, nothing is left beside it, its neighbours are untouched.
      expect(await s.readText('sets/a/sources/x.txt')).toBeNull();
      expect(await s.list('sets')).toEqual([
        { name: 'a', folder: true },
        { name: 'a-b', folder: true },
      ]);
      expect(await s.readText('sets/a-b/keep.json')).toBe('keep');
    });

    it('refuses to replace from a folder that is not there, or over a file', async () => {
      const s = await make();
      await s.writeAtomically('sets/a/set.json', 'old');
      await expect(attempt(() => s.replaceFolder('sets/missing', 'sets/a'))).rejects.toBeTruthy();
      expect(await s.readText('sets/a/set.json')).toBe('old');
      await s.writeAtomically('sets/file', 'a file');
      await s.writeAtomically('sets/.new/set.json', 'new');
      await expect(attempt(() => s.replaceFolder('sets/.new', 'sets/file'))).rejects.toBeTruthy();
      expect(await s.readText('sets/file')).toBe('a file');
      expect(await s.readText('sets/.new/set.json')).toBe('new');
    });

    const steps: ReplaceStep[] = ['set-old-aside', 'move-new-in'];
    for (const step of steps) {
      it(`a replace that fails at "${step}" leaves both folders as they were`, async () => {
        const s = await make({
          beforeReplaceStep: (at) => {
            if (at === step) throw new Error(`injected failure at ${at}`);
          },
        });
        await s.writeAtomically('sets/a/set.json', 'old');
        await s.writeAtomically('sets/a/sources/x.txt', 'old source');
        await s.writeAtomically('sets/.new/set.json', 'new');
        await expect(attempt(() => s.replaceFolder('sets/.new', 'sets/a'))).rejects.toThrow(/injected failure/);
        expect(await s.readText('sets/a/set.json')).toBe('old');
        expect(await s.readText('sets/a/sources/x.txt')).toBe('old source');
        expect(await s.readText('sets/.new/set.json')).toBe('new');
        expect((await s.list('sets')).map((e) => e.name)).toEqual(['.new', 'a']);
      });
    }

    it('a replace whose only failure is removing the old copy succeeds, leaving the old copy hidden beside it', async () => {
      const s = await make({
        beforeReplaceStep: (at) => {
          if (at === 'remove-old') throw new Error('injected failure at remove-old');
        },
      });
      await s.writeAtomically('sets/a/set.json', 'old');
      await s.writeAtomically('sets/.new/set.json', 'new');
      await s.replaceFolder('sets/.new', 'sets/a');
      expect(await s.readText('sets/a/set.json')).toBe('new');
      const names = (await s.list('sets')).map((e) => e.name);
      expect(names).toHaveLength(2);
      expect(names[0]).toMatch(/^\.replaced-a-[0-9a-f]{8}$/u);
      expect(names[1]).toBe('a');
      expect(await s.readText(`sets/${names[0]}/set.json`)).toBe('old');
    });
  });
}
