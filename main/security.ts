/**
 * Security policy for the Electron shell, as plain data and pure functions so it is unit-tested
 * under Node. main/electron/ applies it.
 */

/** The renderer is served from this custom scheme (see appProtocol.ts for why not file:). */
export const APP_SCHEME = 'lenses';
const APP_HOST = 'app';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The scheme's privileges (Electron's `registerSchemesAsPrivileged`): a standard, secure scheme
 * (a real origin, relative URLs, storage), fetch for the page's own files, no CORS, and never
 * `bypassCSP`. `codeCache` keeps V8's compiled code of the renderer's scripts between starts, as
 * Chromium does for http(s): without it every start of the app compiles its code afresh (Electron
 * allows it on standard schemes only).
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, codeCache: true } as const;

/** The CSP sent as a header (and, minus frame-ancestors, as the page's meta tag): one policy for every host, in response-headers.mjs. */
export { CONTENT_SECURITY_POLICY } from './response-headers.mjs';

/**
 * The Vite dev server the window loads instead of the built renderer (`npm run dev` sets
 * LENSES_DEV_SERVER_URL): honoured only when the app is not packaged, and only for an http(s)
 * address on this computer. An installed Lenses always loads its own files.
 */
export function devServerUrlFor(env: Record<string, string | undefined>, isPackaged: boolean): string | undefined {
  const value = env.LENSES_DEV_SERVER_URL;
  if (isPackaged || !value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return (url.protocol === 'http:' || url.protocol === 'https:') && local ? url.href : undefined;
}

/** True only for pages of our own app. Used for the IPC sender check and navigation. */
export function isAppUrl(url: string, devServerOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  return devServerOrigin !== undefined && parsed.origin === devServerOrigin;
}

/** Navigation away from the loaded page is never allowed (in-app routing uses the hash). */
export function isNavigationAllowed(currentUrl: string, targetUrl: string): boolean {
  try {
    const a = new URL(currentUrl);
    const b = new URL(targetUrl);
    return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
  } catch {
    return false;
  }
}

/**
 * Map a lenses://app/... URL to a file under the renderer folder, or null when it points outside
 * it (path traversal, other hosts, odd encodings). Pure: uses only string operations on POSIX-style
 * relative paths; the caller joins with the real folder.
 */
export function appUrlToRelativePath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const parts: string[] = [];
  for (const part of pathname.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  return parts.length === 0 ? 'index.html' : parts.join('/');
}
