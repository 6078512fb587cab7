/**
 * Storage over the browser's IndexedDB, for the web build (runs in a page or a worker; no `window`).
 *
 * Layout (database version 1):
 * - `files`: storage key → FileRecord { id, next, partialLine }. The only place keys live, so
 *   folders are implicit (a key range over "folder/"), and renaming moves these small records,
 *   never the content.
 * - `chunks`: [id, seq] → string | Uint8Array. A file's content is its chunks in seq order. An
 *   append adds one chunk (never rewrites the file); a write replaces all chunks. A read joins them
 *   and, when a file has many chunks, compacts them into one.
 * - `counters`: "file-id" → the last file id handed out.
 *
 * Every operation is one transaction and settles only when that transaction does: it resolves on
 * `complete` (writes ask for `durability: 'strict'`), and rejects with the browser's own
 * DOMException (QuotaExceededError, …) on error or abort, so describeStorageError can word it.
 *
 * Ranges use the global IDBKeyRange: in Node tests, load `fake-indexeddb/auto` first.
 */
import { concatBytes } from './bytes';
import { randomHex } from '../../random-hex';
import { checkKey, replacedAsideKey, type Storage, type StorageEntry, type StorageFaults } from './storage';

const DB_VERSION = 1;
const FILES = 'files';
const CHUNKS = 'chunks';
const COUNTERS = 'counters';
const STORES = [FILES, CHUNKS, COUNTERS];
/** A read that finds more chunks than this stores the file back as one chunk. */
const COMPACT_ABOVE = 64;

type Chunk = string | Uint8Array;

interface FileRecord {
  /** Names the file's chunks; kept across overwrites and renames. */
  id: number;
  /** The seq the next appended chunk gets. */
  next: number;
  /** The content is not empty and does not end with a newline (an earlier write was cut short). */
  partialLine: boolean;
}

interface Stores {
  files: IDBObjectStore;
  chunks: IDBObjectStore;
  counters: IDBObjectStore;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function openIndexedDbStorage(options: { name: string; indexedDB?: IDBFactory; faults?: StorageFaults }): Promise<Storage> {
  const faults = options.faults ?? {};
  const factory = options.indexedDB ?? globalThis.indexedDB;
  let db: Promise<IDBDatabase> | null = null;
  /** Set when another tab upgraded the database: from then on every call says so. */
  let replaced = false;

  const connect = (): Promise<IDBDatabase> => {
    if (db) return db;
    const opening = openDatabase(factory, options.name, {
      onVersionChange: () => {
        replaced = true;
      },
      onClose: () => {
        // The browser closed the connection (site data cleared, disk error): reopen on the next call.
        db = null;
      },
    });
    // A failed open is retried on the next call rather than remembered.
    opening.catch(() => {
      if (db === opening) db = null;
    });
    db = opening;
    return opening;
  };
  await connect();

  async function run<T>(mode: IDBTransactionMode, body: (stores: Stores) => Promise<T>): Promise<T> {
    if (replaced) throw new DOMException('The database was upgraded in another tab.', 'VersionError');
    const tx = (await connect()).transaction(STORES, mode, mode === 'readwrite' ? { durability: 'strict' } : {});
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    });
    done.catch(() => undefined); // awaited below on every path; this only keeps an early abort from counting as unhandled
    let result: T;
    try {
      result = await body({ files: tx.objectStore(FILES), chunks: tx.objectStore(CHUNKS), counters: tx.objectStore(COUNTERS) });
    } catch (error) {
      let abortedHere = true;
      try {
        tx.abort();
      } catch {
        abortedHere = false; // it was already aborting (or finished): its own error tells why
      }
      const ended = await done.then(
        () => null,
        (e: unknown) => e,
      );
      throw (abortedHere ? tx.error : ended) ?? error;
    }
    await done;
    return result;
  }

  async function read(key: string): Promise<Chunk | null> {
    checkKey(key);
    const found = await run('readonly', async ({ files, chunks }) => {
      const file = await request<FileRecord | undefined>(files.get(key));
      if (!file) return null;
      return { file, parts: await request<Chunk[]>(chunks.getAll(chunkRange(file.id))) };
    });
    if (!found) return null;
    const content = joinChunks(found.parts);
    if (found.parts.length > COMPACT_ABOVE) {
      // Best effort: a failure leaves the chunks as they are, which reads the same.
      await compact(key, found.file, content).catch(() => undefined);
    }
    return content;
  }

  /** Store a file's chunks as one, unless it changed since it was read. */
  function compact(key: string, seen: FileRecord, content: Chunk): Promise<void> {
    return run('readwrite', async ({ files, chunks }) => {
      const file = await request<FileRecord | undefined>(files.get(key));
      if (!file || file.id !== seen.id || file.next !== seen.next) return;
      chunks.delete(chunkRange(file.id));
      chunks.put(content, [file.id, 0]);
      files.put({ ...file, next: 1 } satisfies FileRecord, key);
    });
  }

  /** Replace a file's content (creating the file) inside a transaction. */
  async function put(stores: Stores, key: string, content: Chunk): Promise<void> {
    const existing = await request<FileRecord | undefined>(stores.files.get(key));
    if (!existing) await checkPlace(stores, key);
    const id = existing?.id ?? (await newId(stores));
    stores.chunks.delete(chunkRange(id));
    if (content.length > 0) stores.chunks.put(content, [id, 0]);
    stores.files.put({ id, next: 1, partialLine: endsMidLine(content) } satisfies FileRecord, key);
  }

  async function remove(key: string): Promise<void> {
    checkKey(key);
    await run('readwrite', async ({ files, chunks }) => {
      const file = await request<FileRecord | undefined>(files.get(key));
      const inside = await request<FileRecord[]>(files.getAll(under(key)));
      for (const f of file ? [file, ...inside] : inside) chunks.delete(chunkRange(f.id));
      files.delete(key);
      files.delete(under(key));
    });
  }

  return {
    where: "this browser's storage",
    // There is no folder to open in a browser: name the key inside Lenses' storage, for a teacher or technician.
    describe: (key) => `this browser's storage for Lenses (${key})`,

    async readBytes(key) {
      const content = await read(key);
      return content === null ? null : typeof content === 'string' ? encoder.encode(content) : content;
    },

    async readBytesFrom(key, offset) {
      // Chunks do not record their length in bytes: the content is read whole and cut.
      const content = await read(key);
      if (content === null) return null;
      const bytes = typeof content === 'string' ? encoder.encode(content) : content;
      return { size: bytes.length, bytes: bytes.subarray(Math.min(Math.max(0, offset), bytes.length)) };
    },

    async readText(key) {
      const content = await read(key);
      return content === null ? null : typeof content === 'string' ? content : decoder.decode(content);
    },

    async writeAtomically(key, data) {
      checkKey(key);
      // A view on a larger buffer would store the whole buffer: copy just the bytes.
      const content = typeof data === 'string' || data.byteLength === data.buffer.byteLength ? data : data.slice();
      await run('readwrite', (stores) => put(stores, key, content));
    },

    async appendDurably(key, text) {
      checkKey(key);
      await run('readwrite', async (stores) => {
        let file = await request<FileRecord | undefined>(stores.files.get(key));
        if (!file) {
          await checkPlace(stores, key);
          file = { id: await newId(stores), next: 0, partialLine: false };
        }
        const piece = (file.partialLine ? '\n' : '') + text;
        if (piece !== '') stores.chunks.put(piece, [file.id, file.next]);
        const partialLine = piece === '' ? file.partialLine : !piece.endsWith('\n');
        stores.files.put({ id: file.id, next: file.next + 1, partialLine } satisfies FileRecord, key);
      });
    },

    async copyDurably(from, to) {
      checkKey(from);
      checkKey(to);
      await run('readwrite', async (stores) => {
        const source = await request<FileRecord | undefined>(stores.files.get(from));
        if (!source) throw notFound(from);
        if (from === to) return;
        const content = joinChunks(await request<Chunk[]>(stores.chunks.getAll(chunkRange(source.id))));
        await put(stores, to, content);
      });
    },

    async rename(from, to) {
      checkKey(from);
      checkKey(to);
      if (from === to) return;
      if (to.startsWith(`${from}/`)) throw new DOMException(`Cannot move "${from}" into itself.`, 'InvalidModificationError');
      await run('readwrite', async (stores) => {
        const { files, chunks } = stores;
        const file = await request<FileRecord | undefined>(files.get(from));
        if (file) {
          const replacing = await request<FileRecord | undefined>(files.get(to));
          if (replacing) chunks.delete(chunkRange(replacing.id));
          else await checkPlace(stores, to);
          files.delete(from);
          files.put(file, to);
          return;
        }
        if (!(await moveFolder(stores, from, to))) throw notFound(from);
      });
    },

    async replaceFolder(from, to) {
      checkKey(from);
      checkKey(to);
      if (from === to) return;
      if (to.startsWith(`${from}/`) || from.startsWith(`${to}/`)) throw new DOMException(`Cannot replace "${to}" with "${from}".`, 'InvalidModificationError');
      const aside = replacedAsideKey(to, randomHex(4));
      // One transaction: a failure in any step aborts it and leaves both folders as they were.
      const hadOld = await run('readwrite', async (stores) => {
        if ((await request<number>(stores.files.count(under(from)))) === 0) throw notFound(from);
        if ((await request<number>(stores.files.count(to))) > 0) throw clash(to);
        const old = (await request<number>(stores.files.count(under(to)))) > 0;
        if (old) {
          faults.beforeReplaceStep?.('set-old-aside');
          await moveFolder(stores, to, aside);
        }
        faults.beforeReplaceStep?.('move-new-in');
        await moveFolder(stores, from, to);
        return old;
      });
      if (!hadOld) return;
      try {
        faults.beforeReplaceStep?.('remove-old');
        await remove(aside);
      } catch {
        // The new folder is in place: a leftover old copy is tidied at the next start, not a failed replace.
      }
    },

    async list(folder) {
      checkKey(folder, { allowRoot: true });
      const keys = await run('readonly', ({ files }) => request<IDBValidKey[]>(files.getAllKeys(folder === '' ? undefined : under(folder))));
      const prefix = folder === '' ? '' : `${folder}/`;
      const entries = new Map<string, StorageEntry>();
      for (const key of keys) {
        const rest = String(key).slice(prefix.length);
        const slash = rest.indexOf('/');
        const name = slash < 0 ? rest : rest.slice(0, slash);
        if (!entries.has(name)) entries.set(name, { name, folder: slash >= 0 });
      }
      return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },

    remove,
  };
}

function openDatabase(factory: IDBFactory, name: string, on: { onVersionChange(): void; onClose(): void }): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name, DB_VERSION);
    let settled = false;
    open.onupgradeneeded = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES);
      if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS);
      if (!db.objectStoreNames.contains(COUNTERS)) db.createObjectStore(COUNTERS);
    };
    open.onblocked = () => {
      // An older Lenses in another tab keeps the database open and does not let go.
      settled = true;
      reject(new DOMException('Another tab keeps an older version of the database open.', 'VersionError'));
    };
    open.onerror = () => {
      settled = true;
      reject(open.error);
    };
    open.onsuccess = () => {
      const db = open.result;
      if (settled) {
        db.close();
        return;
      }
      db.onversionchange = () => {
        // Let the other tab upgrade; this one stops (its calls reject with VersionError).
        db.close();
        on.onVersionChange();
      };
      db.onclose = () => on.onClose();
      resolve(db);
    };
  });
}

/** A request's result once it succeeds; its DOMException when it fails. */
function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

/** Every chunk of one file. */
const chunkRange = (id: number) => IDBKeyRange.bound([id, 0], [id, Infinity]);

/** Every key inside a folder ("a/" up to, not including, "a0": '0' follows '/'). */
const under = (folder: string) => IDBKeyRange.bound(`${folder}/`, `${folder}0`, false, true);

/** Move every file under folder `from` to folder `to` (which must not exist); false when `from` holds nothing. */
async function moveFolder(stores: Stores, from: string, to: string): Promise<boolean> {
  const { files } = stores;
  const [keys, records] = await Promise.all([request<IDBValidKey[]>(files.getAllKeys(under(from))), request<FileRecord[]>(files.getAll(under(from)))]);
  if (keys.length === 0) return false;
  if ((await request<number>(files.count(to))) > 0 || (await request<number>(files.count(under(to)))) > 0) throw clash(to);
  await checkPlace(stores, to);
  files.delete(under(from));
  keys.forEach((key, i) => files.put(records[i], to + String(key).slice(from.length)));
  return true;
}

async function newId({ counters }: Stores): Promise<number> {
  const id = ((await request<number | undefined>(counters.get('file-id'))) ?? 0) + 1;
  counters.put(id, 'file-id');
  return id;
}

/** A key is a file or a folder, never both: refuse a file where a folder is, or under a file. */
async function checkPlace({ files }: Stores, key: string): Promise<void> {
  const parts = key.split('/');
  const parents = parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
  const counts = await Promise.all([files.count(under(key)), ...parents.map((p) => files.count(p))].map((r) => request<number>(r)));
  if (counts.some((n) => n > 0)) throw clash(key);
}

const notFound = (key: string) => new DOMException(`Nothing is stored at "${key}".`, 'NotFoundError');
const clash = (key: string) => new DOMException(`"${key}" would be both a file and a folder.`, 'InvalidModificationError');

function endsMidLine(content: Chunk): boolean {
  if (content.length === 0) return false;
  return typeof content === 'string' ? !content.endsWith('\n') : content[content.length - 1] !== 0x0a;
}

/** Chunks in order as one: text when they all are, bytes otherwise. */
function joinChunks(parts: Chunk[]): Chunk {
  if (parts.every((p): p is string => typeof p === 'string')) return parts.join('');
  if (parts.length === 1) return parts[0]!;
  return concatBytes(parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p)));
}
