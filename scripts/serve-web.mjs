// `npm run start:web` (after build:web): serve dist/web to this computer only (127.0.0.1), on the
// port in PORT or a free one, and print the address. A static server and nothing more: GET and
// HEAD, no directory listings, nothing outside the folder (no "..", no symlinks out of it).
// The end-to-end tests and the benches serve the built renderer and the web build with it too.
import { createServer } from 'node:http';
import { gzip as gzipCallback } from 'node:zlib';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, mimeTypeOf } from '../main/response-headers.mjs';

/**
 * The file a request path names, relative to the served folder ("assets/a.js"), or null when it
 * names nothing that may be served: "..", encoded slashes or backslashes, NUL, bad escapes.
 * A path ending in "/" names that folder's index.html.
 */
export function requestToRelativePath(rawUrl) {
  // The path as sent, not normalised by URL parsing: a request with ".." in it is refused, not clamped.
  const raw = String(rawUrl).split(/[?#]/u)[0] ?? '';
  if (!raw.startsWith('/')) return null;
  let pathname;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const parts = [];
  for (const part of pathname.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  if (pathname.endsWith('/')) parts.push('index.html');
  return parts.join('/');
}

/** Text types worth compressing (scripts, styles, the page, JSON, SVG); images and fonts are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg\+xml)/u;

/** True when the response may be sent gzipped: a text type and a client that accepts gzip. */
export function shouldGzip(contentType, acceptEncoding) {
  return COMPRESSIBLE.test(contentType) && /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/u.test(String(acceptEncoding ?? ''));
}

/** True when `file` is `root` or inside it (both absolute, real paths). */
export function isInside(root, file) {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const SECURITY_HEADERS = {
  // The same policy Electron sends; the page's meta tag cannot set frame-ancestors.
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  // Check with the server each time; offline use comes from the service worker, not the HTTP cache.
  'Cache-Control': 'no-cache',
};

const gzipBytes = promisify(gzipCallback);
/** Files this server has compressed, by path, size and time: each is compressed once, not on every request. */
const compressed = new Map();
/** Compressed copies kept at most (the built folders are a few megabytes). */
const MAX_COMPRESSED_BYTES = 64 * 1024 * 1024;
let compressedBytes = 0;

async function compressedFile(file, info) {
  const key = `${file}\0${info.size}\0${info.mtimeMs}`;
  const kept = compressed.get(key);
  if (kept) return kept;
  const bytes = await gzipBytes(await readFile(file));
  if (compressedBytes + bytes.length <= MAX_COMPRESSED_BYTES) {
    compressed.set(key, bytes);
    compressedBytes += bytes.length;
  }
  return bytes;
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...headers });
  res.end(text);
}

/** Serve `root` on host:port (port 0: a free one). Resolves once listening. */
export async function serveWeb({ root, port = 0, host = '127.0.0.1' }) {
  const realRoot = await realpath(root);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const rel = requestToRelativePath(req.url ?? '/');
    if (rel === null) {
      send(res, 404, 'Not found');
      return;
    }
    const wanted = path.join(realRoot, rel === '' ? 'index.html' : rel);
    try {
      const real = await realpath(wanted);
      if (!isInside(realRoot, real)) throw new Error('outside the folder');
      const info = await stat(real);
      if (info.isDirectory()) {
        // No listings; a folder with an index.html is reached with its trailing slash.
        if (existsSync(path.join(real, 'index.html'))) {
          const url = new URL(req.url ?? '/', 'http://127.0.0.1');
          res.writeHead(301, { ...SECURITY_HEADERS, Location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        throw new Error('a folder');
      }
      if (!info.isFile()) throw new Error('not a file');
      const type = mimeTypeOf(real);
      const body = shouldGzip(type, req.headers['accept-encoding']) ? await compressedFile(real, info) : null;
      res.writeHead(200, {
        'Content-Type': type,
        ...(body ? { 'Content-Encoding': 'gzip', 'Content-Length': body.length } : { 'Content-Length': info.size }),
        Vary: 'Accept-Encoding',
        ...SECURITY_HEADERS,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      if (body) res.end(body);
      else createReadStream(real).on('error', () => res.destroy()).pipe(res);
    } catch {
      send(res, 404, 'Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    origin: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** PORT from the environment: a whole number 0–65535, or 0 (a free port) when unset. */
export function portFromEnv(value) {
  if (value === undefined || value === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, not "${value}"`);
  return port;
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error('There is no web build in dist/web. Run "npm run build:web" first (or "npm run start:web", which builds it).');
    process.exit(1);
  }
  let server;
  try {
    server = await serveWeb({ root, port: portFromEnv(process.env.PORT) });
  } catch (error) {
    const reason = error && error.code === 'EADDRINUSE' ? `port ${process.env.PORT} is in use (set PORT to another one, or leave it unset for a free one)` : error.message;
    console.error(`Lenses could not start its web server: ${reason}.`);
    process.exit(1);
  }
  console.log(`Lenses is running at ${server.url}`);
  console.log('Open that address in a browser on this computer. Press Ctrl+C to stop.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
