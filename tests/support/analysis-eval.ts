/**
 * Exact-span precision, recall and F1 per kind for the automatic analyser, over the hand-annotated
 * fixtures (tests/fixtures/analysis) and over the seed set's human annotations.
 *
 *   npx tsx tests/support/analysis-eval.ts            # fixtures, held-out fixtures and seed set, as JSON
 *   npx tsx tests/support/analysis-eval.ts --holdout  # one of them (--fixtures, --holdout, --seed)
 *   npx tsx tests/support/analysis-eval.ts --errors   # also list misses and false alarms
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../../content/analysis/index';
import type { SpanKind } from '../../content/analysis/index';
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
export function evaluate(docs: Array<{ name: string; text: string; gold: Gold[] }>, kinds: readonly SpanKind[]): EvalReport {
  const counts = new Map<SpanKind, { tp: number; fp: number; fn: number }>(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const overlap = new Map<SpanKind, { tp: number; fp: number; fn: number }>(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const documents: DocumentResult[] = [];
  for (const doc of docs) {
    const predicted = analyzeText(doc.text).spans.filter((s) => kinds.includes(s.kind));
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const showErrors = process.argv.includes('--errors');
  const picked = ['--fixtures', '--holdout', '--seed'].filter((f) => process.argv.includes(f));
  const out: Record<string, unknown> = {};
  const runs = [['fixtures', '--fixtures', () => evaluateFixtures()], ['holdout', '--holdout', evaluateHoldout], ['seedSet', '--seed', evaluateSeedSet]] as const;
  for (const [name, flag, run] of runs) {
    if (picked.length > 0 && !picked.includes(flag)) continue;
    const report = run();
    out[name] = showErrors ? report : { exact: report.perKind, overlap: report.perKindOverlap };
  }
  if (showErrors) {
    for (const [name, report] of Object.entries(out) as Array<[string, EvalReport]>) {
      for (const d of report.documents) {
        for (const m of d.missed) console.log(`${name} ${d.name} MISS  ${m.kind.padEnd(18)} ${JSON.stringify(m.text)}`);
        for (const x of d.extra) console.log(`${name} ${d.name} EXTRA ${x.kind.padEnd(18)} ${JSON.stringify(x.text)}`);
      }
      console.log(JSON.stringify({ [name]: { exact: report.perKind, overlap: report.perKindOverlap } }, null, 1));
    }
  } else {
    console.log(JSON.stringify(out, null, 1));
  }
}
