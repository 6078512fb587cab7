/**
 * Compare's view of each set (`getCompareView`), worked out at most once per content version:
 * - a shipped set's view was prepared when Lenses was built (`ShippedSets.preparedView`), and is
 *   joined to the set's text as it is (`shippedViewText`);
 * - a teacher's set's view is prepared when the set is saved (`storePreparedView`), in a file
 *   beside the set's folder (`sets/<id>.compare-view.json`, written atomically), checked in full
 *   when read (schema, then every span against the set: anyone with the user's folder could write it);
 * - otherwise (none, prepared from another version or in an older format, damaged, hostile) it is
 *   worked out from the set, which stays the truth, once per run; a teacher set's is stored again,
 *   so the next start has it.
 * The shipped sets' views are worked out behind the Library, once it lists them (`prepareAhead`).
 * A copy of a set with parts withheld for an assessment never comes here: it is another set, with
 * its own view (`compareViewText`). Plain module.
 */
import type { ArticleSet } from '../../content/schema/article-set';
import { compareViewParts, compareViewTextFrom } from '../../content/logic/compare-view';
import { compiled } from '../../content/logic/compiled-schema';
import { compareViewKey, prepareCompareView, preparedViewFile, PreparedCompareView, shippedViewText, viewTextFromPrepared } from '../../content/logic/prepared-compare-view';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { storageKey, type Storage } from '../platform/storage/storage';
import type { LoadedSet, ShippedSets } from './content-repository';

export interface CompareViews {
  /** The view of a set as the content repository loaded it (never of a copy with parts withheld). */
  textOf(loaded: LoadedSet): Promise<string>;
  /**
   * Works out, in the background, the views of the shipped sets among `sets` not worked out yet:
   * one set a task, each after the calls waiting before it, so the first visit to any of them
   * waits only for its view to cross to the page. A teacher's set is left until it is asked for
   * (its file is read and checked in full then).
   */
  prepareAhead(sets: LoadedSet[]): void;
}

/** Where teachers' sets live: `folder` in `storage`, one folder per set. */
interface TeacherSets {
  storage: Storage;
  folder: string;
}

const preparedKey = (folder: string, setId: string) => storageKey(folder, preparedViewFile(setId));

/** Writes the prepared view of a teacher's set that was just saved, beside its folder. */
export async function storePreparedView(teacherSets: TeacherSets, set: ArticleSet): Promise<void> {
  await writeJsonFileAtomic(teacherSets.storage, preparedKey(teacherSets.folder, set.id), await prepareCompareView(set), { compact: true });
}

export function createCompareViews(shipped: ShippedSets, teacherSets: TeacherSets): CompareViews {
  const views = new WeakMap<ArticleSet, Promise<string>>();
  const schema = () => compiled(PreparedCompareView);

  /** A shipped set's view from the file made when Lenses was built, or null. */
  const fromShipped = async (set: ArticleSet, setText: string): Promise<string | null> => {
    const text = await shipped.preparedView?.(set.id).catch(() => null);
    return text ? shippedViewText(setText, await compareViewKey(setText), text) : null;
  };

  /** A teacher's set's view from the file stored beside it, checked in full, or null; stored again when it is missing, stale or damaged. */
  const fromTeacherSets = async (set: ArticleSet, setText: string): Promise<string | null> => {
    const key = await compareViewKey(setText);
    const file = preparedKey(teacherSets.folder, set.id);
    // A damaged file is set aside (json-file), then written again below.
    const read = await readJsonFile(teacherSets.storage, file, schema()).catch(() => null);
    const served = read?.ok ? viewTextFromPrepared(set, setText, key, read.value) : null;
    if (served !== null) return served;
    const parts = compareViewParts(set);
    // Best effort: without it, the next start works the view out again.
    await writeJsonFileAtomic(teacherSets.storage, file, { key, ...parts }, { compact: true }).catch(() => undefined);
    return compareViewTextFrom(setText, parts);
  };

  const prepare = async (loaded: LoadedSet): Promise<string> => {
    const { set } = loaded;
    const setText = JSON.stringify(set);
    const served = loaded.origin === 'teacher' ? await fromTeacherSets(set, setText) : await fromShipped(set, setText);
    return served ?? compareViewTextFrom(setText, compareViewParts(set));
  };

  const textOf = (loaded: LoadedSet): Promise<string> => {
    let text = views.get(loaded.set);
    if (!text) {
      text = prepare(loaded);
      views.set(loaded.set, text);
    }
    return text;
  };

  return {
    textOf,
    prepareAhead(sets) {
      const waiting = sets.filter((loaded) => loaded.origin === 'shipped' && !views.has(loaded.set));
      const nextLater = () => void setTimeout(next, 0);
      const next = () => {
        const loaded = waiting.shift();
        if (!loaded) return;
        const text = textOf(loaded);
        text.then(nextLater, () => {
          // Not kept: asked for, it is worked out again (and a failure shown then).
          if (views.get(loaded.set) === text) views.delete(loaded.set);
          nextLater();
        });
      };
      nextLater();
    },
  };
}
