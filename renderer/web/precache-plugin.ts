/**
 * Build step for the web build's service worker (Node, runs inside Vite): once every file is
 * written, list them all, name the cache after a hash of their contents, and compile
 * renderer/web/service-worker.ts with that list into `sw.js` beside index.html.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const here = path.dirname(fileURLToPath(import.meta.url));

async function filesUnder(root: string, folder = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const rel = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(root, rel)));
    else if (entry.isFile()) files.push(rel);
  }
  return files;
}

/** Every file the service worker must keep (all of the folder but itself and source maps), and the cache name for this set of contents. */
export async function precacheManifest(root: string): Promise<{ files: string[]; cacheName: string }> {
  const files = (await filesUnder(root)).filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map')).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update('\0');
    hash.update(await readFile(path.join(root, file)));
    hash.update('\0');
  }
  // Not "./": some static hosts do not serve a folder's index.html; the worker answers navigations with index.html.
  return { files, cacheName: `lenses-${hash.digest('hex').slice(0, 16)}` };
}

export async function writeServiceWorker(root: string): Promise<{ files: number; cacheName: string }> {
  const { files, cacheName } = await precacheManifest(root);
  const result = await build({
    entryPoints: [path.join(here, 'service-worker.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    define: { __PRECACHE__: JSON.stringify(files), __CACHE_NAME__: JSON.stringify(cacheName) },
  });
  await writeFile(path.join(root, SERVICE_WORKER_FILE), result.outputFiles[0]!.text);
  return { files: files.length, cacheName };
}

/** The Vite plugin: writes sw.js after the build (build only). */
export function serviceWorkerPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'lenses-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After writeBundle (every file is on disk, the worker's chunks included); closeBundle also runs after a failed build.
    async closeBundle(error?: Error) {
      if (error || !existsSync(path.join(outDir, 'index.html'))) return;
      const { files, cacheName } = await writeServiceWorker(outDir);
      this.info?.(`service worker: ${files} files precached as ${cacheName}`);
    },
  };
}
