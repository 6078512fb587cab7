/**
 * The web build's Node pieces: the static server of `npm run start:web` (paths, MIME types, no
 * listings, nothing outside the folder, 127.0.0.1 only), the service worker's precache list, the
 * bundled shipped sets, and the page's file-name and filter helpers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { isInside, portFromEnv, requestToRelativePath, serveWeb, shouldGzip } from '../../scripts/serve-web.mjs';
import { CONTENT_SECURITY_POLICY, mimeTypeOf } from '../../main/response-headers.mjs';
import { precacheManifest } from '../../renderer/web/precache-plugin';
import { bundledShippedSets } from '../../main/web/shipped-sets';
import { acceptFor, downloadName, matchesFilters } from '../../renderer/web/page-files';
import { validateArticleSet } from '../../content/logic/validate-set';
import { shippedSetIds } from '../support/shipped-sets';

describe('serve-web: which file a request names', () => {
  it('maps paths inside the folder, with "/" naming index.html', () => {
    expect(requestToRelativePath('/')).toBe('index.html');
    expect(requestToRelativePath('/index.html')).toBe('index.html');
    expect(requestToRelativePath('/assets/index-abc.js?v=1#x')).toBe('assets/index-abc.js');
    expect(requestToRelativePath('/sub/')).toBe('sub/index.html');
    expect(requestToRelativePath('/a//b/./c.js')).toBe('a/b/c.js');
    expect(requestToRelativePath('/caf%C3%A9.txt')).toBe('café.txt');
    expect(requestToRelativePath('/assets')).toBe('assets');
  });

  it('refuses anything that could leave the folder or is malformed', () => {
    for (const url of ['/../package.json', '/assets/../../etc/passwd', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cwindows', '/a%00.js', '/%E0%A4%A', '/a\\b.js']) {
      expect(requestToRelativePath(url), url).toBeNull();
    }
    expect(isInside('/srv/web', '/srv/web/assets/a.js')).toBe(true);
    expect(isInside('/srv/web', '/srv/web')).toBe(true);
    expect(isInside('/srv/web', '/srv/web-other/a.js')).toBe(false);
    expect(isInside('/srv/web', '/srv/a.js')).toBe(false);
  });

  it('knows the MIME types a web build needs', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('assets/worker-x.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('set.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeOf('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(mimeTypeOf('x.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('style.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('noextension')).toBe('application/octet-stream');
    expect(mimeTypeOf('a.constructor')).toBe('application/octet-stream');
    // The web build's downloads take their type from the same table.
    expect(mimeTypeOf('Class 7B.csv')).toBe('text/csv; charset=utf-8');
    expect(mimeTypeOf('Week 3.lensesassignment')).toBe('application/x-lenses-assignment; charset=utf-8');
  });

  it('reads PORT, or picks a free port when it is unset', () => {
    expect(portFromEnv(undefined)).toBe(0);
    expect(portFromEnv('')).toBe(0);
    expect(portFromEnv('8080')).toBe(8080);
    expect(() => portFromEnv('80a')).toThrow(/PORT must be a number/u);
    expect(() => portFromEnv('70000')).toThrow(/PORT must be a number/u);
  });
});

describe('serve-web: the server', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveWeb>>;
  const get = (rawPath: string, method = 'GET') =>
    new Promise<{ status: number; type: string | undefined; csp: string | string[] | undefined; body: string; location?: string }>((resolve, reject) => {
      // Raw paths, unnormalised: http.request sends them as written.
      const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], csp: res.headers['content-security-policy'], body, location: res.headers.location }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'lenses-serve-'));
    dir = path.join(base, 'web');
    await mkdir(path.join(dir, 'assets'), { recursive: true });
    await mkdir(path.join(dir, 'docs'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Lenses</title>');
    await writeFile(path.join(dir, 'sw.js'), 'self.x = 1;');
    await writeFile(path.join(dir, 'assets', 'worker-abc.js'), 'postMessage(1);');
    await writeFile(path.join(dir, 'docs', 'index.html'), 'docs');
    await writeFile(path.join(base, 'secret.txt'), 'not for the web');
    await symlink(path.join(base, 'secret.txt'), path.join(dir, 'escape.txt'));
    server = await serveWeb({ root: dir });
  });
  afterAll(async () => {
    await server.close();
    await rm(path.dirname(dir), { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only and serves files with their MIME types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    expect(await get('/assets/worker-abc.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'postMessage(1);' });
    expect(await get('/sw.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/assets/worker-abc.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('gzips text files for a browser that accepts it, and nothing else', async () => {
    const raw = (rawPath: string, acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const zipped = await raw('/assets/worker-abc.js', 'gzip, deflate, br');
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe('postMessage(1);');
    expect(await raw('/assets/worker-abc.js', 'br')).toMatchObject({ encoding: undefined, body: Buffer.from('postMessage(1);') });
    expect(shouldGzip('image/png', 'gzip')).toBe(false);
    expect(shouldGzip('application/manifest+json; charset=utf-8', 'gzip')).toBe(true);
    expect(shouldGzip('text/css', 'gzip;q=0, br')).toBe(false);
  });

  it('lists no folders, lets nothing out of the folder, and takes only GET and HEAD', async () => {
    expect((await get('/assets/')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect(await get('/docs')).toMatchObject({ status: 301, location: '/docs/' });
    expect(await get('/docs/')).toMatchObject({ status: 200, body: 'docs' });
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/escape.txt', '/missing.js']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('not for the web');
    }
    expect((await get('/index.html', 'POST')).status).toBe(405);
  });
});

describe('the service worker’s precache list', () => {
  it('lists every file but sw.js and source maps, and names the cache after their contents', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-precache-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), 'a');
    await writeFile(path.join(dir, 'sw.js'), 'old worker');
    await writeFile(path.join(dir, 'assets', 'app.js'), 'b');
    await writeFile(path.join(dir, 'assets', 'app.js.map'), '{}');
    const first = await precacheManifest(dir);
    expect(first.files).toEqual(['assets/app.js', 'index.html']);
    expect(first.cacheName).toMatch(/^lenses-[0-9a-f]{16}$/u);
    await writeFile(path.join(dir, 'sw.js'), 'another worker');
    expect((await precacheManifest(dir)).cacheName).toBe(first.cacheName);
    await writeFile(path.join(dir, 'assets', 'app.js'), 'c');
    expect((await precacheManifest(dir)).cacheName).not.toBe(first.cacheName);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('the shipped sets bundled into the web build', () => {
  it('loads each set folder’s set.json and exercises.json under the names the desktop app uses', async () => {
    const sets = await bundledShippedSets().load();
    expect(sets.map((s) => ('problem' in s ? s.file : s.setFile))).toEqual(shippedSetIds().map((id) => `${id}/set.json`));
    const seed = sets.find((s) => !('problem' in s) && s.setFile === 'gaza-2023-24/set.json');
    if (!seed || 'problem' in seed) throw new Error('the seed set did not load');
    expect(seed.setFile).toBe('gaza-2023-24/set.json');
    expect(seed.exercisesFile).toBe('gaza-2023-24/exercises.json');
    const checked = validateArticleSet(seed);
    expect(checked.problems).toEqual([]);
    expect(checked.exercises).toHaveLength(51);
  });

  it('reports a set that cannot be loaded and skips folders starting with a dot', async () => {
    const shipped = bundledShippedSets(
      {
        '../../content/sets/a/set.json': () => Promise.reject(new Error('offline')),
        '../../content/sets/.draft/set.json': () => Promise.resolve({}),
      },
      {},
    );
    expect(await shipped.load()).toEqual([{ file: 'a/set.json', problem: 'it could not be loaded (offline)' }]);
  });
});

describe('the page’s file helpers', () => {
  it('offers downloads under safe names', () => {
    expect(downloadName('lenses-progress-Amira-2026-03-02.json')).toBe('lenses-progress-Amira-2026-03-02.json');
    expect(downloadName('../../x/y.csv')).toBe('..-..-x-y.csv');
    expect(downloadName('a\u0000b\u0007.csv')).toBe('ab.csv');
    expect(downloadName('..')).toBe('lenses-file');
    expect(downloadName('  ')).toBe('lenses-file');
  });

  it('turns dialog filters into the file input’s accept list and checks dropped names against them', () => {
    expect(acceptFor([{ name: 'Lenses assignment', extensions: ['lensesassignment'] }])).toBe('.lensesassignment');
    expect(acceptFor([{ name: 'Articles', extensions: ['txt', 'md', '.HTML'] }, { name: 'Text', extensions: ['txt'] }])).toBe('.txt,.md,.html');
    expect(acceptFor([])).toBe('');
    expect(matchesFilters('Quiz.LensesAssignment', [{ name: 'a', extensions: ['lensesassignment'] }])).toBe(true);
    expect(matchesFilters('quiz.lensesresults', [{ name: 'a', extensions: ['lensesassignment'] }])).toBe(false);
    expect(matchesFilters('anything.bin', [])).toBe(true);
  });
});
