/// <reference types="vite/client" />
/**
 * The article sets shipped with Lenses, for the web build: content/sets/<id>/set.json and
 * exercises.json are bundled by Vite at build time (each its own chunk, fetched the first time the
 * library is listed). Validated by the core like the folders Electron reads from disk. Compare's
 * prepared views (content/sets/<id>/compare-view.json, made by `npm run build:views` before the
 * build) are bundled as text, each its own chunk, fetched the first time Compare shows its set.
 */
import type { SetFiles } from '../../content/logic/validate-set';
import type { ShippedSet, ShippedSets } from '../content/content-repository';

type Loaders = Record<string, () => Promise<unknown>>;

const bundledSetFiles: Loaders = import.meta.glob('../../content/sets/*/set.json', { import: 'default' });
const bundledExerciseFiles: Loaders = import.meta.glob('../../content/sets/*/exercises.json', { import: 'default' });
const bundledPreparedViews: Loaders = import.meta.glob('../../content/sets/*/compare-view.json', { query: '?raw', import: 'default' });

/** "../../content/sets/gaza/set.json" → "gaza/set.json", the name the desktop app uses in messages. */
function nameInSets(key: string): string {
  const at = key.indexOf('/sets/');
  return at < 0 ? key : key.slice(at + '/sets/'.length);
}

const folderOf = (key: string) => nameInSets(key).split('/')[0] ?? key;

/** The shipped sets as loaders; tests pass their own. Folders whose name starts with a dot are skipped. */
export function bundledShippedSets(setFiles: Loaders = bundledSetFiles, exerciseFiles: Loaders = bundledExerciseFiles, preparedViews: Loaders = bundledPreparedViews): ShippedSets {
  const exercisesByFolder = new Map(Object.entries(exerciseFiles).map(([key, load]) => [folderOf(key), { key, load }] as const));
  const preparedByFolder = new Map(Object.entries(preparedViews).map(([key, load]) => [folderOf(key), load] as const));
  return {
    async preparedView(setId) {
      try {
        const text = await preparedByFolder.get(setId)?.();
        return typeof text === 'string' ? text : null;
      } catch {
        // Not loaded (offline before the first full visit): Compare works the view out.
        return null;
      }
    },
    async load() {
      const keys = Object.keys(setFiles)
        .filter((key) => !folderOf(key).startsWith('.'))
        .sort((a, b) => folderOf(a).localeCompare(folderOf(b)));
      return Promise.all(
        keys.map(async (key): Promise<ShippedSet> => {
          try {
            const files: SetFiles = { setFile: nameInSets(key), setJson: await setFiles[key]!() };
            const exercises = exercisesByFolder.get(folderOf(key));
            if (exercises) {
              files.exercisesFile = nameInSets(exercises.key);
              files.exercisesJson = await exercises.load();
            }
            return files;
          } catch (error) {
            // A chunk that did not load (offline before the first full visit): the other sets still show.
            return { file: nameInSets(key), problem: `it could not be loaded (${error instanceof Error ? error.message : String(error)})` };
          }
        }),
      );
    },
  };
}
