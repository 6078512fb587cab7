/**
 * `npm run build:views [-- DIR]` (part of `npm run build` and `npm run build:web`): Compare's view
 * of every shipped set, prepared ahead (content/logic/prepared-compare-view.ts) and written in
 * each set folder of content/sets (or DIR) as `compare-view.json`. The desktop app reads them from
 * there (packed with content/sets), the web build bundles them. They are build output
 * (.gitignore); a file left from an older set or format is never served (its key does not match).
 * A set is found by its id, so a set whose folder is named otherwise gets none. Node only.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSetFolders, readSetFolder } from './read-set-folder';
import { validateArticleSet } from '../logic/validate-set';
import { prepareCompareView, preparedViewText, SHIPPED_VIEW_FILE } from '../logic/prepared-compare-view';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Writes the prepared view of every valid set under `root`; returns the files written, with their size in bytes. */
export async function writePreparedViews(root: string): Promise<Array<{ file: string; bytes: number }>> {
  const written: Array<{ file: string; bytes: number }> = [];
  for (const dir of await listSetFolders(root)) {
    // An invalid set is not shown at all (content:check says why): it gets no view.
    const file = path.join(dir, SHIPPED_VIEW_FILE);
    const { set, problems } = validateArticleSet(await readSetFolder(dir, { withSources: false, relativeTo: root }));
    if (!set || problems.length > 0 || path.basename(dir) !== set.id) {
      await rm(file, { force: true });
      continue;
    }
    const text = preparedViewText(await prepareCompareView(set));
    // Whole or not at all: a build stopped half-way leaves no file cut short.
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
    written.push({ file, bytes: Buffer.byteLength(text) });
  }
  return written;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = process.argv[2] ? path.resolve(process.argv[2]) : path.join(here, '..', 'sets');
  const written = await writePreparedViews(root);
  const kb = written.reduce((sum, w) => sum + w.bytes, 0) / 1024;
  console.log(`build:views: Compare's view of ${written.length} set(s) prepared in ${path.relative(process.cwd(), root) || '.'} (${kb.toFixed(1)} KB).`);
}
