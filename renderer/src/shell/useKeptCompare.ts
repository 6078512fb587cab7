import { useState, useSyncExternalStore } from 'react';
import { contentGeneration } from '../shared/contentCache';
import type { Route } from '../shared/routes';

type CompareRoute = Extract<Route, { screen: 'compare' }>;

/**
 * The Compare screen the shell keeps drawn: the last one opened, while the same profile (or
 * nobody) is in and the content cache was not dropped since (an assignment opened, a set saved),
 * so a kept screen never shows what a profile may no longer see. (Shown again, it also asks
 * for its set again, which comes from the cache or, after a drop, from main.)
 */
export function useKeptCompare(route: Route | null, profileId: string | null): { route: CompareRoute } | null {
  const generation = useSyncExternalStore(contentGeneration.subscribe, contentGeneration.get);
  const key = `${profileId ?? ''}/${generation}`;
  const [kept, setKept] = useState<{ route: CompareRoute; key: string } | null>(null);
  const current = route?.screen === 'compare' ? route : null;
  if (current && (kept?.route !== current || kept.key !== key)) setKept({ route: current, key });
  else if (!current && kept && kept.key !== key) setKept(null);
  if (!route || !kept || kept.key !== key) return current ? { route: current } : null;
  return kept;
}
