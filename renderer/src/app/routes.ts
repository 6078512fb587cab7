/** In-app routes live in the URL hash, so navigation never leaves the page (main denies that). */
export type Route =
  | { screen: 'library' }
  | { screen: 'compare'; setId?: string; articles?: string[] }
  | { screen: 'exercises'; setId?: string; exerciseId?: string; family?: string }
  | { screen: 'progress' }
  | { screen: 'teacher' };

export type ScreenName = Route['screen'];

export const SCREENS: Array<{ name: ScreenName; label: string; key: string }> = [
  { name: 'library', label: 'Library', key: '1' },
  { name: 'compare', label: 'Compare', key: '2' },
  { name: 'exercises', label: 'Exercises', key: '3' },
  { name: 'progress', label: 'Progress', key: '4' },
  { name: 'teacher', label: 'Teacher', key: '5' },
];

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/u, '').split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
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
      return { screen: 'teacher' };
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
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}
