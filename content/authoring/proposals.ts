/**
 * The analyser's spans as review proposals for one article: offsets in the joined text become
 * offsets in a block; cues with their sources become attributions, figures get the attribution of
 * their sentence, framing candidates keep their reason. Pure.
 */
import { analyzeText } from '../analysis';
import type { AnalysisSpan, NumberSpan, SourceSpan } from '../analysis';
import type { Block } from '../schema/article-set';
import { SOURCE_TYPE_LABELS } from '../schema/labels';
import type { BlockSpan, Proposal } from './draft';

/** Blocks joined with blank lines, as the analyser reads them, with each block's offset. */
export function joinBlocks(blocks: readonly Block[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    starts.push(text.length);
    text += b.text;
  }
  return { text, starts };
}

export function toBlockSpan(blocks: readonly Block[], starts: number[], s: { start: number; end: number }): BlockSpan | null {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const at = starts[i] as number;
    if (s.start >= at) {
      const block = blocks[i] as Block;
      return s.end - at <= block.text.length ? { block: block.id, start: s.start - at, end: s.end - at } : null;
    }
  }
  return null;
}

/** Sentence number of an offset inside its block (rough: ends at . ! ? followed by a space). */
function sentenceOf(blocks: readonly Block[], span: BlockSpan): string {
  const text = blocks.find((b) => b.id === span.block)?.text ?? '';
  const before = text.slice(0, span.start);
  return `${span.block}:${(before.match(/[.!?]["”’)]?\s/gu) ?? []).length}`;
}

function describeCount(n: NumberSpan): { counts: string; unit: string } {
  const counted = n.counted ?? (n.unit && n.unit !== 'percent' ? n.unit : undefined);
  if (n.unit === 'percent') return { counts: 'a share (to be described)', unit: 'percent' };
  if (n.event) return { counts: `${counted ?? 'people'} ${n.event}`, unit: counted ?? 'people' };
  return { counts: counted ?? 'to be described', unit: counted ?? n.unit ?? 'items' };
}

/** Proposals for an article's blocks; `nextId` numbers them (p1, p2…) and is returned advanced. */
export function proposeForBlocks(blocks: readonly Block[], nextId: number): { proposals: Proposal[]; nextId: number } {
  const { text, starts } = joinBlocks(blocks);
  const { spans } = analyzeText(text);
  const byId = new Map<string, AnalysisSpan>(spans.map((s) => [s.id, s]));
  const proposals: Proposal[] = [];
  let n = nextId;
  const newId = () => `p${n++}`;
  const quotedSpeakers = new Set(spans.flatMap((s) => (s.kind === 'quote' && s.speakerSourceId ? [s.speakerSourceId] : [])));
  const attributionBySentence = new Map<string, string>();

  for (const s of spans) {
    if (s.kind !== 'attribution-cue' || s.inQuote || !s.sourceId) continue;
    const source = byId.get(s.sourceId) as SourceSpan | undefined;
    const cue = toBlockSpan(blocks, starts, s);
    const sourceSpan = source ? toBlockSpan(blocks, starts, source) : null;
    if (!cue || !source || !sourceSpan) continue;
    const id = newId();
    const speech = quotedSpeakers.has(source.id) ? 'direct' : 'reported';
    proposals.push({
      id,
      kind: 'attribution',
      status: 'proposed',
      edited: false,
      cue,
      source: sourceSpan,
      sourceType: source.sourceType,
      speech,
      note: `The words are attributed to “${source.text}” (${SOURCE_TYPE_LABELS[source.sourceType].toLowerCase()}), with “${s.text}”.`,
    });
    const sentence = sentenceOf(blocks, cue);
    if (!attributionBySentence.has(sentence)) attributionBySentence.set(sentence, id);
  }
  for (const s of spans) {
    if (s.kind === 'number') {
      const figure = toBlockSpan(blocks, starts, s);
      if (!figure) continue;
      const { counts, unit } = describeCount(s);
      const givenBy = attributionBySentence.get(sentenceOf(blocks, figure)) ?? null;
      proposals.push({
        id: newId(),
        kind: 'number',
        status: 'proposed',
        edited: false,
        figure,
        value: s.value,
        hedge: s.hedge,
        counts,
        unit,
        givenBy,
        note: givenBy ? `The figure “${s.text}” comes from a source named in the same sentence.` : `The figure “${s.text}” is given without a source in its sentence.`,
      });
    } else if (s.kind === 'framing') {
      const span = toBlockSpan(blocks, starts, s);
      if (!span) continue;
      proposals.push({
        id: newId(),
        kind: 'framing',
        status: 'proposed',
        edited: false,
        span,
        device: s.device,
        refersTo: s.text,
        reason: s.reason,
        note: s.reason,
      });
    }
  }
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  const main = (p: Proposal) => (p.kind === 'attribution' ? p.cue : p.kind === 'number' ? p.figure : p.span);
  proposals.sort((a, b) => (order.get(main(a).block) ?? 0) - (order.get(main(b).block) ?? 0) || main(a).start - main(b).start);
  return { proposals, nextId: n };
}
