/**
 * `npm run bench`: speed and size figures, printed as JSON. Targets live here, never in tests.
 * Needs a build (npm run bench builds first) and Chromium (same lookup as the browser tests).
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../browser-path';
import { serveStatic } from '../support/static-server';
import { contentDir, installLenses, rendererDir } from '../support/lenses-page';
import { STARTUP_BUDGET_RATIO, buildBlank, initialJs, median, p95, round, timeToInteractive } from './startup';
import { createServices } from '../../main/services';

async function main() {
  const results: Record<string, unknown> = { machine: { cpus: os.cpus().length, node: process.version } };
  results.renderer = await initialJs(rendererDir);
  const blankDir = await buildBlank();
  results.blankReactPage = await initialJs(blankDir);

  const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const appServer = await serveStatic(rendererDir);
  const blankServer = await serveStatic(blankDir);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lenses-bench-'));
  const services = await createServices({ userDataDir, contentDir, appVersion: 'bench', host: 'test-harness' });
  // A signed-in student, as in class: the shell opens straight on the Library.
  await services.handlers.createProfile({ name: 'Bench student' });
  // Compare is measured with every layer on (a new student starts with one).
  await services.handlers.saveResumeState({ ui: { attribution: true, numbers: true, framing: true } });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const appPage = await context.newPage();
    await installLenses(appPage, appServer.origin, () => services.handlers);
    const blankPage = await context.newPage();
    // The blank page gets the same preload stand-in, so the ratio compares the renderers alone.
    await installLenses(blankPage, blankServer.origin, () => services.handlers);
    // Warm both (disk cache, JIT), then alternate runs.
    await timeToInteractive(appPage, `${appServer.origin}/index.html#/library`, false);
    await timeToInteractive(blankPage, `${blankServer.origin}/index.html`, true);
    const app: number[] = [];
    const blank: number[] = [];
    const library: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      app.push(await timeToInteractive(appPage, `${appServer.origin}/index.html#/library`, false));
      blank.push(await timeToInteractive(blankPage, `${blankServer.origin}/index.html`, true));
      library.push(await timeToInteractive(appPage, `${appServer.origin}/index.html#/library`, false, true));
    }
    results.startup = {
      appShellInteractiveMs: round(median(app)),
      blankReactPageMs: round(median(blank)),
      ratio: round(median(app) / median(blank)),
      libraryWithSetsVisibleMs: round(median(library)),
      runs: app.length,
      // Issue 15's budget: the first interactive screen at a blank React page's pace.
      budget: { ratio: STARTUP_BUDGET_RATIO, met: median(app) / median(blank) <= STARTUP_BUDGET_RATIO },
    };

    // Compare screen: all five articles, all layers on. The first visit includes loading the set
    // from main; later visits use the renderer's copy, so they measure rendering alone.
    await appPage.bringToFront();
    const renderTimes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      if (i === 0) await appPage.goto(`${appServer.origin}/index.html#/library`);
      else await appPage.evaluate(`location.hash = '#/library'`);
      await appPage.locator('.card').first().waitFor();
      renderTimes.push(
        (await appPage.evaluate(`new Promise((resolve) => {
          const t0 = performance.now();
          location.hash = '#/compare/gaza-2023-24';
          const check = () =>
            document.querySelectorAll('.article-column').length === 5 && document.querySelectorAll('mark.hl').length > 0
              ? requestAnimationFrame(() => resolve(performance.now() - t0))
              : requestAnimationFrame(check);
          check();
        })`)) as number,
      );
    }
    const marks = await appPage.locator('mark.hl').count();
    // React flushes discrete events (a click) synchronously, so the time around click() includes the re-render.
    const toggles = (await appPage.evaluate(`(async () => {
      const box = [...document.querySelectorAll('.layer-controls input[type=checkbox]')][1];
      const times = [];
      for (let i = 0; i < 30; i += 1) {
        const t0 = performance.now();
        box.click();
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      return times;
    })()`)) as number[];
    results.compare = {
      renderAllFiveAllLayersMs: { firstVisitWithLoad: round(renderTimes[0]!), laterVisitsMedian: round(median(renderTimes.slice(1))), runs: renderTimes.length },
      highlightMarks: marks,
      toggleOneLayerMs: { median: round(median(toggles)), p95: round(p95(toggles)), runs: toggles.length, target: 'under 16 ms' },
    };
    await context.close();
  } finally {
    await browser.close();
    await appServer.close();
    await blankServer.close();
    await services.close();
  }
  console.log(JSON.stringify(results, null, 2));
}

await main();
