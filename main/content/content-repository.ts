/**
 * The article sets the app can show: the sets shipped with Lenses (content/sets: read from the
 * folder on the desktop, bundled into the web build), and the sets teachers saved on this computer
 * (`sets/<id>/` in the user's storage, with their source texts). Each is validated with the same
 * checker as `npm run content:check`; a set that fails is left out and its problems are reported
 * instead of crashing the app. Plain module.
 */
import type { ArticleSet } from '../../content/schema/article-set';
import type { Exercise } from '../../content/schema/exercise';
import { validateArticleSet, type Problem, type SetFiles } from '../../content/logic/validate-set';
import { EXERCISES_FILE, SET_FILE } from '../../content/logic/set-files';
import { describeStorageError, storageKey, type Storage, type StorageEntry } from '../platform/storage/storage';
import { articleDateRange } from '../../content/logic/dates';
import type { SetSummary } from '../ipc/contract';

export interface LoadedSet {
  set: ArticleSet;
  exercises: Exercise[];
  origin: 'shipped' | 'teacher';
}

/** A shipped set's files to validate, or why its folder could not be read. */
export type ShippedSet = SetFiles | { file: string; problem: string };

/** The sets that ship with Lenses. */
export interface ShippedSets {
  load(): Promise<ShippedSet[]>;
  /** Compare's view of the set `setId` as prepared when Lenses was built (the file's text), or null (main/content/compare-views.ts). */
  preparedView?(setId: string): Promise<string | null>;
}

export interface ContentRepository {
  list(): Promise<{ sets: SetSummary[]; problems: Problem[] }>;
  get(id: string): Promise<LoadedSet | null>;
  /** Read the folders again on the next call (after a teacher saved a set). */
  invalidate(): void;
}

function summarise(loaded: LoadedSet): SetSummary {
  const { set, exercises } = loaded;
  const range = articleDateRange(set.articles.map((a) => a.published));
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    topic: set.topic,
    version: set.version,
    articleCount: set.articles.length,
    exerciseCount: exercises.length,
    dateRange: range.range,
    undatedArticles: range.undated,
    origin: loaded.origin,
  };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** One teacher set's files from storage (`<folder>/set.json`, `exercises.json`, `sources/*`), or null without a set.json. */
async function readStoredSet(storage: Storage, folder: string): Promise<SetFiles | null> {
  const setFile = storageKey(folder, SET_FILE);
  const setText = await storage.readText(setFile);
  if (setText === null) return null;
  const files: SetFiles = { setFile, setJson: parseJson(setFile, setText) };
  const exercisesFile = storageKey(folder, EXERCISES_FILE);
  const exercisesText = await storage.readText(exercisesFile);
  if (exercisesText !== null) {
    files.exercisesFile = exercisesFile;
    files.exercisesJson = parseJson(exercisesFile, exercisesText);
  }
  const sources: Record<string, string> = {};
  for (const entry of await storage.list(storageKey(folder, 'sources'))) {
    if (entry.folder) continue;
    sources[`sources/${entry.name}`] = (await storage.readText(storageKey(folder, 'sources', entry.name))) ?? '';
  }
  files.sources = sources;
  return files;
}

/**
 * `teacherSets`: where teachers' saved sets live (a storage and the folder in it). They are checked
 * against their source texts too, and a teacher set cannot replace a shipped set of the same id.
 * Folders whose name starts with a dot are unfinished saves and are skipped.
 */
export function createContentRepository(shipped: ShippedSets, teacherSets?: { storage: Storage; folder: string }): ContentRepository {
  let cache: Promise<{ loaded: Map<string, LoadedSet>; problems: Problem[] }> | null = null;

  const load = async () => {
    const loaded = new Map<string, LoadedSet>();
    const problems: Problem[] = [];
    const add = (files: SetFiles, origin: LoadedSet['origin']) => {
      const result = validateArticleSet(files);
      if (result.set && loaded.has(result.set.id)) problems.push({ file: files.setFile, message: `a set called "${result.set.id}" is already in the library` });
      else if (result.set && result.problems.length === 0) loaded.set(result.set.id, { set: result.set, exercises: result.exercises, origin });
      else problems.push(...result.problems);
    };
    try {
      for (const files of await shipped.load()) {
        if ('problem' in files) problems.push({ file: files.file, message: files.problem });
        else add(files, 'shipped');
      }
    } catch (error) {
      problems.push({ file: 'content/sets', message: (error as Error).message });
    }
    if (teacherSets) {
      const { storage, folder } = teacherSets;
      let entries: StorageEntry[] = [];
      try {
        entries = await storage.list(folder);
      } catch (error) {
        problems.push({ file: storage.describe(folder), message: `Lenses could not look for your own article sets here (${describeStorageError(error)}); they are not shown, and nothing was deleted.` });
      }
      const folders = entries.filter((e) => e.folder && !e.name.startsWith('.'));
      for (const entry of folders) {
        const key = storageKey(folder, entry.name);
        try {
          const files = await readStoredSet(storage, key);
          if (files) add(files, 'teacher');
        } catch (error) {
          problems.push({ file: key, message: (error as Error).message });
        }
      }
    }
    return { loaded, problems };
  };

  const get = () => (cache ??= load());

  return {
    async list() {
      const { loaded, problems } = await get();
      return { sets: [...loaded.values()].map(summarise), problems };
    },
    async get(id) {
      return (await get()).loaded.get(id) ?? null;
    },
    invalidate() {
      cache = null;
    },
  };
}
