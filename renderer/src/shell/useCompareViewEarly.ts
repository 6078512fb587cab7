import { useEffect, useLayoutEffect, useRef } from 'react';
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
 * - when the address changes to Compare (a link followed, back or forward, `navigate`, an address
 *   set by code): as the browser starts that navigation where it says so (the Navigation API's
 *   `navigate` event, in the same task), else in the address's change event, before the shell's
 *   own listener (that one's route is drawn at once, 10 to 25 ms of a first visit);
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
  const now = useRef({ shown: route !== null, preloadCode });
  useLayoutEffect(() => {
    now.current = { shown: route !== null, preloadCode };
  });
  useEffect(() => {
    if (setId) ask(setId);
  }, [setId]);
  // Listening from the shell's first drawing on, in a layout effect: so before the shell's own
  // listener (useRoute's, a passive effect), whatever the order of the hooks. React draws the
  // route that listener sets before the next listener runs (a hashchange is a discrete event).
  useLayoutEffect(() => {
    const headingTo = (next: ReturnType<typeof compareRoute>, onIntent: boolean) => {
      if (!next || !now.current.shown) return;
      now.current.preloadCode();
      if (!next.setId) return;
      if (onIntent) {
        if (askedOnIntent.get(next.setId) === contentGeneration.get()) return;
        askedOnIntent.set(next.setId, contentGeneration.get());
      }
      ask(next.setId);
    };
    const onAddress = () => headingTo(compareRoute(window.location.hash), false);
    const onNavigate = (e: NavigateEvent) => headingTo(compareRoute(new URL(e.destination.url).hash), false);
    const onIntent = (e: Event) => {
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      headingTo(compareRoute(link?.getAttribute('href')), true);
    };
    const navigation = typeof window.navigation === 'object' ? window.navigation : null;
    navigation?.addEventListener('navigate', onNavigate);
    window.addEventListener('hashchange', onAddress);
    window.addEventListener(ROUTE_CHANGED_EVENT, onAddress);
    const intents = ['pointerover', 'pointerdown', 'focusin'] as const;
    for (const type of intents) document.addEventListener(type, onIntent, { capture: true, passive: true });
    return () => {
      navigation?.removeEventListener('navigate', onNavigate);
      window.removeEventListener('hashchange', onAddress);
      window.removeEventListener(ROUTE_CHANGED_EVENT, onAddress);
      for (const type of intents) document.removeEventListener(type, onIntent, { capture: true });
    };
  }, []);
}
