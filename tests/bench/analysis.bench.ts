/**
 * Speed of the automatic analyser, printed as JSON:
 *   npx tsx tests/bench/analysis.bench.ts
 * Texts are built from the analysis fixtures: ~1,000 words (median of many runs, reported per
 * 1,000 words) and ~50,000 words (median of a few runs), plus how the per-word cost grows.
 * The analyser is timed as the app runs it: bundled by esbuild into one module; its size is printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { analyzeText as AnalyzeText } from '../../content/analysis/index';

const bundled = await build({ entryPoints: [path.resolve('content/analysis/index.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, minify: true });
const bundleFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'lenses-analysis-bench-')), 'analysis.mjs');
writeFileSync(bundleFile, bundled.outputFiles[0]!.contents);
const { analyzeText } = (await import(pathToFileURL(bundleFile).href)) as { analyzeText: typeof AnalyzeText };
const bundleBytes = bundled.outputFiles[0]!.contents.length;

const dirs = ['tests/fixtures/analysis', 'tests/fixtures/analysis/holdout'].map((d) => path.resolve(d));
const paragraphs = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(d, f), 'utf8').split(/\n\s*\n/u)),
);
const countWords = (t: string) => t.split(/\s+/u).filter(Boolean).length;

function textOf(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i += 1) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    n += countWords(p);
  }
  return out.join('\n\n');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function time(text: string, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i += 1) analyzeText(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    analyzeText(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const small = textOf(1000);
const medium = textOf(10_000);
const large = textOf(50_000);
const smallWords = countWords(small);
const mediumWords = countWords(medium);
const largeWords = countWords(large);
const smallMs = time(small, 100, 30);
const mediumMs = time(medium, 15, 3);
const largeMs = time(large, 9, 2);
const perThousandSmall = (smallMs / smallWords) * 1000;
const perThousandMedium = (mediumMs / mediumWords) * 1000;
const perThousandLarge = (largeMs / largeWords) * 1000;
console.log(
  JSON.stringify(
    {
      node: process.version,
      cpus: os.cpus().length,
      analyserBundleKb: round(bundleBytes / 1024, 1),
      smallText: { words: smallWords, medianMs: round(smallMs), msPer1000Words: round(perThousandSmall) },
      mediumText: { words: mediumWords, medianMs: round(mediumMs), msPer1000Words: round(perThousandMedium) },
      largeText: { words: largeWords, medianMs: round(largeMs), msPer1000Words: round(perThousandLarge) },
      growthRatio: round(perThousandLarge / perThousandSmall),
      growthRatio10kTo50k: round(perThousandLarge / perThousandMedium),
      growthNote: 'per-1,000-word time on the larger text divided by that on the smaller one; 1 means linear (run-to-run noise on a 2-core machine is about ±0.4)',
      target: { msPer1000Words: 10 },
    },
    null,
    1,
  ),
);
