/** Reading article-set folders from disk (Node only; used by main and by the content checker). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SetFiles } from '../logic/validate-set';
import { EXERCISES_FILE, SET_FILE } from '../logic/set-files';

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await readFile(file);
    return true;
  } catch {
    return false;
  }
}

/** Read one set folder. `withSources` also reads every file under `sources/` for the text check. */
export async function readSetFolder(dir: string, options: { withSources: boolean; relativeTo?: string }): Promise<SetFiles> {
  const rel = (f: string) => path.relative(options.relativeTo ?? process.cwd(), f) || f;
  const setPath = path.join(dir, SET_FILE);
  const exercisesPath = path.join(dir, EXERCISES_FILE);
  const files: SetFiles = { setFile: rel(setPath), setJson: await readJson(setPath) };
  if (await exists(exercisesPath)) {
    files.exercisesFile = rel(exercisesPath);
    files.exercisesJson = await readJson(exercisesPath);
  }
  if (options.withSources) {
    const sources: Record<string, string> = {};
    const sourceDir = path.join(dir, 'sources');
    let names: string[] = [];
    try {
      names = await readdir(sourceDir);
    } catch {
      names = [];
    }
    for (const name of names) sources[`sources/${name}`] = await readFile(path.join(sourceDir, name), 'utf8');
    files.sources = sources;
  }
  return files;
}

/** The set folders below a directory (each holding a set.json); folders whose name starts with a dot are skipped (unfinished saves). */
export async function listSetFolders(root: string): Promise<string[]> {
  let entries: Array<{ name: string; isDirectory(): boolean }> = [];
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return [];
  }
  const dirs: string[] = [];
  for (const e of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(root, e.name);
    if (await exists(path.join(dir, SET_FILE))) dirs.push(dir);
  }
  return dirs;
}
