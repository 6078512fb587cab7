import { memo, type ReactNode } from 'react';
import type { Article, Block } from '../../../content/schema/article-set';
import { buildMarkTree, type MarkNode } from '../../../content/logic/highlights';

/** A mark to draw over an article's text (highlights, explanation pointers, a student's selection). */
export interface TextMark {
  /** Identifies what the mark belongs to (annotation key, target id…); shared by its pieces. */
  id: string;
  block: string;
  start: number;
  end: number;
  className: string;
  /** Text for screen readers, read before the marked words (e.g. "attribution:"). */
  label?: string;
}

/**
 * With `offsets`, every piece of text is a span that says where it starts. Without, text is drawn
 * as text, except where it ends a mark: the styles' `:last-child` (one ⇄ per place) must see that
 * something follows a mark inside another, and text alone is no child element.
 */
function renderNodes(nodes: Array<MarkNode<TextMark>>, firstPiece: Set<string>, offsets: boolean, inMark = false): ReactNode[] {
  return nodes.map((node, i) => {
    if (node.type === 'text') {
      if (offsets) return <span key={`t${node.start}`} data-offset={node.start}>{node.text}</span>;
      return inMark && i === nodes.length - 1 ? <span key={`t${node.start}`}>{node.text}</span> : node.text;
    }
    const first = !firstPiece.has(node.span.id);
    firstPiece.add(node.span.id);
    return (
      <mark
        key={`m${node.start}-${node.span.id}`}
        className={node.span.className}
        data-mark={node.span.id}
        data-first={first ? 'true' : undefined}
        tabIndex={first ? -1 : undefined}
      >
        {first && node.span.label && <span className="visually-hidden">{node.span.label} </span>}
        {renderNodes(node.children, firstPiece, offsets, true)}
      </mark>
    );
  });
}

const BLOCK_TAG: Record<Block['kind'], 'h3' | 'p'> = {
  headline: 'h3',
  subheading: 'h3',
  dateline: 'p',
  paragraph: 'p',
  caption: 'p',
};

/**
 * An article's text exactly as published, block by block, with marks drawn over it. Offsets in
 * data-offset attributes let selection code map DOM positions back to block offsets; with
 * `offsets={false}` (a text nobody selects in, Compare's) the text is drawn without them, mostly
 * as plain text between the marks: fewer elements to create, style and lay out. With
 * `numbers` (block id → paragraph number), each numbered block shows its number in the margin.
 * With `upTo`, only the blocks that start within the first `upTo` characters are drawn (the top
 * of the text, while the rest is still being drawn).
 */
export const ArticleText = memo(function ArticleText({ article, marks, numbers, upTo, offsets = true }: { article: Article; marks: TextMark[]; numbers?: ReadonlyMap<string, number>; upTo?: number; offsets?: boolean }) {
  const kept = drawn.get(marks);
  if (kept && kept.article === article && kept.numbers === numbers && kept.upTo === upTo && kept.offsets === offsets) return kept.text;
  const text = drawText(article, marks, numbers, upTo, offsets);
  drawn.set(marks, { article, numbers, upTo, offsets, text });
  return text;
});

/**
 * Texts already drawn, by their marks: marks made once per set (Compare's) give the same elements
 * on every visit, so the marks are not worked out again. Marks made afresh are drawn afresh.
 */
const drawn = new WeakMap<TextMark[], { article: Article; numbers: ReadonlyMap<string, number> | undefined; upTo: number | undefined; offsets: boolean; text: ReactNode }>();

/** The blocks that start within the first `upTo` characters of the text (all of them without `upTo`). */
function blocksUpTo(blocks: Block[], upTo: number | undefined): Block[] {
  if (upTo === undefined) return blocks;
  let seen = 0;
  let n = 0;
  while (n < blocks.length && seen < upTo) seen += blocks[n++]!.text.length;
  return n === blocks.length ? blocks : blocks.slice(0, n);
}

function drawText(article: Article, marks: TextMark[], numbers: ReadonlyMap<string, number> | undefined, upTo: number | undefined, offsets: boolean): ReactNode {
  const byBlock = new Map<string, TextMark[]>();
  for (const m of marks) byBlock.set(m.block, [...(byBlock.get(m.block) ?? []), m]);
  const firstPiece = new Set<string>();
  return (
    <div className="article-text" lang={article.language} dir={article.direction}>
      {blocksUpTo(article.blocks, upTo).map((block) => {
        const Tag = BLOCK_TAG[block.kind];
        return (
          <Tag key={block.id} className={`block block-${block.kind}`} data-block={block.id}>
            {numbers?.has(block.id) && (
              <span className="para-number" data-paragraph={numbers.get(block.id)}>
                <span className="visually-hidden">Paragraph </span>
                {numbers.get(block.id)}
                <span className="visually-hidden">: </span>
              </span>
            )}
            {renderNodes(buildMarkTree(block.text, byBlock.get(block.id) ?? []), firstPiece, offsets)}
          </Tag>
        );
      })}
    </div>
  );
}
