import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../main/security.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The web build's page carries the same CSP main sends as a header (minus frame-ancestors, which a meta tag cannot set), first in <head> so it governs every link after it (manifest, icons). */
export function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'lenses-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/**
 * What the first screen needs, in one chunk: React, the renderer's shared ground, the profile
 * context and the Library. Left to itself the bundler splits these into four files shared with later
 * screens; as one file, the startup ratio to a blank page was 0.04 to 0.15 lower in three interleaved
 * runs of both builds (medians of 25 starts each).
 */
const FIRST_SCREEN_MODULES = /node_modules[\\/](react|react-dom|scheduler)[\\/]|renderer[\\/]src[\\/](shared|progress[\\/]ProfileContext|library)[\\/]/u;

/**
 * The group also takes the entry module (and with it everything the entry imports), so that chunk
 * is the entry itself: the page loads one script, as a blank React page does, not an entry and a
 * chunk beside it.
 */
export const firstScreenGroup = (entry: RegExp) => ({ name: 'first-screen', test: (id: string) => entry.test(id) || FIRST_SCREEN_MODULES.test(id) });

/**
 * The small modules Compare shares with the exercises (the text with its marks, the withheld note,
 * the labels) in one chunk: left to itself the bundler gave each a file, so a first visit to Compare
 * fetched four files, now two. (Not in Compare's own chunk: the exercises would then import from it,
 * and the bundler would add a file of its helpers to the page's start.)
 */
const READING_SHARED_MODULES = /renderer[\\/]src[\\/](compare[\\/]ArticleText|assignments[\\/]student[\\/]WithheldNote)\.tsx$|content[\\/]schema[\\/]labels\.ts$/u;
export const readingSharedGroup = { name: 'reading', test: (id: string) => READING_SHARED_MODULES.test(id) };

export default defineConfig({
  root: here,
  // Relative asset URLs: the same build loads from lenses://app/ in Electron and from any static server.
  base: './',
  // No CSP meta tag here: main sends the policy as a header with every lenses:// response (and on
  // every response the window gets), so a meta would add nothing but would stop Chromium fetching
  // the first screen's code and styles while the preload runs (its preload scanner waits for a CSP
  // meta to be applied first): the code then came about 55 ms later (traced in the bench). The web
  // build, which may be served without headers, keeps the meta (vite.web.config.ts).
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [firstScreenGroup(/renderer[\\/]src[\\/]main\.tsx$/u), readingSharedGroup] } } },
  },
  server: { host: '127.0.0.1', port: 5183, strictPort: true },
});
