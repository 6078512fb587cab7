/**
 * From offsets to an anchor: the exact quotation of a span, made unambiguous the way a person
 * would write it by hand (a longer `context` around it, or, when no context inside the block is
 * unique, the `occurrence` number). The result always resolves back to the same span with
 * `resolveAnchor`. Pure.
 */
import type { Anchor, Article } from '../schema/article-set';
import { cutsWord, resolveAnchor, type Span } from './anchors';
import { allIndexesOf, wordSpans } from './text';

export type AnchorForSpanResult = { ok: true; anchor: Anchor } | { ok: false; reason: string };

const sameSpan = (a: Span, b: Span) => a.block === b.block && a.start === b.start && a.end === b.end;

function resolvesTo(article: Pick<Article, 'blocks'>, anchor: Anchor, span: Span): boolean {
  const r = resolveAnchor(article, anchor);
  return r.ok && sameSpan(r.span, span);
}

/**
 * The anchor for words at `span` (block id, start and end offsets in that block's text). Leading
 * and trailing spaces are left out. Fails when the span is empty, outside the block, or cuts a word.
 */
export function anchorForSpan(article: Pick<Article, 'blocks'>, span: Span): AnchorForSpanResult {
  const block = article.blocks.find((b) => b.id === span.block);
  if (!block) return { ok: false, reason: `there is no block "${span.block}"` };
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > block.text.length || span.end <= span.start) {
    return { ok: false, reason: `the span ${span.start}–${span.end} is not inside the block (0–${block.text.length})` };
  }
  let { start, end } = span;
  while (start < end && /\s/u.test(block.text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(block.text[end - 1] ?? '')) end -= 1;
  if (end <= start) return { ok: false, reason: 'the span holds no words' };
  if (cutsWord(block.text, start, end)) return { ok: false, reason: `“${block.text.slice(start, end)}” starts or ends inside a word` };
  const target: Span = { block: block.id, start, end };
  const quote = block.text.slice(start, end);
  if (resolvesTo(article, { quote }, target)) return { ok: true, anchor: { quote } };

  // Widen word by word, alternating after and before, until the context is unique and holds the quote once.
  const words = wordSpans(block.text);
  let before = words.filter((w) => w.end <= start).length;
  let after = words.findIndex((w) => w.start >= end);
  if (after === -1) after = words.length;
  let from = start;
  let to = end;
  for (let step = 0; step < 2 * words.length; step += 1) {
    const widenAfter = step % 2 === 0 ? after < words.length : before === 0;
    if (widenAfter && after < words.length) {
      to = (words[after] as { end: number }).end;
      after += 1;
    } else if (before > 0) {
      before -= 1;
      from = (words[before] as { start: number }).start;
    } else break;
    const context = block.text.slice(from, to);
    if (allIndexesOf(context, quote).length !== 1) continue;
    const anchor: Anchor = { quote, context };
    if (resolvesTo(article, anchor, target)) return { ok: true, anchor };
  }

  // The same words elsewhere with the same surroundings: count occurrences instead.
  for (let occurrence = 1; occurrence <= 1000; occurrence += 1) {
    const anchor: Anchor = { quote, occurrence };
    const r = resolveAnchor(article, anchor);
    if (!r.ok) break;
    if (sameSpan(r.span, target)) return { ok: true, anchor };
  }
  return { ok: false, reason: `no anchor finds “${quote}” at that place` };
}
