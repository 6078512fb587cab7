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
  /**
   * Text for screen readers, read before the marked words (e.g. "Attribution:"). It is the mark's
   * `data-label`, which the styles give its ::before as alternative text (`content: "" /
   * attr(data-label)`): read out, never shown, never copied with the text, and no element of its own
   * (Compare's first drawing has 110 such labels).
   */
  label?: string;
  /**
   * The layer of a highlight with counterparts in other reports (Compare's `has-links`, which
   * shows ⇄ where its first piece ends). A first piece that ends with such a piece inside it (its
   * last element, or its last element's last) gets the class `ends-linked-<layer>` for that
   * inner layer: the styles then show one ⇄ at that place, the inner one's, while that layer is on.
   */
  linkLayer?: string;
}

/** The inner layers a drawn first piece ends with (see `TextMark.linkLayer`), as classes. */
function endsLinkedClasses(children: Array<MarkNode<TextMark>>, firsts: WeakSet<MarkNode<TextMark>>): string {
  let classes = '';
  let node = children.at(-1);
  // Its last element, then that one's last element.
  for (let depth = 0; depth < 2 && node?.type === 'mark'; depth += 1) {
    if (node.span.linkLayer && firsts.has(node)) classes += ` ends-linked-${node.span.linkLayer}`;
    node = node.children.at(-1);
  }
  return classes;
}

/** With `offsets`, every piece of text is a span that says where it starts; without, text is drawn as text. */
function renderNodes(nodes: Array<MarkNode<TextMark>>, firstPiece: Set<string>, offsets: boolean, firsts: WeakSet<MarkNode<TextMark>>): ReactNode[] {
  return nodes.map((node) => {
    if (node.type === 'text') return offsets ? <span key={`t${node.start}`} data-offset={node.start}>{node.text}</span> : node.text;
    const first = !firstPiece.has(node.span.id);
    firstPiece.add(node.span.id);
    if (first) firsts.add(node);
    const children = renderNodes(node.children, firstPiece, offsets, firsts);
    return (
      <mark
        key={`m${node.start}-${node.span.id}`}
        className={first && node.span.linkLayer ? node.span.className + endsLinkedClasses(node.children, firsts) : node.span.className}
        data-mark={node.span.id}
        data-first={first ? 'true' : undefined}
        data-label={first && node.span.label ? node.span.label : undefined}
        tabIndex={first ? -1 : undefined}
      >
        {children}
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
 * With `upTo`, only the text's first `upTo` characters are drawn (the top of the text, while the
 * rest is still being drawn; `textUpTo`).
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

/** A block drawn in full, or only its first `length` characters. */
interface DrawnBlock {
  block: Block;
  length: number;
}

/**
 * The blocks to draw to show the text's first `upTo` characters (all of it without `upTo`): the
 * blocks before that point in full, and the block it falls in as far as the end of its word, or
 * of the marks that go on past it. The lines that show are drawn exactly as they are in the whole
 * text (lines break the same way however much follows), and every mark drawn is whole.
 */
export function textUpTo(blocks: Block[], marks: ReadonlyArray<Pick<TextMark, 'block' | 'start' | 'end'>>, upTo: number | undefined): DrawnBlock[] {
  if (upTo === undefined) return blocks.map((block) => ({ block, length: block.text.length }));
  const out: DrawnBlock[] = [];
  let seen = 0;
  for (const block of blocks) {
    if (seen >= upTo) break;
    const { text } = block;
    let cut = upTo - seen;
    seen += text.length;
    if (cut >= text.length) {
      out.push({ block, length: text.length });
      continue;
    }
    // On to the end of the word, and of any mark that covers the cut (marks nest, so again).
    for (let moved = true; moved; ) {
      moved = false;
      while (cut < text.length && !/\s/u.test(text[cut]!)) cut += 1;
      for (const m of marks) {
        if (m.block === block.id && m.start < cut && m.end > cut) {
          cut = m.end;
          moved = true;
        }
      }
    }
    out.push({ block, length: Math.min(cut, text.length) });
  }
  return out;
}

function drawText(article: Article, marks: TextMark[], numbers: ReadonlyMap<string, number> | undefined, upTo: number | undefined, offsets: boolean): ReactNode {
  const byBlock = new Map<string, TextMark[]>();
  for (const m of marks) byBlock.set(m.block, [...(byBlock.get(m.block) ?? []), m]);
  const firstPiece = new Set<string>();
  const firsts = new WeakSet<MarkNode<TextMark>>();
  return (
    <div className="article-text" lang={article.language} dir={article.direction}>
      {textUpTo(article.blocks, marks, upTo).map(({ block, length }) => {
        const Tag = BLOCK_TAG[block.kind];
        const text = length < block.text.length ? block.text.slice(0, length) : block.text;
        return (
          <Tag key={block.id} className={`block block-${block.kind}`} data-block={block.id}>
            {numbers?.has(block.id) && (
              <span className="para-number" data-paragraph={numbers.get(block.id)}>
                <span className="visually-hidden">Paragraph </span>
                {numbers.get(block.id)}
                <span className="visually-hidden">: </span>
              </span>
            )}
            {renderNodes(buildMarkTree(text, byBlock.get(block.id) ?? []), firstPiece, offsets, firsts)}
          </Tag>
        );
      })}
    </div>
  );
}
