/**
 * Where the Compare screen's time goes (not part of `npm run bench`; run it by hand after a build:
 * `npx tsx tests/bench/compare-profile.ts`). Visits Compare the way tests/bench/run.ts does, with
 * Chromium's sampling profiler on, and prints: the main-process handler's time, the time the set
 * takes to cross the contract, and the renderer's self time by function and by phase.
 */
import { chromium } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../browser-path';
import { serveWeb } from '../../scripts/serve-web.mjs';
import { contentDir, installLenses, rendererDir } from '../support/lenses-page';
import { createServices } from '../../main/services';
import type { Handlers } from '../../main/ipc/dispatch';
import { round } from './startup';
import { toggleLayer, visitCompare } from './compare-measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), from a CPU profile's samples. */
function selfTimes(profile: Profile): Array<{ name: string; ms: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byId.get(profile.samples[i]!)!;
    const f = node.callFrame;
    const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const name = `${f.functionName || '(anonymous)'} ${where}`.trim();
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...totals].map(([name, ms]) => ({ name, ms: round(ms) })).sort((a, b) => b.ms - a.ms);
}

/** The page's main-thread work in order (ms from the first event), longer pieces only: what the visit waits on. */
function timeline(events: TraceEvent[]): string[] {
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const top = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) > 1500).sort((a, b) => a.ts - b.ts);
  const start = top[0]?.ts ?? 0;
  let end = 0;
  const out: string[] = [];
  for (const e of top) {
    if (e.ts + (e.dur ?? 0) <= end) continue; // nested inside the previous piece
    out.push(`${round((e.ts - start) / 1000)} +${round((e.dur ?? 0) / 1000)} ${e.name}`);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  pid: number;
  tid: number;
}

/** Time on the page's main thread by kind of work (ms): script, style, layout, paint, parsing. */
function phases(events: TraceEvent[]): Record<string, number> {
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const kinds: Record<string, string> = {
    FunctionCall: 'script',
    EvaluateScript: 'script',
    'v8.compile': 'compile',
    'v8.compileModule': 'compile',
    'v8.evaluateModule': 'script',
    TimerFire: 'script',
    FireAnimationFrame: 'script',
    EventDispatch: 'script',
    RunMicrotasks: 'script',
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    Paint: 'paint',
    PrePaint: 'paint',
    Layerize: 'paint',
    ParseHTML: 'parse',
    ResourceReceivedData: 'network',
  };
  const out: Record<string, number> = {};
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    const kind = kinds[e.name];
    if (kind) out[`${kind}:${e.name}`] = round((out[`${kind}:${e.name}`] ?? 0) + e.dur / 1000);
  }
  return out;
}

/** CPU time (ms) of each click's dispatch, and of the style, layout and paint work after the clicks (thread time: what the page itself spends). */
function cpuTimes(events: TraceEvent[]): Record<string, number[]> {
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const of = (name: string, type?: string) =>
    events
      .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === name && (!type || (e as unknown as { args: { data?: { type?: string } } }).args.data?.type === type))
      .map((e) => round(((e as unknown as { tdur?: number }).tdur ?? 0) / 1000));
  return { click: of('EventDispatch', 'click'), style: of('UpdateLayoutTree'), layout: of('Layout'), paint: of('Paint') };
}

async function main() {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lenses-profile-'));
  const services = await createServices({ userDataDir, contentDir, appVersion: 'bench', host: 'test-harness' });
  await services.handlers.createProfile({ name: 'Bench student' });
  await services.handlers.saveResumeState({ ui: { attribution: true, numbers: true, framing: true } });
  const handlerMs: number[] = [];
  const timed: Handlers = {
    ...services.handlers,
    getArticleSet: async (input) => {
      const t0 = performance.now();
      const out = await services.handlers.getArticleSet(input);
      handlerMs.push(round(performance.now() - t0));
      return out;
    },
  };
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const server = await serveWeb({ root: process.env.LENSES_BENCH_RENDERER || rendererDir });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    await installLenses(page, server.origin, () => timed);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.goto(`${server.origin}/index.html#/library`);
    await page.locator('.card').first().waitFor();

    const report: Record<string, unknown> = {};
    for (const which of ['first', 'later']) {
      if (which === 'later') {
        await page.evaluate(`location.hash = '#/library'`);
        await page.locator('.card').first().waitFor();
      }
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const ms = await visitCompare(page);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      report[which] = { visitMs: round(ms), phases: phases(trace.traceEvents), timeline: timeline(trace.traceEvents), topSelf: selfTimes(profile).slice(0, 15) };
    }
    // Thirty layer toggles, timed as run.ts does (the click's synchronous work: React's render and commit).
    await cdp.send('Profiler.start');
    const toggles = await toggleLayer(page);
    const { profile: toggleProfile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    // The same traced: what the frame after each click spends on style and layout, and on how many
    // elements (restyled) and layout objects (laid out again, of all).
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await toggleLayer(page, 10);
    const toggleTrace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const perToggle = (name: string, what: (args: Record<string, { dirtyObjects?: number; totalObjects?: number } | number | undefined>) => string) =>
      toggleTrace.traceEvents.filter((e) => e.name === name && e.ph === 'X').map((e) => what((e as unknown as { args: Parameters<typeof what>[0] }).args));
    report.toggle = {
      ms: toggles.map((t) => round(t)).sort((a, b) => a - b),
      phasesOfTenMs: phases(toggleTrace.traceEvents),
      elementsRestyled: perToggle('UpdateLayoutTree', (a) => String(a.elementCount)),
      objectsLaidOut: perToggle('Layout', (a) => { const d = a.beginData as { dirtyObjects?: number; totalObjects?: number } | undefined; return `${d?.dirtyObjects}/${d?.totalObjects}`; }),
      // The main thread's CPU time (not wall time: a busy machine's other processes do not count), per click and per frame's work.
      cpuMsOfTen: cpuTimes(toggleTrace.traceEvents),
      topSelf: selfTimes(toggleProfile).slice(0, 20),
    };
    // The set crossing the contract alone (the page's own call, the renderer's cache bypassed):
    // as objects (getArticleSet, with exercises) and as Compare's one JSON text, parsed.
    const transfer = (channel: string) =>
      page.evaluate(`(async () => {
        const times = [];
        for (let i = 0; i < 5; i += 1) {
          const t0 = performance.now();
          const r = await window.lenses.${channel}({ id: 'gaza-2023-24' });
          if (r.view) JSON.parse(r.view);
          times.push(Math.round((performance.now() - t0) * 10) / 10);
        }
        return times;
      })()`) as Promise<number[]>;
    report.getArticleSetInPageMs = await transfer('getArticleSet');
    report.getArticleSetHandlerMs = handlerMs;
    report.getCompareViewInPageMs = await transfer('getCompareView');
    report.getArticleSetJsonBytes = JSON.stringify(await services.handlers.getArticleSet({ id: 'gaza-2023-24' })).length;
    report.getCompareViewJsonBytes = (await services.handlers.getCompareView({ id: 'gaza-2023-24' })).view.length;
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    await server.close();
    await services.close();
  }
}

await main();
