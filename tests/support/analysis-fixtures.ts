/**
 * The hand-annotated analysis fixtures (tests/fixtures/analysis): loading them and resolving
 * each annotated span's quotation to exact offsets. See tests/fixtures/analysis/README.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../content/analysis/index';

/** Development fixtures: annotated first, then used while writing the rules. */
export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/analysis');
/** Held-out fixtures: written and annotated after the rules, scored once before any change. */
export const HOLDOUT_DIR = path.join(FIXTURE_DIR, 'holdout');

export type ExpectedKind = 'attribution-cue' | 'attribution-source' | 'quote' | 'number' | 'framing';

export interface AuthoredSpan {
  kind: ExpectedKind;
  text: string;
  context?: string;
  occurrence?: number;
  start?: number;
  end?: number;
}

export interface ExpectedSpan {
  kind: ExpectedKind;
  text: string;
  start: number;
  end: number;
}

export interface Fixture {
  name: string;
  textFile: string;
  expectedFile: string;
  text: string;
  spans: ExpectedSpan[];
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function indexesOf(haystack: string, needle: string, wholeWord: boolean): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (wholeWord && (isWordChar(haystack[at - 1]) || isWordChar(haystack[at + needle.length]))) continue;
    found.push(at);
  }
  return found;
}

function pick(hits: number[], occurrence: number | undefined, what: string): number {
  if (occurrence === undefined) {
    if (hits.length !== 1) throw new Error(`${what} occurs ${hits.length} times; give a context or an occurrence`);
    return hits[0]!;
  }
  const hit = hits[occurrence - 1];
  if (hit === undefined) throw new Error(`${what} occurs ${hits.length} time(s), so occurrence ${occurrence} does not exist`);
  return hit;
}

/** The start offset of an authored span in `text`, from its context or its whole-word occurrences. */
export function resolveSpan(text: string, span: AuthoredSpan): ExpectedSpan {
  let start: number;
  if (span.context !== undefined) {
    const ctx = pick(indexesOf(text, span.context, false), span.occurrence, `context “${span.context}”`);
    const inner = indexesOf(span.context, span.text, false);
    if (inner.length !== 1) throw new Error(`“${span.text}” occurs ${inner.length} times in context “${span.context}”`);
    start = ctx + inner[0]!;
  } else {
    start = pick(indexesOf(text, span.text, true), span.occurrence, `“${span.text}”`);
  }
  return { kind: span.kind, text: span.text, start, end: start + span.text.length };
}

export function fixtureNames(dir = FIXTURE_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readAuthored(name: string, dir = FIXTURE_DIR): AuthoredSpan[] {
  const json = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as { spans: AuthoredSpan[] };
  return json.spans;
}

/** A fixture with its expected spans, checking that the stored offsets still match the text. */
export function loadFixture(name: string, dir = FIXTURE_DIR): Fixture {
  const textFile = path.join(dir, `${name}.txt`);
  const expectedFile = path.join(dir, `${name}.expected.json`);
  const text = readFileSync(textFile, 'utf8');
  const spans = readAuthored(name, dir).map((s) => {
    if (s.start === undefined || s.end === undefined) throw new Error(`${name}: “${s.text}” has no offsets; run tests/support/analysis-fixture-offsets.ts`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`${name}: offsets ${s.start}-${s.end} do not hold “${s.text}”`);
    return { kind: s.kind, text: s.text, start: s.start, end: s.end };
  });
  return { name, textFile, expectedFile, text, spans };
}

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  return fixtureNames(dir).map((name) => loadFixture(name, dir));
}

/** Each cue's text with its source's text: "said <- he" ("-" when it has none). */
export function cueSourcePairs(text: string): string[] {
  const { spans } = analyzeText(text);
  const byId = new Map(spans.map((s) => [s.id, s]));
  return spans.filter((s) => s.kind === 'attribution-cue').map((c) => `${c.text} <- ${c.kind === 'attribution-cue' && c.sourceId ? byId.get(c.sourceId)?.text : '-'}`);
}
