/**
 * Paragraph numbers, as the exercise screen shows them in the article's margin and as prompts name
 * them ("Paragraph 8 says…"). One rule: paragraphs and subheadings are numbered, in reading order,
 * from 1; headlines, datelines and captions are not. So a subheading counts as a paragraph. Pure.
 */
import type { Block } from '../schema/article-set';

const NUMBERED: ReadonlySet<Block['kind']> = new Set(['paragraph', 'subheading']);

/** Whether a block of this kind gets a number. */
const isNumbered = (kind: Block['kind']): boolean => NUMBERED.has(kind);

/** Block id → paragraph number, for the numbered blocks of an article. */
export function paragraphNumbers(blocks: ReadonlyArray<Pick<Block, 'id' | 'kind'>>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const block of blocks) if (isNumbered(block.kind)) numbers.set(block.id, numbers.size + 1);
  return numbers;
}

/** The block with paragraph number `n`, or undefined. */
export function blockOfParagraph<B extends Pick<Block, 'id' | 'kind'>>(blocks: readonly B[], n: number): B | undefined {
  return blocks.filter((b) => isNumbered(b.kind))[n - 1];
}
