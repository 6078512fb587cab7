/**
 * `npm run content:check [-- DIR...]`: validate every article set (and its exercises) under
 * content/sets, or under the folders given, as shipped content (every article records its licence
 * and credit). Prints one line per problem — file, id, reason —
 * and exits 1 when there is any.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSetFolders, readSetFolder } from './node/read-set-folder';
import { validateArticleSet, type Problem } from './logic/validate-set';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function checkContent(roots: string[]): Promise<{ sets: number; exercises: number; problems: Problem[] }> {
  const problems: Problem[] = [];
  let sets = 0;
  let exercises = 0;
  for (const root of roots) {
    const folders = await listSetFolders(root);
    if (folders.length === 0) problems.push({ file: root, message: 'no article set (set.json) found here' });
    for (const dir of folders) {
      try {
        const files = await readSetFolder(dir, { withSources: true });
        const result = validateArticleSet(files, { requireProvenance: true });
        sets += 1;
        exercises += result.exercises.length;
        problems.push(...result.problems);
      } catch (error) {
        problems.push({ file: dir, message: (error as Error).message });
      }
    }
  }
  return { sets, exercises, problems };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const roots = args.length > 0 ? args.map((a) => path.resolve(a)) : [path.join(here, 'sets')];
  const { sets, exercises, problems } = await checkContent(roots);
  for (const p of problems) console.error(`${p.file}${p.id ? ` [${p.id}]` : ''}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`content:check found ${problems.length} problem(s) in ${sets} set(s).`);
    process.exit(1);
  }
  console.log(`content:check: ${sets} set(s) and ${exercises} exercise(s) are valid.`);
}
