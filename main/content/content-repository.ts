/**
 * The article sets the app can show: the sets shipped in content/sets, and the sets teachers saved
 * on this computer (`<userData>/sets/<id>/`, with their source texts). Each is validated with the
 * same checker as `npm run content:check`; a set that fails is left out and its problems are
 * reported instead of crashing the app. Plain module over folder paths.
 */
import type { ArticleSet } from '../../content/schema/article-set';
import type { Exercise } from '../../content/schema/exercise';
import { validateArticleSet, type Problem } from '../../content/logic/validate-set';
import { listSetFolders, readSetFolder } from '../../content/node/read-set-folder';
import { articleDateRange } from '../../content/logic/dates';
import type { SetSummary } from '../ipc/contract';

export interface LoadedSet {
  set: ArticleSet;
  exercises: Exercise[];
  origin: 'shipped' | 'teacher';
}

export interface ContentRepository {
  list(): Promise<{ sets: SetSummary[]; problems: Problem[] }>;
  get(id: string): Promise<LoadedSet | null>;
  /** Read the folders again on the next call (after a teacher saved a set). */
  invalidate(): void;
}

export function summarise(loaded: LoadedSet): SetSummary {
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

/**
 * `teacherSetsDir`: where teachers' saved sets live. They are checked against their source texts
 * too, and a teacher set cannot replace a shipped set of the same id.
 */
export function createContentRepository(setsRoot: string, options: { teacherSetsDir?: string } = {}): ContentRepository {
  let cache: Promise<{ loaded: Map<string, LoadedSet>; problems: Problem[] }> | null = null;

  const load = async () => {
    const loaded = new Map<string, LoadedSet>();
    const problems: Problem[] = [];
    const roots: Array<{ root: string; origin: LoadedSet['origin'] }> = [{ root: setsRoot, origin: 'shipped' }];
    if (options.teacherSetsDir) roots.push({ root: options.teacherSetsDir, origin: 'teacher' });
    for (const { root, origin } of roots) {
      for (const dir of await listSetFolders(root)) {
        try {
          const files = await readSetFolder(dir, { withSources: origin === 'teacher', relativeTo: root });
          const result = validateArticleSet(files);
          if (result.set && loaded.has(result.set.id)) problems.push({ file: files.setFile, message: `a set called "${result.set.id}" is already in the library` });
          else if (result.set && result.problems.length === 0) loaded.set(result.set.id, { set: result.set, exercises: result.exercises, origin });
          else problems.push(...result.problems);
        } catch (error) {
          problems.push({ file: dir, message: (error as Error).message });
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
