/**
 * `Storage` over files in a folder (the user-data folder): the desktop app's storage and the Node
 * tests'. Atomic writes are temp file + fsync + rename (write-file-atomic); appends are written
 * with O_APPEND and fdatasync. Node only, no Electron.
 */
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { randomHex } from '../../random-hex';
import { checkKey, replacedAsideKey, type Storage, type StorageFaults } from './storage';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/** Make a new directory entry durable. Not possible on Windows (opening a folder fails): skipped there. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}

export function createNodeStorage(folder: string, faults: StorageFaults = {}): Storage {
  const root = path.resolve(folder);
  const file = (key: string, allowRoot = false) => path.join(root, ...checkKey(key, { allowRoot }).split('/').filter(Boolean));

  const readBytes = async (key: string): Promise<Uint8Array | null> => {
    try {
      return await readFile(file(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  return {
    where: root,
    describe: (key) => file(key, true),
    readBytes,
    async readBytesFrom(key, offset) {
      let handle;
      try {
        handle = await open(file(key), 'r');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      try {
        const { size } = await handle.stat();
        const from = Math.min(Math.max(0, offset), size);
        const bytes = Buffer.alloc(size - from);
        let at = 0;
        while (at < bytes.length) {
          const { bytesRead } = await handle.read(bytes, at, bytes.length - at, from + at);
          if (bytesRead === 0) break;
          at += bytesRead;
        }
        return { size: from + at, bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
      } finally {
        await handle.close();
      }
    },
    async readText(key) {
      const bytes = await readBytes(key);
      return bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    },

    async writeAtomically(key, data) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, typeof data === 'string' ? data : Buffer.from(data), { fsync: true });
    },

    async appendDurably(key, text) {
      const target = file(key);
      let created = false;
      try {
        await stat(target);
      } catch (error) {
        if (!isMissing(error)) throw error;
        created = true;
        await mkdir(path.dirname(target), { recursive: true });
      }
      const handle = await open(target, 'a+');
      try {
        const { size } = await handle.stat();
        let data = text;
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last[0] !== 0x0a) data = `\n${text}`;
        }
        // appendFile loops until every byte is written; O_APPEND puts it at the end.
        await handle.appendFile(data, 'utf8');
        await handle.datasync();
      } finally {
        await handle.close();
      }
      if (created) await syncFolder(path.dirname(target));
    },

    async copyDurably(from, to) {
      const target = file(to);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(file(from), target);
      const handle = await open(target, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },

    async rename(from, to) {
      const target = file(to);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(file(from), target);
    },

    async replaceFolder(from, to) {
      checkKey(to);
      if (from === to) return;
      if (to.startsWith(`${from}/`) || from.startsWith(`${to}/`)) throw new Error(`Cannot replace "${to}" with "${from}".`);
      const source = file(from);
      if (!(await stat(source)).isDirectory()) throw Object.assign(new Error(`"${from}" is not a folder.`), { code: 'ENOTDIR' });
      const target = file(to);
      const aside = file(replacedAsideKey(to, randomHex(4)));
      let hadOld = false;
      try {
        hadOld = (await stat(target)).isDirectory();
        if (!hadOld) throw Object.assign(new Error(`"${to}" is a file, not a folder.`), { code: 'ENOTDIR' });
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      await mkdir(path.dirname(target), { recursive: true });
      if (hadOld) {
        faults.beforeReplaceStep?.('set-old-aside');
        await rename(target, aside);
      }
      try {
        faults.beforeReplaceStep?.('move-new-in');
        await rename(source, target);
      } catch (error) {
        // Put the old folder back; if even that fails, tidyStorage puts it back at the next start.
        if (hadOld) await rename(aside, target).catch(() => undefined);
        throw error;
      }
      await syncFolder(path.dirname(target));
      if (!hadOld) return;
      try {
        faults.beforeReplaceStep?.('remove-old');
        await rm(aside, { recursive: true, force: true });
      } catch {
        // The new folder is in place: a leftover old copy is tidied at the next start, not a failed save.
      }
    },

    async list(folderKey) {
      try {
        const entries = await readdir(file(folderKey, true), { withFileTypes: true });
        return entries
          .filter((e) => e.isDirectory() || e.isFile())
          .map((e) => ({ name: e.name, folder: e.isDirectory() }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (error) {
        if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
        throw error;
      }
    },

    async remove(key) {
      await rm(file(key), { recursive: true, force: true });
    },
  };
}
