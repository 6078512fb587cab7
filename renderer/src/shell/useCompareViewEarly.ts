import { useEffect } from 'react';
import { loadCompareView } from '../shared/contentCache';
import type { Route } from '../shared/routes';

/**
 * Opening Compare, its set is asked for at once, while the screen's code may still be on its way:
 * the two arrive side by side instead of one after the other. The screen's own request gets the
 * same answer from the session cache (which the profile's changes drop as before).
 */
export function useCompareViewEarly(route: Route | null): void {
  const setId = route?.screen === 'compare' ? route.setId : undefined;
  useEffect(() => {
    if (setId) loadCompareView(setId).catch(() => {}); // the screen shows any failure when it asks
  }, [setId]);
}
