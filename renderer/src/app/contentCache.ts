import type { ChannelOutput } from '../../../main/ipc/contract';
import { getLenses } from './lenses';

type LoadedSet = ChannelOutput<'getArticleSet'>;
const sets = new Map<string, Promise<LoadedSet>>();

/** An article set, fetched once per session: shipped content does not change while the app runs. */
export function loadArticleSet(id: string): Promise<LoadedSet> {
  let p = sets.get(id);
  if (!p) {
    p = getLenses().getArticleSet({ id });
    sets.set(id, p);
    p.catch(() => sets.delete(id));
  }
  return p;
}

/** Drop a set from the session cache (a teacher saved a new version of it). */
export function forgetArticleSet(id: string): void {
  sets.delete(id);
}
