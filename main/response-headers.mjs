// What every host that hands out the app's files says about them: the Content-Type of a file by its
// extension, and the Content-Security-Policy. One table for Electron's lenses:// protocol
// (main/electron/app-protocol.ts), the web build's static server (scripts/serve-web.mjs, which the
// tests and benches use too) and the web build's downloads (renderer/web/page-files.ts).
// Plain JavaScript so that `node scripts/serve-web.mjs` runs it without a build step; types beside it.

/** Content-Type by lower-case extension; anything else is application/octet-stream. */
const MIME_TYPES = Object.freeze({
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  map: 'application/json; charset=utf-8',
  // The app's own files (content/assignments/assignment-file.ts names the extensions).
  lensesassignment: 'application/x-lenses-assignment; charset=utf-8',
  lensesresults: 'application/x-lenses-results; charset=utf-8',
});

/** The Content-Type for a file name or path ("assets/app.js", "Class 7B.csv"). */
export function mimeTypeOf(file) {
  const extension = /\.([^./\\]+)$/u.exec(String(file))?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(MIME_TYPES, extension) ? MIME_TYPES[extension] : 'application/octet-stream';
}

/**
 * Strict Content-Security-Policy: nothing remote, no inline or eval'd script, no plugins,
 * no framing, no form posts. Styles come only from our own stylesheet files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
