import type { ChannelOutput } from '../../../main/ipc/contract';
import { getLenses } from './lenses';

type LoadedSet = ChannelOutput<'getArticleSet'>;
const sets = new Map<string, Promise<LoadedSet>>();

/**
 * An article set, fetched once per session: shipped content does not change while the app runs.
 * A set that came back with parts withheld (an assessment open on this profile) is not kept, and
 * the cache is dropped when the profile changes or an assignment is opened (`forgetArticleSets`).
 */
export function loadArticleSet(id: string): Promise<LoadedSet> {
  let p = sets.get(id);
  if (!p) {
    const loading = getLenses().getArticleSet({ id });
    p = loading;
    sets.set(id, loading);
    loading.then(
      (loaded) => {
        if (loaded.withheld && sets.get(id) === loading) sets.delete(id);
      },
      () => sets.delete(id),
    );
  }
  return p;
}

/** Drop every cached set: what a profile may see has changed. */
export function forgetArticleSets(): void {
  sets.clear();
}

/** Drop a set from the session cache (a teacher saved a new version of it). */
export function forgetArticleSet(id: string): void {
  sets.delete(id);
}
