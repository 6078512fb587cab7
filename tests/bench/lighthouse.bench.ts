/**
 * `npm run bench` (web app part): Lighthouse 12, desktop preset, against the web build as
 * `npm run start:web` serves it (scripts/serve-web.mjs, 127.0.0.1 only), in Chromium found as the
 * browser tests find it (LENSES_CHROMIUM, CHROME_PATH, then /usr/bin/chromium). Prints the four
 * category scores beside the budget (100 each) and every audit that kept a category below it.
 * Needs `npm run build:web` (npm run bench builds it). No network: the page and all it loads are local.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serveWeb } from '../../scripts/serve-web.mjs';
import { findChromium } from '../browser-path';
import { projectRoot } from '../support/lenses-page';

const webDir = path.join(projectRoot, 'dist', 'web');
const reportFile = path.join(projectRoot, 'test-results', 'lighthouse', 'web-desktop.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BUDGET = 100;

interface AuditResult {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}

async function main() {
  if (!existsSync(path.join(webDir, 'sw.js'))) throw new Error('There is no web build in dist/web: run "npm run build:web" first.');
  const server = await serveWeb({ root: webDir });
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, desktopConfig);
    if (!result) throw new Error('Lighthouse returned no result.');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load the page: ${lhr.runtimeError.message}`);
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, JSON.stringify(lhr, null, 2));

    const scores: Record<string, { score: number | null; budget: number; met: boolean; belowPerfect: string[] }> = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      if (!category) throw new Error(`Lighthouse has no "${id}" category.`);
      const score = category.score === null ? null : Math.round(category.score * 100);
      // The audits that count towards this category and did not pass in full.
      const belowPerfect = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id] as AuditResult | undefined)
        .filter((audit): audit is AuditResult => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} — ${Math.round((audit.score ?? 0) * 100)}`);
      scores[id] = { score, budget: BUDGET, met: score === BUDGET, belowPerfect };
    }
    console.log(
      JSON.stringify(
        {
          benchmark: 'lighthouse',
          lighthouse: lhr.lighthouseVersion,
          preset: 'desktop',
          url: lhr.finalDisplayedUrl,
          browser: lhr.environment.hostUserAgent,
          cpus: os.cpus().length,
          loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
          scores,
          met: Object.values(scores).every((s) => s.met),
          report: path.relative(projectRoot, reportFile),
        },
        null,
        2,
      ),
    );
  } finally {
    chrome.kill();
    await server.close();
  }
}

await main();
