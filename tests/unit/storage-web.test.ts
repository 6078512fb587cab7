/** The IndexedDB storage under Node, over fake-indexeddb: the conformance suite, then what is particular to IndexedDB. */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeStorageError } from '../../main/platform/storage/storage';
import { openIndexedDbStorage } from '../../main/platform/storage/storage.web';
import { describeStorageConformance } from './storage-conformance';

describeStorageConformance('IndexedDB (fake-indexeddb)', (faults) => openIndexedDbStorage({ name: 'lenses', indexedDB: new IDBFactory(), faults }));

/** The raw records, to check the layout. */
async function rawCounts(factory: IDBFactory, name: string): Promise<{ files: number; chunks: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['files', 'chunks']);
  const count = (store: string) =>
    new Promise<number>((resolve, reject) => {
      const r = tx.objectStore(store).count();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const [files, chunks] = await Promise.all([count('files'), count('chunks')]);
  db.close();
  return { files, chunks };
}

describe('IndexedDB storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('appends one chunk each, and a read compacts many chunks into one', async () => {
    const factory = new IDBFactory();
    const s = await openIndexedDbStorage({ name: 'compact', indexedDB: factory });
    for (let i = 0; i < 100; i++) await s.appendDurably('log.jsonl', `${i}\n`);
    expect(await rawCounts(factory, 'compact')).toEqual({ files: 1, chunks: 100 });
    const text = await s.readText('log.jsonl');
    expect(await rawCounts(factory, 'compact')).toEqual({ files: 1, chunks: 1 });
    expect(await s.readText('log.jsonl')).toBe(text);
    await s.appendDurably('log.jsonl', 'after\n');
    expect(await s.readText('log.jsonl')).toBe(`${text}after\n`);
    await s.remove('log.jsonl');
    expect(await rawCounts(factory, 'compact')).toEqual({ files: 0, chunks: 0 });
  });

  it('renaming a folder moves records, not content', async () => {
    const factory = new IDBFactory();
    const s = await openIndexedDbStorage({ name: 'rename', indexedDB: factory });
    await s.appendDurably('a/x.jsonl', '1\n');
    await s.appendDurably('a/x.jsonl', '2\n');
    await s.rename('a', 'b');
    expect(await rawCounts(factory, 'rename')).toEqual({ files: 1, chunks: 2 });
    expect(await s.readText('b/x.jsonl')).toBe('1\n2\n');
  });

  it('keeps data across connections to the same database', async () => {
    const factory = new IDBFactory();
    const first = await openIndexedDbStorage({ name: 'same', indexedDB: factory });
    await first.appendDurably('p/log.jsonl', 'one\n');
    const second = await openIndexedDbStorage({ name: 'same', indexedDB: factory });
    await second.appendDurably('p/log.jsonl', 'two\n');
    expect(await first.readText('p/log.jsonl')).toBe('one\ntwo\n');
  });

  it('rejects with the original DOMException when a request fails, and keeps the earlier content', async () => {
    const s = await openIndexedDbStorage({ name: 'fail', indexedDB: new IDBFactory() });
    await s.writeAtomically('f.json', 'earlier');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await s.writeAtomically('f.json', 'later').then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(DOMException);
    expect((failure as DOMException).name).toBe('QuotaExceededError');
    expect(describeStorageError(failure)).toMatch(/storage for Lenses is full/);
    expect(await s.readText('f.json')).toBe('earlier');
  });

  it('rejects, never resolves, when the transaction aborts after its requests succeeded', async () => {
    const s = await openIndexedDbStorage({ name: 'abort', indexedDB: new IDBFactory() });
    await s.appendDurably('log.jsonl', 'kept\n');
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const r = put.apply(this, args);
      this.transaction.abort();
      return r;
    });
    await expect(s.appendDurably('log.jsonl', 'lost\n')).rejects.toMatchObject({ name: 'AbortError' });
    vi.restoreAllMocks();
    expect(await s.readText('log.jsonl')).toBe('kept\n');
  });

  it('lets another tab upgrade the database, and then says so', async () => {
    const factory = new IDBFactory();
    const s = await openIndexedDbStorage({ name: 'upgrade', indexedDB: factory });
    await s.writeAtomically('a.json', '{}');
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = factory.open('upgrade', 2);
      open.onblocked = () => reject(new Error('blocked: the old connection did not close'));
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    newer.close();
    const failure = await s.readText('a.json').then(
      () => null,
      (e: unknown) => e,
    );
    expect((failure as DOMException).name).toBe('VersionError');
    expect(describeStorageError(failure)).toMatch(/newer version of Lenses/);
  });

  it('rejects opening when a newer version of the database exists', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const open = factory.open('newer', 5);
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    await expect(openIndexedDbStorage({ name: 'newer', indexedDB: factory })).rejects.toMatchObject({ name: 'VersionError' });
  });
});
