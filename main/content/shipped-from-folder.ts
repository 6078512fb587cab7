/** The shipped sets read from a folder on disk (the desktop app, the Node tests). Node only. */
import { listSetFolders, readSetFolder } from '../../content/node/read-set-folder';
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
  };
}
