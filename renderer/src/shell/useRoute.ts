import { useEffect, useState } from 'react';
import { parseRoute, ROUTE_CHANGED_EVENT, routeToHash, type Route } from '../shared/routes';

/** The route in the address, followed as it changes (a link, back and forward, or `navigate`). */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute((current) => {
      const next = parseRoute(window.location.hash);
      return routeToHash(next) === routeToHash(current) ? current : next;
    });
    window.addEventListener('hashchange', onChange);
    window.addEventListener(ROUTE_CHANGED_EVENT, onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener(ROUTE_CHANGED_EVENT, onChange);
    };
  }, []);
  return route;
}
