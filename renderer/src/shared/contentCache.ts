import type { ChannelOutput } from '../../../main/ipc/contract';
import { parseCompareView, type CompareView } from '../../../content/logic/compare-view';
import { getLenses } from './lenses';

type LoadedSet = ChannelOutput<'getArticleSet'>;
export type LoadedCompareView = { view: CompareView; withheld?: LoadedSet['withheld'] };

/**
 * A session cache of what main sends for a set: shipped content does not change while the app
 * runs. What came back with parts withheld (an assessment open on this profile) is not kept, and
 * the cache is dropped when the profile changes or an assignment is opened (`forgetArticleSets`).
 */
function sessionCache<T extends { withheld?: unknown }>(load: (id: string) => Promise<T>) {
  const cache = new Map<string, Promise<T>>();
  /** Values already in hand, so a later visit can render at once instead of waiting a turn. */
  const ready = new Map<string, T>();
  return {
    load(id: string): Promise<T> {
      let p = cache.get(id);
      if (!p) {
        const loading = load(id);
        p = loading;
        cache.set(id, loading);
        loading.then(
          (loaded) => {
            if (cache.get(id) !== loading) return;
            if (loaded.withheld) cache.delete(id);
            else ready.set(id, loaded);
          },
          () => cache.delete(id),
        );
      }
      return p;
    },
    peek: (id: string): T | undefined => ready.get(id),
    forget(id?: string) {
      if (id === undefined) {
        cache.clear();
        ready.clear();
      } else {
        cache.delete(id);
        ready.delete(id);
      }
    },
  };
}

const sets = sessionCache((id) => getLenses().getArticleSet({ id }));
const compareViews = sessionCache(async (id): Promise<LoadedCompareView> => {
  const { view, withheld } = await getLenses().getCompareView({ id });
  return withheld ? { view: parseCompareView(view), withheld } : { view: parseCompareView(view) };
});

/** An article set with its exercises, fetched once per session. */
export function loadArticleSet(id: string): Promise<LoadedSet> {
  return sets.load(id);
}

/** What Compare shows of a set (no exercises; highlights worked out by main), fetched once per session. */
export function loadCompareView(id: string): Promise<LoadedCompareView> {
  return compareViews.load(id);
}

/** The compare view when it is already loaded (and not withheld), else undefined. */
export function loadedCompareView(id: string): LoadedCompareView | undefined {
  return compareViews.peek(id);
}

/**
 * How many times the cache was dropped: a screen kept from an earlier visit (the shell keeps
 * Compare) is kept only while this stays the same, so it never shows what was dropped.
 */
let generation = 0;
const generationListeners = new Set<() => void>();

function dropped(): void {
  generation += 1;
  for (const listener of [...generationListeners]) listener();
}

export const contentGeneration = {
  get: (): number => generation,
  subscribe(listener: () => void): () => void {
    generationListeners.add(listener);
    return () => generationListeners.delete(listener);
  },
};

/** Drop every cached set: what a profile may see has changed. */
export function forgetArticleSets(): void {
  sets.forget();
  compareViews.forget();
  dropped();
}

/** Drop a set from the session cache (a teacher saved a new version of it). */
export function forgetArticleSet(id: string): void {
  sets.forget(id);
  compareViews.forget(id);
  dropped();
}
