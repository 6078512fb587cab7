/** Resolving quotation anchors to offsets in an article's blocks. Pure. */
import type { Anchor, Article } from '../schema/article-set';
import { allIndexesOf } from './text';

export interface Span {
  block: string;
  start: number;
  end: number;
}

export type AnchorResult = { ok: true; span: Span } | { ok: false; reason: string };

interface Hit {
  block: string;
  index: number;
}

function findAll(article: Pick<Article, 'blocks'>, needle: string): Hit[] {
  const hits: Hit[] = [];
  for (const block of article.blocks) {
    // Only whole-word matches count: "Qatar" is not found inside "Qatari".
    for (const index of allIndexesOf(block.text, needle)) {
      if (!cutsWord(block.text, index, index + needle.length)) hits.push({ block: block.id, index });
    }
  }
  return hits;
}

function show(text: string): string {
  return text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`;
}

/**
 * Find an anchor in an article. The quote (or its context) must occur exactly once, unless an
 * `occurrence` picks one; a context must contain the quote exactly once.
 */
export function resolveAnchor(article: Pick<Article, 'blocks'>, anchor: Anchor): AnchorResult {
  const searchFor = anchor.context ?? anchor.quote;
  const hits = findAll(article, searchFor);
  const what = anchor.context ? `context ${show(anchor.context)}` : `quotation ${show(anchor.quote)}`;
  if (hits.length === 0) return { ok: false, reason: `${what} is not in the article text` };
  let hit: Hit;
  if (anchor.occurrence !== undefined) {
    const chosen = hits[anchor.occurrence - 1];
    if (!chosen) {
      return { ok: false, reason: `${what} occurs ${hits.length} time(s), so occurrence ${anchor.occurrence} does not exist` };
    }
    hit = chosen;
  } else if (hits.length > 1) {
    return {
      ok: false,
      reason: `${what} is ambiguous: it occurs ${hits.length} times; give a longer context or an occurrence number`,
    };
  } else {
    hit = hits[0] as Hit;
  }
  let start = hit.index;
  if (anchor.context) {
    const inside = allIndexesOf(anchor.context, anchor.quote);
    if (inside.length === 0) return { ok: false, reason: `quotation ${show(anchor.quote)} is not inside its context ${show(anchor.context)}` };
    if (inside.length > 1) return { ok: false, reason: `quotation ${show(anchor.quote)} occurs more than once inside its context` };
    start += inside[0] as number;
  }
  const end = start + anchor.quote.length;
  const text = article.blocks.find((b) => b.id === hit.block)?.text ?? '';
  if (cutsWord(text, start, end)) {
    return { ok: false, reason: `quotation ${show(anchor.quote)} starts or ends inside a longer word (“${wordAround(text, start, end)}”)` };
  }
  return { ok: true, span: { block: hit.block, start, end } };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a span starts or ends in the middle of a word ("10" inside "2010", "stating" inside "devastating"). */
export function cutsWord(text: string, start: number, end: number): boolean {
  const startsInside = start > 0 && WORD_CHAR.test(text[start - 1] ?? '') && WORD_CHAR.test(text[start] ?? '');
  const endsInside = end < text.length && WORD_CHAR.test(text[end - 1] ?? '') && WORD_CHAR.test(text[end] ?? '');
  return startsInside || endsInside;
}

function wordAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && WORD_CHAR.test(text[a - 1] ?? '')) a -= 1;
  while (b < text.length && WORD_CHAR.test(text[b] ?? '')) b += 1;
  return text.slice(a, b);
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.block === b.block && a.start < b.end && b.start < a.end;
}
