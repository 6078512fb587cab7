/**
 * How the benchmarks measure startup and size, shared by the desktop renderer (run.ts) and the
 * web build (web-bench.ts): initial JavaScript from index.html, a blank React page built the same
 * way as the baseline, and the time until a page shows its navigation.
 */
import type { Page } from '@playwright/test';
import { build as viteBuild } from 'vite';
import react from '@vitejs/plugin-react';
import { gzipSync } from 'node:zlib';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../support/lenses-page';

/** Issue 15: startup (desktop renderer and web build) at most this many times a blank React page's. */
export const STARTUP_BUDGET_RATIO = 1.1;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export const gzipBytes = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** The scripts index.html loads at once (entry and modulepreloads), raw and gzipped, and all JS under assets/. */
export async function initialJs(dir: string) {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const s of scripts) {
    const buf = await readFile(path.join(dir, s));
    raw += buf.length;
    gzip += gzipBytes(buf);
  }
  const all = (await readdir(path.join(dir, 'assets'))).filter((f) => f.endsWith('.js'));
  let totalRaw = 0;
  for (const f of all) totalRaw += (await readFile(path.join(dir, 'assets', f))).length;
  return { initialJsRawBytes: raw, initialJsGzipBytes: gzip, allJsRawBytes: totalRaw, jsFiles: all.length };
}

/** The blank React page (tests/bench/blank), built like the renderer, in a temporary folder. */
export async function buildBlank(): Promise<string> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'lenses-blank-'));
  await viteBuild({
    root: path.join(projectRoot, 'tests', 'bench', 'blank'),
    base: './',
    logLevel: 'silent',
    configFile: false,
    plugins: [react()],
    build: { outDir: out, emptyOutDir: true, target: 'chrome120', assetsInlineLimit: 0, modulePreload: { polyfill: false } },
  });
  return out;
}

/**
 * Notes, from inside the page, the first animation frame in which its navigation is present (and
 * the first with an article set's card too): the time the page itself reaches them, not when the
 * harness next asks, which after the load event queued behind the app's own calls through the
 * harness's binding (by 15 to 35 ms in traced runs, against about 15 for the blank page).
 */
const READY_WATCH = `(() => {
  const ready = { nav: null, card: null };
  Object.defineProperty(window, '__benchReady', { value: ready });
  const tick = () => {
    const nav = document.querySelector('nav');
    if (ready.nav === null && nav) ready.nav = performance.now();
    if (ready.card === null && nav && document.querySelector('.card')) ready.card = performance.now();
    if ((ready.nav === null || ready.card === null) && performance.now() < 20000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
const watched = new WeakSet<Page>();

/** Milliseconds from navigation start until the page shows its navigation (withContent: and the Library's first set). */
export async function timeToInteractive(page: Page, url: string, blank: boolean, withContent = false): Promise<number> {
  if (!watched.has(page)) {
    await page.addInitScript({ content: READY_WATCH });
    watched.add(page);
  }
  await page.bringToFront(); // background pages get no animation frames
  await page.goto('about:blank');
  await page.goto(url);
  // In-page code is passed as text: tsx would otherwise add helpers the page does not have.
  const which = blank || !withContent ? 'nav' : 'card';
  const ms = (await page.evaluate(`new Promise((resolve, reject) => {
    const check = () => (window.__benchReady.${which} !== null ? resolve(window.__benchReady.${which}) : performance.now() > 20000 ? reject(new Error('the page never became ready')) : requestAnimationFrame(check));
    check();
  })`)) as number;
  // Leave the page, so that what it goes on to do (the Library's sets, code preloaded after its first frame)
  // does not run in the background while the other page is timed: that made the blank page's
  // start up to a third slower, and the ratio look better than it is.
  await page.goto('about:blank');
  return ms;
}
