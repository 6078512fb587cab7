/**
 * While a Compare column is first drawn it draws only the top of its text (`upTo` characters):
 * the lines that show must be the same as in the whole text, and every mark drawn whole.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Article, Block } from '../../../content/schema/article-set';
import { ArticleText, textUpTo, type TextMark } from './ArticleText';

afterEach(cleanup);

const block = (id: string, text: string): Block => ({ id, kind: 'paragraph', text }) as Block;
const blocks = [block('b1', 'Officials said twenty people died.'), block('b2', 'The ministry reported that over 15,000 people had been killed since October.'), block('b3', 'Talks resume.')];
const article = { id: 'a', language: 'en', direction: 'ltr', blocks } as unknown as Article;
const mark = (block: string, start: number, end: number, id = `${block}/${start}`): TextMark => ({ id, block, start, end, className: 'hl hl-number role-figure' });

const drawn = (upTo: number | undefined, marks: TextMark[] = []) => textUpTo(blocks, marks, upTo).map(({ block: b, length }) => b.text.slice(0, length));

it('draws the text up to the end of the word the count falls in, not the rest of that paragraph', () => {
  // b1 is 34 characters; 34 + 15 falls in "reported".
  expect(drawn(49)).toEqual(['Officials said twenty people died.', 'The ministry reported']);
  // A count that ends a block draws no part of the next.
  expect(drawn(34)).toEqual(['Officials said twenty people died.']);
});

it('draws a mark that goes on past the count whole, and marks within it too', () => {
  // "over 15,000 people" (b2 27..45) covers the count (34 + 30); a mark starting inside it
  // ("15,000 people had been", 32..54) takes the cut further, to its end.
  expect(drawn(64, [mark('b2', 27, 45)])).toEqual(['Officials said twenty people died.', 'The ministry reported that over 15,000 people']);
  expect(drawn(64, [mark('b2', 27, 45), mark('b2', 32, 54)])).toEqual(['Officials said twenty people died.', 'The ministry reported that over 15,000 people had been']);
});

it('draws everything without a count', () => {
  expect(drawn(undefined)).toEqual(blocks.map((b) => b.text));
  expect(drawn(10_000)).toEqual(blocks.map((b) => b.text));
});

it('draws the top of the text with its marks, and the same first lines as the whole text', () => {
  const marks = [mark('b2', 27, 45)];
  const { container, rerender } = render(<ArticleText article={article} marks={marks} upTo={64} offsets={false} />);
  expect([...container.querySelectorAll('.block')].map((b) => b.textContent)).toEqual(['Officials said twenty people died.', 'The ministry reported that over 15,000 people']);
  expect(container.querySelector('mark')?.textContent).toBe('over 15,000 people');
  rerender(<ArticleText article={article} marks={marks} offsets={false} />);
  expect([...container.querySelectorAll('.block')].map((b) => b.textContent)).toEqual(blocks.map((b) => b.text));
});

/** A highlight with counterparts in other reports (Compare's, which show ⇄ where their first piece ends). */
const linked = (block: string, start: number, end: number, layer: string): TextMark => ({
  id: `${block}/${layer}-${start}`,
  block,
  start,
  end,
  className: `hl hl-${layer} has-links`,
  linkLayer: layer,
});
const classOf = (container: HTMLElement, id: string) => container.querySelector(`mark[data-mark="${id}"][data-first]`)?.className;

it('marks a highlight that ends with a linked one inside it (its last element, or that one’s last) with the inner one’s layer, so one ⇄ shows there', () => {
  // b2: "The ministry reported that over 15,000 people had been killed since October."
  // "reported that over 15,000 people" (13..45) ends with "15,000 people" (32..45), which ends with "people" (39..45).
  const marks = [linked('b2', 13, 45, 'attribution'), linked('b2', 32, 45, 'number'), linked('b2', 39, 45, 'framing')];
  const { container } = render(<ArticleText article={article} marks={marks} offsets={false} />);
  expect(classOf(container, 'b2/attribution-13')).toBe('hl hl-attribution has-links ends-linked-number ends-linked-framing');
  expect(classOf(container, 'b2/number-32')).toBe('hl hl-number has-links ends-linked-framing');
  expect(classOf(container, 'b2/framing-39')).toBe('hl hl-framing has-links');
});

it('does not mark a highlight whose linked inner one ends before it, or is only a later piece of one', () => {
  // "over 15,000" (27..38) inside "over 15,000 people" (27..45): text follows it inside.
  const { container } = render(<ArticleText article={article} marks={[linked('b2', 27, 45, 'attribution'), linked('b2', 27, 38, 'number')]} offsets={false} />);
  expect(classOf(container, 'b2/attribution-27')).toBe('hl hl-attribution has-links');
  cleanup();
  // "15,000 people had" (32..49) crosses the end of "over 15,000 people" (27..45): its piece inside
  // is its first and ends there; the outer one is marked. The piece after is no first piece.
  const crossing = render(<ArticleText article={article} marks={[linked('b2', 27, 45, 'attribution'), linked('b2', 32, 49, 'number')]} offsets={false} />);
  expect(classOf(crossing.container, 'b2/attribution-27')).toBe('hl hl-attribution has-links ends-linked-number');
  expect(crossing.container.querySelectorAll('mark[data-mark="b2/number-32"]')).toHaveLength(2);
  // A highlight without counterparts is never marked, whatever it ends with.
  cleanup();
  const plain = render(<ArticleText article={article} marks={[mark('b2', 27, 45, 'outer'), linked('b2', 32, 45, 'number')]} offsets={false} />);
  expect(classOf(plain.container, 'outer')).toBe('hl hl-number role-figure');
});

it('gives a mark its words for screen readers once, on its first piece, and leaves the text as published', () => {
  // b1: "said twenty" with "twenty" inside it; one highlight in two pieces (b2's "ministry", b3's "Talks").
  const marks: TextMark[] = [
    { ...mark('b1', 10, 21, 'said'), label: 'Attribution:' },
    { ...mark('b1', 15, 21, 'twenty'), label: 'Number:' },
    { ...mark('b2', 4, 12, 'split'), label: 'Framing:' },
    { ...mark('b3', 0, 5, 'split'), label: 'Framing:' },
  ];
  const { container } = render(<ArticleText article={article} marks={marks} offsets={false} />);
  const labels = [...container.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('data-label')]);
  expect(labels).toEqual([
    ['said twenty', 'Attribution:'],
    ['twenty', 'Number:'],
    ['ministry', 'Framing:'],
    ['Talks', null],
  ]);
  // No words are added to the text itself: what shows (and is copied) is the text as published.
  expect([...container.querySelectorAll('.block')].map((b) => b.textContent)).toEqual(blocks.map((b) => b.text));
});
