import { describe, expect, it } from 'vitest';
import { anchorForSpan } from '../../content/logic/anchor-for-span';
import { resolveAnchor } from '../../content/logic/anchors';
import type { Article } from '../../content/schema/article-set';

const article: Pick<Article, 'blocks'> = {
  blocks: [
    { id: 'b1', kind: 'paragraph', text: 'Officials said 40 homes were flooded, the fire service said.' },
    { id: 'b2', kind: 'paragraph', text: 'Police said the road was closed. Police said it would reopen.' },
    { id: 'b3', kind: 'paragraph', text: 'said said said' },
  ],
};

const at = (block: string, words: string, nth = 0) => {
  const text = article.blocks.find((b) => b.id === block)!.text;
  let start = text.indexOf(words);
  for (let i = 0; i < nth; i += 1) start = text.indexOf(words, start + 1);
  return { block, start, end: start + words.length };
};

describe('anchorForSpan', () => {
  it('gives the bare quotation when it is unique', () => {
    expect(anchorForSpan(article, at('b1', '40 homes'))).toEqual({ ok: true, anchor: { quote: '40 homes' } });
  });

  it('adds a context when the words occur more than once, and the anchor resolves back to the span', () => {
    for (const span of [at('b1', 'said', 0), at('b1', 'said', 1), at('b2', 'Police said', 1), at('b2', 'Police said', 0)]) {
      const r = anchorForSpan(article, span);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.anchor.context).toBeDefined();
      expect(resolveAnchor(article, r.anchor)).toEqual({ ok: true, span });
    }
  });

  it('falls back to an occurrence number when no context is unique', () => {
    const span = at('b3', 'said', 1);
    const r = anchorForSpan(article, span);
    expect(r).toEqual({ ok: true, anchor: { quote: 'said', occurrence: 6 } });
    if (r.ok) expect(resolveAnchor(article, r.anchor)).toEqual({ ok: true, span });
  });

  it('trims spaces and refuses spans that cut words or lie outside the block', () => {
    const s = at('b1', ' 40 homes ');
    expect(s.start).toBeGreaterThan(0);
    expect(anchorForSpan(article, s)).toEqual({ ok: true, anchor: { quote: '40 homes' } });
    expect(anchorForSpan(article, { block: 'b1', start: 1, end: 5 }).ok).toBe(false);
    expect(anchorForSpan(article, { block: 'b1', start: 5, end: 500 }).ok).toBe(false);
    expect(anchorForSpan(article, { block: 'nope', start: 0, end: 2 }).ok).toBe(false);
    expect(anchorForSpan(article, { block: 'b1', start: 3, end: 3 }).ok).toBe(false);
  });
});
