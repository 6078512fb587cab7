/**
 * Exact-span precision, recall and F1 per kind for the automatic analyser, over the hand-annotated
 * fixtures (tests/fixtures/analysis) and over the seed set's human annotations.
 *
 *   npx tsx tests/support/analysis-eval.ts            # fixtures, held-out fixtures and seed set, as JSON
 *   npx tsx tests/support/analysis-eval.ts --holdout  # one of them (--fixtures, --holdout, --seed)
 *   npx tsx tests/support/analysis-eval.ts --errors   # also list misses and false alarms
 *   npm run -s eval:analysis                          # PolNeAR train and dev, number specifications (../shared/analysis-dev)
 *   npx tsx tests/support/analysis-eval.ts --dev --errors   # one of them: --train, --dev, --numbers
 *   npx tsx tests/support/analysis-eval.ts --train --groups # misses and false alarms grouped by text, commonest first
 *   npx tsx tests/support/analysis-eval.ts --numbers --causes   # the number specifications' wrong cases, grouped by rough cause
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../../content/analysis/index';
import type { NumberSpan, SpanKind } from '../../content/analysis/index';
import { resolveAnchor } from '../../content/logic/anchors';
import type { Anchor, ArticleSet } from '../../content/schema/article-set';
import { HOLDOUT_DIR, loadFixtures } from './analysis-fixtures';

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

interface Gold {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
}

export interface DocumentResult {
  name: string;
  missed: Gold[];
  extra: Gold[];
}

export interface EvalReport {
  perKind: Partial<Record<SpanKind, KindScore>>;
  /** Lenient view for diagnosis: a prediction counts when it overlaps an unmatched gold span of its kind. */
  perKindOverlap: Partial<Record<SpanKind, KindScore>>;
  documents: DocumentResult[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function finish(c: { tp: number; fp: number; fn: number }): KindScore {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Score predicted spans against gold spans for the given kinds (exact start and end). */
export function evaluate(docs: Array<{ name: string; text: string; gold: Gold[] }>, kinds: readonly SpanKind[], predict: (text: string, kinds: readonly SpanKind[]) => Gold[] = (text, k) => analyzeText(text).spans.filter((s) => k.includes(s.kind))): EvalReport {
  const counts = new Map<SpanKind, { tp: number; fp: number; fn: number }>(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const overlap = new Map<SpanKind, { tp: number; fp: number; fn: number }>(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const documents: DocumentResult[] = [];
  for (const doc of docs) {
    const predicted = predict(doc.text, kinds);
    const key = (s: { kind: string; start: number; end: number }) => `${s.kind}:${s.start}:${s.end}`;
    const goldKeys = new Set(doc.gold.map(key));
    const predKeys = new Set(predicted.map(key));
    const missed = doc.gold.filter((g) => !predKeys.has(key(g)));
    const extra = predicted.filter((p) => !goldKeys.has(key(p))).map((p) => ({ kind: p.kind, start: p.start, end: p.end, text: p.text }));
    for (const k of kinds) {
      const c = counts.get(k)!;
      const g = new Set(doc.gold.filter((s) => s.kind === k).map(key));
      const p = new Set(predicted.filter((s) => s.kind === k).map(key));
      for (const x of p) {
        if (g.has(x)) c.tp += 1;
        else c.fp += 1;
      }
      for (const x of g) if (!p.has(x)) c.fn += 1;
    }
    for (const k of kinds) {
      const c = overlap.get(k)!;
      const gold = doc.gold.filter((s) => s.kind === k);
      const used = new Set<number>();
      for (const p of predicted.filter((s) => s.kind === k)) {
        const g = gold.findIndex((x, n) => !used.has(n) && x.start < p.end && p.start < x.end);
        if (g === -1) c.fp += 1;
        else {
          used.add(g);
          c.tp += 1;
        }
      }
      c.fn += gold.length - used.size;
    }
    documents.push({ name: doc.name, missed, extra });
  }
  const perKind: Partial<Record<SpanKind, KindScore>> = {};
  for (const [k, c] of counts) perKind[k] = finish(c);
  const perKindOverlap: Partial<Record<SpanKind, KindScore>> = {};
  for (const [k, c] of overlap) perKindOverlap[k] = finish(c);
  return { perKind, perKindOverlap, documents };
}

export const ALL_KINDS: readonly SpanKind[] = ['attribution-cue', 'attribution-source', 'quote', 'number', 'framing'];

export function evaluateFixtures(dir?: string): EvalReport {
  const docs = loadFixtures(dir).map((f) => ({ name: f.name, text: f.text, gold: f.spans }));
  return evaluate(docs, ALL_KINDS);
}

export function evaluateHoldout(): EvalReport {
  return evaluateFixtures(HOLDOUT_DIR);
}

/** The seed set's articles as texts (blocks joined by blank lines) with their annotations as gold spans. */
export function seedSetDocuments(setDir = path.resolve(import.meta.dirname, '../../content/sets/gaza-2023-24')): Array<{ name: string; text: string; gold: Gold[] }> {
  const set = JSON.parse(readFileSync(path.join(setDir, 'set.json'), 'utf8')) as ArticleSet;
  return set.articles.map((article) => {
    const offsets = new Map<string, number>();
    let at = 0;
    for (const b of article.blocks) {
      offsets.set(b.id, at);
      at += b.text.length + 2;
    }
    const text = article.blocks.map((b) => b.text).join('\n\n');
    const gold: Gold[] = [];
    const add = (kind: SpanKind, anchor: Anchor | undefined) => {
      if (!anchor) return;
      const r = resolveAnchor(article, anchor);
      if (!r.ok) throw new Error(`${article.id}: ${r.reason}`);
      const start = offsets.get(r.span.block)! + r.span.start;
      const end = offsets.get(r.span.block)! + r.span.end;
      if (!gold.some((g) => g.kind === kind && g.start === start && g.end === end)) gold.push({ kind, start, end, text: text.slice(start, end) });
    };
    for (const a of article.annotations) {
      if (a.kind === 'attribution') {
        add('attribution-cue', a.cue);
        add('attribution-source', a.source);
      } else if (a.kind === 'number') {
        add('number', a.figure);
      } else {
        add('framing', a.span);
      }
    }
    return { name: article.id, text, gold };
  });
}

export function evaluateSeedSet(): EvalReport {
  return evaluate(seedSetDocuments(), ['attribution-cue', 'attribution-source', 'number', 'framing']);
}

// ---------------------------------------------------------------------------------------------
// Development data outside the repository (../shared/analysis-dev, or LENSES_ANALYSIS_DEV):
// PolNeAR (attribution) and the number specifications of Recognizers-Text and quantulum3.
// Never part of `npm test`: `npm run eval:analysis` prints the figures.

/** Where the development data lives: LENSES_ANALYSIS_DEV, else shared/analysis-dev beside the checkout or one folder above it (a worktree in a folder of worktrees). */
export function analysisDevDir(): string {
  if (process.env.LENSES_ANALYSIS_DEV) return process.env.LENSES_ANALYSIS_DEV;
  const beside = path.resolve(import.meta.dirname, '../../../shared/analysis-dev');
  return existsSync(beside) ? beside : path.resolve(import.meta.dirname, '../../../../shared/analysis-dev');
}

/** Trim white space and punctuation off both ends of a span; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s\p{P}\p{S}]/u.test(text.charAt(s))) s += 1;
  while (e > s && /[\s\p{P}\p{S}]/u.test(text.charAt(e - 1))) e -= 1;
  return e > s ? { start: s, end: e } : null;
}

/** One PolNeAR annotation file: its text and its distinct trimmed Cue and Source spans. */
export function readPolnear(split: 'train' | 'dev', dir = path.join(analysisDevDir(), 'polnear')): Array<{ name: string; text: string; gold: Gold[] }> {
  const annDir = path.join(dir, split, 'attributions');
  const textDir = path.join(dir, split, 'text');
  return readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => {
      const article = f.replace(/_[^_]+\.ann$/u, '');
      const text = readFileSync(path.join(textDir, `${article}.txt`), 'utf8');
      const gold: Gold[] = [];
      const seen = new Set<string>();
      for (const line of readFileSync(path.join(annDir, f), 'utf8').split('\n')) {
        const [id, info] = line.split('\t');
        if (!id?.startsWith('T') || !info) continue;
        const m = /^(Cue|Source) (.+)$/u.exec(info);
        if (!m) continue;
        const kind: SpanKind = m[1] === 'Cue' ? 'attribution-cue' : 'attribution-source';
        // A span in several fragments ("said … in a statement") is scored by its outer edges.
        const bounds = m[2]!.split(';').flatMap((frag) => frag.trim().split(' ').map(Number));
        const t = trimSpan(text, Math.min(...bounds), Math.max(...bounds));
        if (!t) continue;
        const key = `${kind}:${t.start}:${t.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        gold.push({ kind, ...t, text: text.slice(t.start, t.end) });
      }
      return { name: f.replace(/\.ann$/u, ''), text, gold };
    });
}

/** Predicted spans trimmed the same way as the gold before comparison. */
function trimmedPredictions(text: string, kinds: readonly SpanKind[]): Gold[] {
  const out: Gold[] = [];
  for (const s of analyzeText(text).spans) {
    if (!kinds.includes(s.kind)) continue;
    const t = trimSpan(text, s.start, s.end);
    if (t) out.push({ kind: s.kind, ...t, text: text.slice(t.start, t.end) });
  }
  return out;
}

export function evaluatePolnear(split: 'train' | 'dev', dir?: string): EvalReport {
  return evaluate(readPolnear(split, dir), ['attribution-cue', 'attribution-source'], trimmedPredictions);
}

interface RecognizerCase {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; TypeName: string; Resolution?: { value?: string }; Start: number; End: number }>;
}

interface NumberGold {
  value: number;
  /** For ranges and open intervals: the hedge or the other end that must come with the value; 'any' where the specification marks none. */
  detail: string;
}

const rangeDetail = (low: number, high: number) => `range:${Number(low.toPrecision(12))}:${Number(high.toPrecision(12))}`;

/** "(20,35]" -> [20..35]; "(20,)" -> more-than 20; "[20,)" -> at-least 20; "(,30)" / "(,30]" -> up-to 30; "[20,20]" is the figure itself. */
function intervalGold(v: string): NumberGold[] | null {
  const m = /^([[(])([^,]*),([^\])]*)([\])])$/u.exec(v);
  if (!m) return null;
  const low = m[2] === '' ? null : Number(m[2]);
  const high = m[3] === '' ? null : Number(m[3]);
  if (low !== null && high !== null) return [{ value: low, detail: low === high ? 'none' : rangeDetail(low, high) }];
  if (low !== null) return [{ value: low, detail: m[1] === '(' ? 'more-than' : 'at-least' }];
  if (high !== null) return [{ value: high, detail: 'up-to' }];
  return null;
}

/**
 * Why a figure the specifications expect is out by issue 14's rules (dates, times, years and
 * identifiers stay out), or null. Read from the figure's text and its neighbours, not from a list:
 * a year after "in" or before "s" ("in 1989", "the 1970s"), a figure in a date (3/14/2021), an IP
 * address or a phone number, and a number naming something ("Apollo 11", "MH-17", "a4 300").
 */
export function outOfScopeFigure(input: string, start: number, end: number): string | null {
  const figure = input.slice(start, end);
  let from = start;
  let to = end;
  while (from > 0 && !/\s/u.test(input.charAt(from - 1))) from -= 1;
  while (to < input.length && !/\s/u.test(input.charAt(to))) to += 1;
  const chunk = input.slice(from, to).replace(/[.,;:!?)]+$/u, '');
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/u.test(chunk)) return 'date';
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/u.test(chunk)) return 'identifier (IP address)';
  if (/^\+\d+(?:[-/]\d+){2,}$/u.test(chunk)) return 'identifier (phone number)';
  const before = input.slice(0, start);
  if (/^(?:1[89]\d\d|20\d\d)$/u.test(figure) && (/\b(?:in|since|of the)\s+$/iu.test(before) || input.charAt(end) === 's')) return 'year';
  if (/^\d+$/u.test(figure)) {
    if (/\b\p{Lu}{2,}-$/u.test(before)) return 'identifier (code)';
    const word = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}]+) $/u.exec(before);
    const sentenceStart = word !== null && /(?:^|[.!?]\s*)$/u.test(before.slice(0, before.length - word[1]!.length - 1));
    if (word && !sentenceStart && (/^\p{Lu}\p{Ll}+$/u.test(word[1]!) || /^\p{L}+\d+$/u.test(word[1]!))) return 'identifier (name and number)';
  }
  return null;
}

const HEDGE_CLASS: Record<string, string> = { 'more-than': 'more-than', over: 'more-than', 'at-least': 'at-least', 'up-to': 'up-to', nearly: 'up-to' };

/** A case the analyser got wrong: what it missed and what it added, by value and by value with detail. */
export interface NumberCaseError {
  source: string;
  input: string;
  line: string;
  missed: number;
  extra: number;
  missedDetail: number;
  extraDetail: number;
}

/**
 * A rough cause for a wrong case, read from its input (first match wins), to group the misses:
 * `npx tsx tests/support/analysis-eval.ts --numbers --causes`. Dev tooling: the order matters.
 */
const NUMBER_CAUSES: ReadonlyArray<[string, RegExp]> = [
  ['url, ip, phone, date', /https?:|\d+\.\d+\.\d+\.\d|\+\d-\d|\d\/\d+\/\d{4}/u],
  ['exponent', /\d\s?[x×]\s?\d+\^|\d\^|\de[+\-−]?\d|×10/u],
  ['comparison symbols', /[<>=]/u],
  ['fraction in digits', /\d\/\d|[½⅓⅔¼¾⅕⅙⅛]/u],
  ['"over", "out of", "in" as a fraction', /\b(?:over|out of)\b.*\d|\b(?:one|two|\d+)\s+(?:over|out of|in)\s+(?:\d|one|two|three|five|twenty)/iu],
  ['fraction or ordinal word', /\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|trillionths?|thirtieth|firsts?|twenty-?fifths?)\b/iu],
  ['lakh, crore', /\b(?:lakh|crore)\b/iu],
  ['dozen', /\bdo?z/iu],
  ['scale letters', /\d(?:k|m|b|g|t|mm|bn|bln|tln|mil)\b|\d\s(?:[kKMBGT]|bln|tln)\b/u],
  ['digits grouped by spaces', /\d \d{3}\b/u],
  ['digits with scale words', /\d\s+(?:hundred|thousand)/iu],
  ['range', /\bbetween\b|\bfrom\b.*\bto\b|\d\s*(?:to|through|-|–|~)\s*-?\d|\d-\s*to/iu],
  ['comparison words', /\b(?:than|above|below|over|under|at most|at least|exceed\w*|surpass|equals?|equaling|or more|or less)\b/iu],
  ['negative', /\bminus\b|\bnegative\b|(?:^|\s|\()-\s?\d|\(\$/iu],
  ['unit glued to digits', /\d(?:ml|km|cl|kg|lbs|ga|cds)\b/iu],
];

function numberCause(input: string): string {
  for (const [name, re] of NUMBER_CAUSES) if (re.test(input)) return name;
  return 'other';
}

/** The wrong cases grouped by rough cause, largest first: counts of value misses and false alarms, and with detail. */
export function numberErrorGroups(errors: readonly NumberCaseError[]): Array<{ cause: string; cases: number; missed: number; extra: number; missedDetail: number; extraDetail: number; lines: string[] }> {
  const groups = new Map<string, { cause: string; cases: number; missed: number; extra: number; missedDetail: number; extraDetail: number; lines: string[] }>();
  for (const e of errors) {
    const cause = numberCause(e.input);
    const g = groups.get(cause) ?? { cause, cases: 0, missed: 0, extra: 0, missedDetail: 0, extraDetail: 0, lines: [] };
    g.cases += 1;
    g.missed += e.missed;
    g.extra += e.extra;
    g.missedDetail += e.missedDetail;
    g.extraDetail += e.extraDetail;
    g.lines.push(`[${e.source}] ${e.line}`);
    groups.set(cause, g);
  }
  return [...groups.values()].sort((a, b) => b.missed + b.extra + b.missedDetail + b.extraDetail - (a.missed + a.extra + a.missedDetail + a.extraDetail));
}

/** Value F1 (every figure's value) and value+detail F1 (value with its range, hedge or direction) over the number specifications. */
export function evaluateNumberSpecs(dir = path.join(analysisDevDir(), 'numbers')): { value: KindScore; valueWithDetail: KindScore; cases: number; errors: NumberCaseError[]; skipped: string[] } {
  const cases: Array<{ input: string; gold: NumberGold[]; source: string }> = [];
  const skipped: string[] = [];
  /** Gold figures out of scope by the issue's rules are left out of the score (and listed). */
  const inScope = (input: string, start: number, end: number) => {
    const why = start < 0 ? null : outOfScopeFigure(input, start, end);
    if (why) skipped.push(`${why}: ${JSON.stringify(input.slice(start, end))} in ${JSON.stringify(input.length > 80 ? `${input.slice(0, 80)}…` : input)}`);
    return why === null;
  };
  const load = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RecognizerCase[];
  for (const c of load('Recognizers-Text-English-NumberModel.json')) {
    const gold = c.Results.filter((r) => r.Resolution?.value !== undefined && Number.isFinite(Number(r.Resolution.value)) && inScope(c.Input, r.Start, r.End + 1)).map((r) => ({ value: Number(r.Resolution!.value), detail: 'any' }));
    cases.push({ input: c.Input, gold, source: 'number' });
  }
  for (const c of load('Recognizers-Text-English-PercentModel.json')) {
    const gold = c.Results.filter((r) => inScope(c.Input, r.Start, r.End + 1)).map((r) => ({ value: Number((r.Resolution?.value ?? '').replace(/%$/u, '')), detail: 'any' })).filter((g) => Number.isFinite(g.value));
    cases.push({ input: c.Input, gold, source: 'percent' });
  }
  for (const c of load('Recognizers-Text-English-NumberRangeModel.json')) {
    const gold = c.Results.filter((r) => inScope(c.Input, r.Start, r.End + 1)).flatMap((r) => intervalGold(r.Resolution?.value ?? '') ?? []);
    cases.push({ input: c.Input, gold, source: 'range' });
  }
  // quantulum3 writes a range as its middle with an uncertainty of half its width ("2 to 3 kg" is
  // 2.5 ± 0.5): here it becomes the range [2, 3] (a "±" stays a figure); its values are counted in
  // their unit, so "a dozen" is 1 dozen: here 12. It marks no hedges.
  const quantities = JSON.parse(readFileSync(path.join(dir, 'quantulum3-quantities.json'), 'utf8')) as Array<{ req: string; res: Array<{ value: number; surface?: string; unit?: string; uncertainty?: number | null }> }>;
  for (const q of quantities) {
    let at = 0;
    const gold: NumberGold[] = [];
    for (const r of q.res) {
      const start = r.surface ? q.req.indexOf(r.surface, at) : -1;
      if (start >= 0) at = start + r.surface!.length;
      if (!inScope(q.req, start, start + (r.surface?.length ?? 0))) continue;
      if (r.uncertainty && !/±|\+\/-/u.test(r.surface ?? '')) gold.push({ value: r.value - r.uncertainty, detail: rangeDetail(r.value - r.uncertainty, r.value + r.uncertainty) });
      else gold.push({ value: r.unit === 'dozen' ? r.value * 12 : r.value, detail: 'any' });
    }
    cases.push({ input: q.req, gold, source: 'quantulum3' });
  }

  const value = { tp: 0, fp: 0, fn: 0 };
  const detail = { tp: 0, fp: 0, fn: 0 };
  const errors: NumberCaseError[] = [];
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  for (const c of cases) {
    const spans = analyzeText(c.input, { kinds: ['number'] }).spans.filter((s): s is NumberSpan => s.kind === 'number' && s.value !== null);
    // A figure's details: its range, else its hedge class; a direction (which the specifications
    // never mark) does not count against a plain figure.
    const predicted: NumberGold[] = spans.map((s) => ({
      value: s.range ? s.range[0] : s.value!,
      detail: s.range ? rangeDetail(s.range[0], s.range[1]) : HEDGE_CLASS[s.hedge] ?? 'none',
    }));
    const score = (counts: { tp: number; fp: number; fn: number }, withDetail: boolean) => {
      const left = [...c.gold];
      let fp = 0;
      for (const p of predicted) {
        const k = left.findIndex((g) => same(g.value, p.value) && (!withDetail || g.detail === 'any' || g.detail === p.detail));
        if (k === -1) fp += 1;
        else left.splice(k, 1);
      }
      counts.tp += c.gold.length - left.length;
      counts.fp += fp;
      counts.fn += left.length;
      return { missed: left.length, extra: fp };
    };
    const wrong = score(value, false);
    const wrongDetail = score(detail, true);
    if (wrong.missed + wrong.extra + wrongDetail.missed + wrongDetail.extra > 0) {
      const line = `${JSON.stringify(c.input)}  gold ${c.gold.map((g) => `${g.value}/${g.detail}`).join(' ')}  got ${predicted.map((g) => `${g.value}/${g.detail}`).join(' ')}`;
      errors.push({ source: c.source, input: c.input, line, missed: wrong.missed, extra: wrong.extra, missedDetail: wrongDetail.missed, extraDetail: wrongDetail.extra });
    }
  }
  return { value: finish(value), valueWithDetail: finish(detail), cases: cases.length, errors, skipped };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const showErrors = process.argv.includes('--errors');
  const showGroups = process.argv.includes('--groups');
  const flags = ['--fixtures', '--holdout', '--seed', '--train', '--dev', '--numbers'];
  const picked = flags.filter((f) => process.argv.includes(f));
  const out: Record<string, unknown> = {};
  const runs = [
    ['fixtures', '--fixtures', () => evaluateFixtures()],
    ['holdout', '--holdout', evaluateHoldout],
    ['seedSet', '--seed', evaluateSeedSet],
    ['polnearTrain', '--train', () => evaluatePolnear('train')],
    ['polnearDev', '--dev', () => evaluatePolnear('dev')],
  ] as const;
  for (const [name, flag, run] of runs) {
    if (picked.length > 0 && !picked.includes(flag)) continue;
    if (picked.length === 0 && (flag === '--train' || flag === '--dev')) continue;
    const report = run();
    if (showErrors) {
      for (const d of report.documents) {
        for (const m of d.missed) console.log(`${name} ${d.name} MISS  ${m.kind.padEnd(18)} ${JSON.stringify(m.text)}`);
        for (const x of d.extra) console.log(`${name} ${d.name} EXTRA ${x.kind.padEnd(18)} ${JSON.stringify(x.text)}`);
      }
    }
    if (showGroups) {
      // Error analysis: the same missed or extra text across documents, with whether a prediction
      // overlapped it (a boundary error) or nothing did (not recognised / not annotated).
      const groups = new Map<string, number>();
      for (const d of report.documents) {
        const tally = (tag: string, list: Gold[], other: Gold[]) => {
          for (const g of list) {
            const near = other.some((o) => o.kind === g.kind && o.start < g.end && g.start < o.end) ? 'boundary' : 'alone';
            const k = `${tag} ${near.padEnd(8)} ${g.kind.padEnd(18)} ${JSON.stringify(g.text.toLowerCase())}`;
            groups.set(k, (groups.get(k) ?? 0) + 1);
          }
        };
        tally('MISS ', d.missed, d.extra);
        tally('EXTRA', d.extra, d.missed);
      }
      for (const [k, n] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${name} ${String(n).padStart(4)} ${k}`);
    }
    out[name] = { exact: report.perKind, overlap: report.perKindOverlap };
  }
  if (picked.includes('--numbers')) {
    const n = evaluateNumberSpecs();
    if (showErrors) for (const e of n.errors) console.log(`numbers [${e.source}] ${e.line}`);
    if (process.argv.includes('--causes')) {
      for (const g of numberErrorGroups(n.errors)) {
        console.log(`== ${g.cause}: ${g.cases} cases; value missed ${g.missed}, extra ${g.extra}; with detail missed ${g.missedDetail}, extra ${g.extraDetail}`);
        for (const l of g.lines) console.log(`   ${l}`);
      }
    }
    if (process.argv.includes('--causes')) for (const x of n.skipped) console.log(`skipped (out of scope): ${x}`);
    out.numberSpecs = { cases: n.cases, skippedOutOfScope: n.skipped.length, value: n.value, valueWithDetail: n.valueWithDetail };
  }
  console.log(JSON.stringify(out, null, 1));
}
