import { splitRoute } from '../../../content/logic/app-route';

/** In-app routes live in the URL hash, so navigation never leaves the page (main denies that). */
export type Route =
  | { screen: 'library' }
  | { screen: 'compare'; setId?: string; articles?: string[] }
  | { screen: 'exercises'; setId?: string; exerciseId?: string; family?: string }
  | { screen: 'progress' }
  | { screen: 'teacher'; assignmentId?: string; view?: 'new' | 'new-set'; draftId?: string; articleId?: string; exerciseId?: string }
  | { screen: 'assignment'; id: string; exerciseId?: string }
  | { screen: 'print'; assignmentId: string };

export type ScreenName = Route['screen'];

export const SCREENS: Array<{ name: Exclude<ScreenName, 'assignment' | 'print'>; label: string; key: string }> = [
  { name: 'library', label: 'Library', key: '1' },
  { name: 'compare', label: 'Compare', key: '2' },
  { name: 'exercises', label: 'Exercises', key: '3' },
  { name: 'progress', label: 'Progress', key: '4' },
  { name: 'teacher', label: 'Teacher', key: '5' },
];

/** The route an address names; the Library for an address that is empty or malformed. */
export function parseRoute(hash: string): Route {
  return tryParseRoute(hash) ?? { screen: 'library' };
}

/** The route an address names, or null when it is malformed (never saved as the place to resume). */
export function tryParseRoute(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return { screen: 'library' };
  const split = splitRoute(hash);
  if (!split) return null;
  const { parts, params } = split;
  switch (parts[0]) {
    case 'compare': {
      const articles = params.get('articles');
      return { screen: 'compare', setId: parts[1], articles: articles ? articles.split(',').filter(Boolean) : undefined };
    }
    case 'exercises':
      return { screen: 'exercises', setId: parts[1], exerciseId: parts[2], family: params.get('family') ?? undefined };
    case 'progress':
      return { screen: 'progress' };
    case 'teacher':
      if (parts[1] === 'new') return { screen: 'teacher', view: 'new' };
      if (parts[1] === 'new-set') return { screen: 'teacher', view: 'new-set' };
      if (parts[1] === 'draft' && parts[2]) {
        if (parts[3] === 'article' && parts[4]) return { screen: 'teacher', draftId: parts[2], articleId: parts[4] };
        if (parts[3] === 'exercise' && parts[4]) return { screen: 'teacher', draftId: parts[2], exerciseId: parts[4] };
        return { screen: 'teacher', draftId: parts[2] };
      }
      return parts[1] === 'a' && parts[2] ? { screen: 'teacher', assignmentId: parts[2] } : { screen: 'teacher' };
    case 'assignment':
      return parts[1] ? { screen: 'assignment', id: parts[1], exerciseId: parts[2] } : { screen: 'library' };
    case 'print':
      return parts[1] === 'class-report' && parts[2] ? { screen: 'print', assignmentId: parts[2] } : { screen: 'library' };
    default:
      return { screen: 'library' };
  }
}

export function routeToHash(route: Route): string {
  switch (route.screen) {
    case 'compare': {
      const base = `#/compare${route.setId ? `/${encodeURIComponent(route.setId)}` : ''}`;
      return route.articles?.length ? `${base}?articles=${route.articles.map(encodeURIComponent).join(',')}` : base;
    }
    case 'exercises': {
      let h = '#/exercises';
      if (route.setId) h += `/${encodeURIComponent(route.setId)}`;
      if (route.setId && route.exerciseId) h += `/${encodeURIComponent(route.exerciseId)}`;
      return route.family ? `${h}?family=${encodeURIComponent(route.family)}` : h;
    }
    case 'teacher':
      if (route.draftId) {
        const base = `#/teacher/draft/${encodeURIComponent(route.draftId)}`;
        if (route.articleId) return `${base}/article/${encodeURIComponent(route.articleId)}`;
        return route.exerciseId ? `${base}/exercise/${encodeURIComponent(route.exerciseId)}` : base;
      }
      if (route.view) return `#/teacher/${route.view}`;
      return route.assignmentId ? `#/teacher/a/${encodeURIComponent(route.assignmentId)}` : '#/teacher';
    case 'assignment':
      return `#/assignment/${encodeURIComponent(route.id)}${route.exerciseId ? `/${encodeURIComponent(route.exerciseId)}` : ''}`;
    case 'print':
      return `#/print/class-report/${encodeURIComponent(route.assignmentId)}`;
    default:
      return `#/${route.screen}`;
  }
}

/** Fired at once by `navigate` (the browser's hashchange comes a task later). */
export const ROUTE_CHANGED_EVENT = 'lenses-route-changed';

export function navigate(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash === hash) return;
  window.location.hash = hash;
  // Tell the app now, so a control that changed the route (a checkbox choosing columns) shows its
  // new state in the same event, not one task later.
  window.dispatchEvent(new Event(ROUTE_CHANGED_EVENT));
}
