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
