/**
 * The analyser's spans as review proposals for one article: offsets in the joined text become
 * offsets in a block; cues with their sources become attributions, figures get the attribution of
 * their sentence, framing candidates keep their reason. Pure.
 */
import { analyzeText } from '../analysis';
import type { AnalysisSpan, CueSpan, NumberSpan, SourceSpan } from '../analysis';
import type { Block } from '../schema/article-set';
import { SOURCE_TYPE_LABELS } from '../schema/labels';
import type { AttributionProposal, BlockSpan, Proposal } from './draft';

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

function textOfSpan(blocks: readonly Block[], span: BlockSpan | null): string {
  return span ? (blocks.find((b) => b.id === span.block)?.text.slice(span.start, span.end) ?? '') : '';
}

/** A quotation for a note: whole when short, else its first words and an ellipsis. */
function short(quoted: string): string {
  const inner = quoted.replace(/^["“„«]|["”»]$/gu, '').trim();
  const words = inner.split(/\s+/u);
  return `“${words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : inner}”`;
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
  const attributionBySentence = new Map<string, string>();
  /** The attribution proposal made for each cue, by the cue's id. */
  const proposalByCue = new Map<string, AttributionProposal>();

  for (const s of spans) {
    if (s.kind !== 'attribution-cue' || s.inQuote || !s.sourceId) continue;
    const source = byId.get(s.sourceId) as SourceSpan | undefined;
    const cue = toBlockSpan(blocks, starts, s);
    const sourceSpan = source ? toBlockSpan(blocks, starts, source) : null;
    if (!cue || !source || !sourceSpan) continue;
    const id = newId();
    const proposal: AttributionProposal = {
      id,
      kind: 'attribution',
      status: 'proposed',
      edited: false,
      cue,
      source: sourceSpan,
      sourceType: source.sourceType,
      speech: 'reported',
      note: `The words are attributed to “${source.text}” (${SOURCE_TYPE_LABELS[source.sourceType].toLowerCase()}), with “${s.text}”.`,
    };
    proposals.push(proposal);
    proposalByCue.set(s.id, proposal);
    const sentence = sentenceOf(blocks, cue);
    if (!attributionBySentence.has(sentence)) attributionBySentence.set(sentence, id);
  }
  // Direct quotations, each with its speaker: the speaker's nearest cue proposal takes the quotation;
  // a second quotation of the same cue, or one whose speaker Lenses did not find, is a proposal of its own.
  const cues = spans.filter((s): s is CueSpan => s.kind === 'attribution-cue' && proposalByCue.has(s.id));
  for (const q of spans) {
    if (q.kind !== 'quote') continue;
    const quote = toBlockSpan(blocks, starts, q);
    if (!quote) continue;
    let nearest: CueSpan | undefined;
    const distance = (c: CueSpan) => (c.start >= q.end ? c.start - q.end : c.end <= q.start ? q.start - c.end : 0);
    if (q.speakerSourceId) for (const c of cues) if (c.sourceId === q.speakerSourceId && (!nearest || distance(c) < distance(nearest))) nearest = c;
    const said = nearest ? proposalByCue.get(nearest.id) : undefined;
    const words = short(q.text);
    if (said && !said.quote) {
      said.quote = quote;
      said.speech = 'direct';
      said.note = `A direct quotation, ${words}, attributed to “${textOfSpan(blocks, said.source)}” with “${textOfSpan(blocks, said.cue)}”.`;
    } else if (said) {
      proposals.push({ ...said, id: newId(), quote, note: `A direct quotation, ${words}, attributed to “${textOfSpan(blocks, said.source)}” with “${textOfSpan(blocks, said.cue)}”.` });
    } else {
      proposals.push({
        id: newId(),
        kind: 'attribution',
        status: 'proposed',
        edited: false,
        cue: quote,
        source: null,
        sourceType: 'named-person',
        speech: 'direct',
        quote,
        reason: 'A direct quotation whose speaker Lenses did not find: edit it to give the reporting words and the speaker.',
        note: `A direct quotation, ${words}; the text does not say next to it who speaks.`,
      });
    }
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
