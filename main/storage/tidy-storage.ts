/**
 * Tidying at start what a killed or crashed app leaves behind, so it does not pile up forever:
 * - temp files of atomic writes (`<name>.<digits>`, write-file-atomic's names) are removed;
 * - folders being written (`.saving-…`) are removed: the save they belonged to never finished;
 * - old folders a `replaceFolder` set aside (`.replaced-<name>-<hex>`) are removed, or put back
 *   when the crash came before the new folder was moved in (then `<name>` is missing);
 * - copies set aside (`<name>.damaged-<stamp>`, `.format1-`, `.reset-`) are kept, the newest
 *   `keepAside` of each kind per file; older ones are removed.
 * Best effort: a step that fails is skipped (and tried again at the next start); it never throws.
 */
import { replacedFrom, SAVING_PREFIX, storageKey, type Storage } from '../platform/storage/storage';

/** How many set-aside copies of each kind are kept per file. */
export const KEEP_SET_ASIDE = 3;

const ATOMIC_TEMP = /^.+\.[A-Za-z][A-Za-z0-9]*\.\d{1,10}$/u;
const SET_ASIDE = /^(.+)\.(damaged|format1|reset)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/u;
/** Folders are walked this deep at most (the deepest Lenses writes is sets/<id>/sources/<file>). */
const MAX_DEPTH = 6;

export interface TidyReport {
  removed: string[];
  /** Folders a crash left set aside, put back in place. */
  restored: string[];
}

export async function tidyStorage(storage: Storage, options: { keepAside?: number } = {}): Promise<TidyReport> {
  const keep = options.keepAside ?? KEEP_SET_ASIDE;
  const report: TidyReport = { removed: [], restored: [] };
  const remove = async (key: string) => {
    try {
      await storage.remove(key);
      report.removed.push(key);
    } catch {
      // Tried again at the next start.
    }
  };

  const walk = async (folder: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await storage.list(folder);
    } catch {
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    const asideGroups = new Map<string, string[]>();
    for (const entry of entries) {
      const key = storageKey(folder, entry.name);
      if (entry.folder) {
        const from = replacedFrom(entry.name);
        if (from !== null) {
          if (names.has(from)) await remove(key);
          else {
            try {
              await storage.rename(key, storageKey(folder, from));
              names.add(from);
              report.restored.push(storageKey(folder, from));
            } catch {
              // Left as it is: nothing is lost.
            }
          }
        } else if (entry.name.startsWith(SAVING_PREFIX)) await remove(key);
        else if (depth < MAX_DEPTH) await walk(key, depth + 1);
        continue;
      }
      const aside = SET_ASIDE.exec(entry.name);
      if (aside) {
        const group = `${aside[1]}\0${aside[2]}`;
        asideGroups.set(group, [...(asideGroups.get(group) ?? []), entry.name]);
      } else if (ATOMIC_TEMP.test(entry.name)) await remove(key);
    }
    for (const group of asideGroups.values()) {
      // The stamps sort by time: newest last.
      const old = [...group].sort().slice(0, Math.max(0, group.length - keep));
      for (const name of old) await remove(storageKey(folder, name));
    }
  };
  await walk('', 0);
  return report;
}
