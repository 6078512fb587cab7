/**
 * The web build (`npm run build:web` → dist/web): the same React app, with the core running in a
 * worker over IndexedDB (main/web/worker.ts) instead of Electron's main process. A static folder:
 * index.html, assets/ (app, worker, shipped sets) and sw.js (offline use). Relative URLs
 * throughout, so it works from any static server and any sub-path.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicyMeta, firstScreenGroup, readingSharedGroup } from './vite.config.ts';
import { serviceWorkerPlugin } from './web/precache-plugin.ts';
import { channelNamesModule, contractChannelNames, isApiClientContractImport } from '../scripts/contract-channel-names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');
const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

export const webOutDir = path.join(projectRoot, 'dist', 'web');

/**
 * The page's window.lenses is built by main/ipc/api-client.ts, which takes only `channelNames`
 * from the contract. The contract module also builds every zod schema, so for the page that import
 * gets the list alone, taken from the contract when the build runs: the page starts without zod
 * (the worker, where calls are checked, has the full contract). Should api-client ever take more
 * from the contract, the build fails on the missing export. (The preload's bundle does the same:
 * scripts/bundle-options.mjs.)
 */
function contractNamesOnlyForApiClient(): Plugin {
  const id = '\0lenses-contract-channel-names';
  let names: string[] = [];
  return {
    name: 'lenses-contract-names-for-api-client',
    enforce: 'pre',
    async buildStart() {
      names = await contractChannelNames();
    },
    resolveId(source, importer) {
      return isApiClientContractImport(source, importer) ? id : null;
    },
    load(loading) {
      return loading === id ? channelNamesModule(names) : null;
    },
  };
}

export default defineConfig({
  root: path.join(here, 'web'),
  base: './',
  plugins: [contractNamesOnlyForApiClient(), react(), contentSecurityPolicyMeta(), serviceWorkerPlugin()],
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
    rolldownOptions: {
      // What the first screen needs, host included, in one script, as in the desktop renderer.
      output: { codeSplitting: { groups: [firstScreenGroup(/renderer[\\/]web[\\/]boot\.ts$/u), readingSharedGroup] } },
      // cssom (inside linkedom, for article import in the worker) calls eval on its own error names: known, not ours.
      onLog(level, log, handler) {
        if (log.code === 'EVAL' && (log.id ?? '').includes(`${path.sep}@acemir${path.sep}cssom${path.sep}`)) return;
        handler(level, log);
      },
    },
  },
  server: { host: '127.0.0.1', port: 5184, strictPort: true, fs: { allow: [projectRoot] } },
});
