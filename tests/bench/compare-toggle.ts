/**
 * Layer toggles alone, of one or more builds, alternately in the same conditions (not part of
 * `npm run bench`; run it by hand after a build):
 *   npx tsx tests/bench/compare-toggle.ts [rendererDir...] [--rounds=5] [--toggles=120] [--trace]
 * With no folder it measures dist/renderer. Each build gets its own page, at Compare with every text
 * drawn; rounds of switches are timed as run.ts times them (compare-measure.ts toggleLayer), the
 * builds taking turns round by round, so a busy machine weighs on all of them alike. It prints each
 * build's median, p95 and worst switch over all rounds and per round. With --trace, one more round
 * per build is traced: each click's wall and main-thread time, and what ran inside the click
 * (style, layout, garbage collection…), summed over the round and for its slowest clicks.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../browser-path';
import { serveWeb } from '../../scripts/serve-web.mjs';
import { contentDir, installLenses, rendererDir as builtRenderer } from '../support/lenses-page';
import { createServices } from '../../main/services';
import { median, p95, round } from './startup';
import { toggleLayer, visitCompare } from './compare-measure';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

const options = process.argv.slice(2).filter((a) => a.startsWith('--'));
const option = (name: string, fallback: number) => Number(options.find((o) => o.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push(builtRenderer);
const ROUNDS = option('rounds', 5);
const TOGGLES = option('toggles', 120);

/** Per click of a traced round: wall and thread time, and the time of each kind of event nested in it. */
function clicksOf(events: TraceEvent[]) {
  // The traced page's main thread: the one that dispatched the clicks (each build's page may have a renderer of its own).
  const main = events.find((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'click');
  const own = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const clicks = own.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  return clicks.map((c) => {
    const inside: Record<string, number> = {};
    for (const e of own) {
      if (e === c || e.ts < c.ts || e.ts + e.dur! > c.ts + c.dur!) continue;
      inside[e.name] = round((inside[e.name] ?? 0) + e.dur! / 1000);
    }
    return { wallMs: round(c.dur! / 1000), threadMs: round((c.tdur ?? 0) / 1000), inside };
  });
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** The samples taken inside the clicks (under HTMLElement.click): self and total time by function (ms). */
function inClicks(profile: Profile) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'}${f.url ? ` ${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const stack: number[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) stack.push(id);
    if (!stack.some((id) => byId.get(id)!.callFrame.functionName === 'click')) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    all += ms;
    self.set(name(stack[0]!), (self.get(name(stack[0]!)) ?? 0) + ms);
    for (const n of new Set(stack.map(name))) total.set(n, (total.get(n) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => `${round(ms)} ${n}`);
  return { inClicksMs: round(all), self: top(self, 25), total: top(total, 40) };
}

async function main() {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lenses-toggle-'));
  const services = await createServices({ userDataDir, contentDir, appVersion: 'bench', host: 'test-harness' });
  await services.handlers.createProfile({ name: 'Bench student' });
  await services.handlers.saveResumeState({ ui: { attribution: true, numbers: true, framing: true } });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const servers = await Promise.all(dirs.map((root) => serveWeb({ root })));
  try {
    const pages: Page[] = [];
    for (const server of servers) {
      const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
      await installLenses(page, server.origin, () => services.handlers);
      await page.goto(`${server.origin}/index.html#/library`);
      await page.locator('.card').first().waitFor();
      await visitCompare(page);
      await page.locator('.column-body[aria-busy]').first().waitFor({ state: 'detached' });
      await toggleLayer(page, 20); // warm up
      pages.push(page);
    }
    const all: number[][] = dirs.map(() => []);
    const rounds: string[][] = dirs.map(() => []);
    for (let r = 0; r < ROUNDS; r += 1) {
      for (let i = 0; i < pages.length; i += 1) {
        await pages[i]!.bringToFront();
        const ms = await toggleLayer(pages[i]!, TOGGLES);
        all[i]!.push(...ms);
        rounds[i]!.push(`p50 ${round(median(ms))} p95 ${round(p95(ms))} max ${round(Math.max(...ms))}`);
      }
    }
    const report: Record<string, unknown> = {};
    for (let i = 0; i < dirs.length; i += 1) {
      const ms = all[i]!;
      report[dirs[i]!] = { toggles: ms.length, medianMs: round(median(ms)), p95Ms: round(p95(ms)), maxMs: round(Math.max(...ms)), rounds: rounds[i] };
    }
    if (options.includes('--trace')) {
      for (let i = 0; i < pages.length; i += 1) {
        await pages[i]!.bringToFront();
        await browser.startTracing(pages[i]!, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'blink'] });
        await toggleLayer(pages[i]!, TOGGLES);
        const traced = await browser.stopTracing();
        if (process.env.LENSES_TOGGLE_TRACE_DIR) await writeFile(path.join(process.env.LENSES_TOGGLE_TRACE_DIR, `toggle-trace-${i}.json`), traced);
        const trace = JSON.parse(traced.toString('utf8')) as { traceEvents: TraceEvent[] };
        const clicks = clicksOf(trace.traceEvents);
        const total: Record<string, number> = {};
        for (const c of clicks) for (const [k, v] of Object.entries(c.inside)) total[k] = round((total[k] ?? 0) + v);
        const slowest = [...clicks].sort((a, b) => b.wallMs - a.wallMs).slice(0, 6);
        report[`${dirs[i]} traced`] = {
          wallP50: round(median(clicks.map((c) => c.wallMs))),
          wallP95: round(p95(clicks.map((c) => c.wallMs))),
          threadP50: round(median(clicks.map((c) => c.threadMs))),
          threadP95: round(p95(clicks.map((c) => c.threadMs))),
          insideAllClicksMs: Object.fromEntries(Object.entries(total).sort((a, b) => b[1] - a[1]).slice(0, 25)),
          slowest,
        };
      }
    }
    if (options.includes('--profile')) {
      for (let i = 0; i < pages.length; i += 1) {
        await pages[i]!.bringToFront();
        const cdp = await pages[i]!.context().newCDPSession(pages[i]!);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        await toggleLayer(pages[i]!, TOGGLES);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        report[`${dirs[i]} profiled`] = inClicks(profile);
      }
    }
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    await services.close();
  }
}

await main();
