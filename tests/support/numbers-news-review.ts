/**
 * A reading list for checking the number rules on real news text (issue 14): for a sample of the
 * PolNeAR article texts (political news, not annotated for numbers) every sentence with a figure
 * in it, each proposed number with its value, hedge, range, direction, unit and counted noun, and
 * every digit or number word left unproposed (marked `?`, or `~` when it looks like a date, a year
 * or a time, which stay out). A person reads it as an annotator would; nothing here is scored.
 *
 *   npx tsx tests/support/numbers-news-review.ts --every 21 --offset 0 > /tmp/sample-a.txt
 *   npx tsx tests/support/numbers-news-review.ts --every 21 --offset 10 > /tmp/sample-b.txt
 *
 * The texts stay outside the repository (../shared/analysis-dev or LENSES_ANALYSIS_DEV); the
 * listing is for reading, never for copying into fixtures. Dev tooling.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../content/analysis/index';
import type { NumberSpan } from '../../content/analysis/index';
import { NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS, ORDINALS } from '../../content/analysis/lexicon';
import { tokenizeText } from '../../content/analysis/tokens';
import { analysisDevDir } from './analysis-eval';

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/u;

function numberLike(lower: string): boolean {
  if (/\d/u.test(lower)) return true;
  const head = lower.split('-')[0]!;
  return NUMBER_UNITS.has(head) || NUMBER_TENS.has(head) || NUMBER_SCALES.has(lower) || ORDINALS.has(lower) || /^(?:half|quarter|thirds?|dozens?)$/u.test(lower);
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const every = arg('--every', 21);
  const offset = arg('--offset', 0);
  const dir = path.join(analysisDevDir(), 'polnear', 'train', 'text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().filter((_, n) => n % every === offset);
  let proposed = 0;
  let unproposed = 0;
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const spans = analyzeText(text, { kinds: ['number'] }).spans as NumberSpan[];
    const { tokens, sentences } = tokenizeText(text);
    console.log(`\n#### ${file}`);
    for (const s of sentences) {
      const from = tokens[s.start]!.start;
      const to = tokens[s.end - 1]!.end;
      const inside = spans.filter((n) => n.start >= from && n.start < to);
      const loose: string[] = [];
      for (let k = s.start; k < s.end; k += 1) {
        const t = tokens[k]!;
        if (!numberLike(t.lower) || spans.some((n) => t.start >= n.start && t.end <= n.end)) continue;
        const prev = tokens[k - 1]?.lower ?? '';
        const next = tokens[k + 1]?.lower ?? '';
        const dateLike = /^(?:1[89]|20)\d\d$/u.test(t.text) || MONTHS.test(prev) || MONTHS.test(next) || /^\d{1,2}:\d\d$/u.test(t.text) || /^(?:a\.m\.|p\.m\.)$/u.test(next) || /^(?:19|20)\d\ds$/u.test(t.lower);
        loose.push(`${dateLike ? '~' : '?'}${t.text}`);
        if (!dateLike) unproposed += 1;
      }
      if (inside.length === 0 && loose.every((l) => l.startsWith('~'))) continue;
      console.log(`\n> ${text.slice(from, to).replace(/\s+/gu, ' ')}`);
      for (const n of inside) {
        proposed += 1;
        const details = [`v=${n.value}`, n.hedge !== 'none' ? `h=${n.hedge}` : '', n.range ? `r=${n.range.join('..')}` : '', n.direction ? `d=${n.direction}` : '', n.unit ? `u=${n.unit}` : '', n.counted && n.counted !== n.unit ? `c=${n.counted}` : ''].filter(Boolean);
        console.log(`  [${n.text}] ${details.join(' ')}`);
      }
      if (loose.length > 0) console.log(`  not proposed: ${loose.join(' ')}`);
    }
  }
  console.log(`\n${files.length} articles, ${proposed} numbers proposed, ${unproposed} number-like words not proposed (not date-like)`);
}

main();
