import { useEffect } from 'react';
import { contentGeneration, loadCompareView } from '../shared/contentCache';
import { ROUTE_CHANGED_EVENT, tryParseRoute, type Route } from '../shared/routes';

/** The route an address or a link names when it is Compare's, else null. */
function compareRoute(hash: string | null | undefined): Extract<Route, { screen: 'compare' }> | null {
  const route = hash ? tryParseRoute(hash) : null;
  return route?.screen === 'compare' ? route : null;
}

/** Sets asked for because a link to them was pointed at, and the content cache's generation then. */
const askedOnIntent = new Map<string, number>();

function ask(setId: string): void {
  loadCompareView(setId).catch(() => {}); // the screen shows any failure when it asks
}

/**
 * Compare's set and code are asked for as soon as the student heads there, so that they arrive
 * side by side, and before the shell has drawn anything of the new route:
 * - when the address changes to Compare (a link followed, back or forward, `navigate`): in the
 *   event itself, not after the shell has drawn the route (that drawing took 10 to 25 ms of a
 *   first visit);
 * - when a link to Compare is pointed at, pressed or reached with the keyboard (a student's
 *   hand is on its way), once per set until the content cache is dropped;
 * - and when the shell draws Compare without the address having changed (the page opened on
 *   it, a profile signed in on it).
 * The screen's own request gets the same answer from the session cache, which the profile's
 * changes drop as before: an answer asked for earlier is then never used. Nothing is asked while
 * no screen is shown (`route` null: a profile still to choose).
 */
export function useCompareViewEarly(route: Route | null, preloadCode: () => void): void {
  const setId = route?.screen === 'compare' ? route.setId : undefined;
  const shown = route !== null;
  useEffect(() => {
    if (setId) ask(setId);
  }, [setId]);
  useEffect(() => {
    if (!shown) return;
    const onRouteChange = () => {
      const next = compareRoute(window.location.hash);
      if (!next) return;
      preloadCode();
      if (next.setId) ask(next.setId);
    };
    const onIntent = (e: Event) => {
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      const next = compareRoute(link?.getAttribute('href'));
      if (!next) return;
      preloadCode();
      if (!next.setId || askedOnIntent.get(next.setId) === contentGeneration.get()) return;
      askedOnIntent.set(next.setId, contentGeneration.get());
      ask(next.setId);
    };
    window.addEventListener('hashchange', onRouteChange);
    window.addEventListener(ROUTE_CHANGED_EVENT, onRouteChange);
    const intents = ['pointerover', 'pointerdown', 'focusin'] as const;
    for (const type of intents) document.addEventListener(type, onIntent, { capture: true, passive: true });
    return () => {
      window.removeEventListener('hashchange', onRouteChange);
      window.removeEventListener(ROUTE_CHANGED_EVENT, onRouteChange);
      for (const type of intents) document.removeEventListener(type, onIntent, { capture: true });
    };
  }, [shown, preloadCode]);
}
