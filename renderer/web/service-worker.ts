/**
 * The web build's service worker: Lenses works offline after the first visit. At build time
 * (renderer/web/precache-plugin.ts) every file of dist/web is listed and the cache is named after
 * a hash of their contents. Install stores them all; activate deletes older versions' caches;
 * same-origin GET requests are answered from the cache first. Every URL is relative to the
 * worker's scope, so the folder may be served from any sub-path.
 *
 * An update installs in the background and takes over once every Lenses tab was closed, so a
 * running tab never meets files of another version.
 */

declare const __PRECACHE__: string[];
declare const __CACHE_NAME__: string;

interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void;
}
/** A static route (InstallEvent.addRoutes, Chromium 123 and later): the browser answers it without running this worker. */
interface RouterRule {
  condition: { urlPattern: { pathname: string } };
  source: { cacheName: string };
}
interface InstallEventLike extends ExtendableEventLike {
  addRoutes?(rules: RouterRule[]): Promise<void>;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScopeLike {
  readonly registration: { readonly scope: string };
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install', listener: (event: InstallEventLike) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

const sw = globalThis as unknown as ServiceWorkerScopeLike;
const CACHE_PREFIX = 'lenses-';
const CACHE_NAME = __CACHE_NAME__;
const scopeUrl = (file: string) => new URL(file, sw.registration.scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      // Straight from the server, not from the HTTP cache: the files must match this version.
      cache.addAll(__PRECACHE__.map((file) => new Request(scopeUrl(file), { cache: 'reload' }))),
    ),
  );
  // Where the browser can, it answers the page and its scripts and styles from this version's
  // cache itself, without starting this worker for each file (the fetch handler below answers
  // the same way, so nothing changes but the time). A file not in the cache goes to the network.
  if (typeof event.addRoutes === 'function') {
    const inScope = (file: string) => new URL(file, sw.registration.scope).pathname;
    const fromCache = (pathname: string): RouterRule => ({ condition: { urlPattern: { pathname } }, source: { cacheName: CACHE_NAME } });
    event.waitUntil(event.addRoutes([fromCache(inScope('index.html')), fromCache(inScope('assets/*'))]).catch(() => {}));
  }
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME).map((n) => caches.delete(n))))
      .then(() => sw.clients.claim()),
  );
});

let opened: Promise<Cache> | null = null;

async function respond(request: Request): Promise<Response> {
  const cache = await (opened ??= caches.open(CACHE_NAME));
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  // The app has one page: any navigation inside the scope gets it (e.g. "/lenses/" without index.html).
  const index = request.mode === 'navigate' ? await cache.match(scopeUrl('index.html')) : undefined;
  if (index) return index;
  return fetch(request);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !request.url.startsWith(sw.registration.scope)) return;
  event.respondWith(respond(request));
});
