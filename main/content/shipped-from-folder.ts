/** The shipped sets read from a folder on disk (the desktop app, the Node tests). Node only. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listSetFolders, readSetFolder } from '../../content/node/read-set-folder';
import { SHIPPED_VIEW_FILE } from '../../content/logic/prepared-compare-view';
import type { ShippedSet, ShippedSets } from './content-repository';

export function shippedFromFolder(root: string): ShippedSets {
  return {
    async load() {
      const sets: ShippedSet[] = [];
      for (const dir of await listSetFolders(root)) {
        try {
          sets.push(await readSetFolder(dir, { withSources: false, relativeTo: root }));
        } catch (error) {
          sets.push({ file: dir, problem: (error as Error).message });
        }
      }
      return sets;
    },
    // In the set's folder, made by `npm run build:views` (content/node/prepare-compare-views.ts).
    async preparedView(setId) {
      try {
        return await readFile(path.join(root, setId, SHIPPED_VIEW_FILE), 'utf8');
      } catch {
        return null;
      }
    },
  };
}
