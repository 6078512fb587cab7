/**
 * The web build (`npm run build:web` → dist/web): the same React app, with the core running in a
 * worker over IndexedDB (main/web/worker.ts) instead of Electron's main process. A static folder:
 * index.html, assets/ (app, worker, shipped sets) and sw.js (offline use). Relative URLs
 * throughout, so it works from any static server and any sub-path.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicyMeta } from './vite.config.ts';
import { serviceWorkerPlugin } from './web/precache-plugin.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');
const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

export const webOutDir = path.join(projectRoot, 'dist', 'web');

export default defineConfig({
  root: path.join(here, 'web'),
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), serviceWorkerPlugin()],
  define: { __LENSES_VERSION__: JSON.stringify(version) },
  resolve: {
    alias: [
      // linkedom (article import in the worker) needs @acemir/cssom's module build; its "browser"
      // build is a plain script that exports nothing.
      { find: /^@acemir\/cssom$/u, replacement: path.join(projectRoot, 'node_modules', '@acemir', 'cssom', 'lib', 'index.js') },
    ],
  },
  // The worker splits (the shipped sets load on first use), so it is an ES module worker.
  worker: { format: 'es' },
  build: {
    outDir: webOutDir,
    emptyOutDir: true,
    // Current Chrome (Chromebooks), Firefox, Edge and Safari: module workers, Web Locks.
    target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
    sourcemap: false,
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', port: 5184, strictPort: true, fs: { allow: [projectRoot] } },
});
