/**
 * A teacher's article set while it is being made (issue 7): imported articles with their
 * metadata, the analyser's proposals (kept as offsets in a block, with a review status) and the
 * exercises. `buildSetFromDraft` turns the accepted proposals into annotations in the same content
 * format as the shipped sets, anchored by exact quotation. Pure module: no Node, no DOM.
 */
import { z } from 'zod';
import {
  Block,
  CONTENT_FORMAT_VERSION,
  FramingDevice,
  Hedge,
  Id,
  Outlet,
  PublicationDate,
  SourceType,
  Speech,
  type Annotation,
  type Article,
  type ArticleSet,
  type AsOf,
} from '../schema/article-set';
import { Exercise } from '../schema/exercise';
import { anchorForSpan } from '../logic/anchor-for-span';

export const DRAFT_FORMAT = 1;

const text = (what: string, max: number) => z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} is at most ${max} characters`);
export const DraftTitle = text('the title', 200);
export const DraftDescription = text('the description', 2000);
export const DraftTopic = text('the topic', 200);

/** Words in one block, by offsets in the block's text. */
export const BlockSpan = z.object({ block: Id, start: z.number().int().min(0), end: z.number().int().min(1) }).strict();
export type BlockSpan = z.infer<typeof BlockSpan>;

export const ProposalStatus = z.enum(['proposed', 'accepted', 'rejected']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

const proposalCommon = {
  id: Id,
  status: ProposalStatus,
  /** Why the analyser proposed it (framing candidates), shown to the teacher. */
  reason: z.string().optional(),
  /** Changed by the teacher after the analyser proposed it. */
  edited: z.boolean().default(false),
  note: text('the note', 1000),
};

export const AttributionProposal = z
  .object({
    ...proposalCommon,
    kind: z.literal('attribution'),
    /** The reporting words. */
    cue: BlockSpan,
    source: BlockSpan.nullable(),
    sourceType: SourceType,
    speech: Speech,
    /** The direct quotation these words attribute, marks included (a direct attribution). */
    quote: BlockSpan.optional(),
  })
  .strict();
export type AttributionProposal = z.infer<typeof AttributionProposal>;
export const NumberProposal = z
  .object({
    ...proposalCommon,
    kind: z.literal('number'),
    figure: BlockSpan,
    value: z.number().nullable(),
    hedge: Hedge,
    counts: text('what the number counts', 200),
    unit: text('the unit', 100),
    /** The attribution proposal that gives the figure, or null. */
    givenBy: Id.nullable(),
  })
  .strict();
export const FramingProposal = z
  .object({
    ...proposalCommon,
    kind: z.literal('framing'),
    span: BlockSpan,
    device: FramingDevice,
    refersTo: text('what the words refer to', 200),
  })
  .strict();
export const Proposal = z.discriminatedUnion('kind', [AttributionProposal, NumberProposal, FramingProposal]);
export type Proposal = z.infer<typeof Proposal>;
export const ArticleMetadata = z
  .object({
    /** The headline or a short title for lists. */
    shortTitle: text('the headline', 300),
    outlet: Outlet,
    published: PublicationDate,
    byline: z.string().trim().max(300).optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/u, 'a language is a tag such as "en" or "en-GB"'),
  })
  .strict();
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

export const DraftArticle = ArticleMetadata.extend({
  id: Id,
  /** The file the teacher imported ("report.html"), or "pasted text". */
  importedFrom: z.string(),
  /** The text as imported, one block per line: saved as `sources/<id>.txt`. */
  sourceText: z.string().min(1),
  blocks: z.array(Block).min(1),
  /** The teacher has checked outlet, date, headline and language. */
  metadataConfirmed: z.boolean(),
  proposals: z.array(Proposal),
}).strict();
export type DraftArticle = z.infer<typeof DraftArticle>;

/** A proposed link between highlights of different articles (same count, same actor), reviewed like a proposal. */
export const DraftLink = z
  .object({
    id: Id,
    status: ProposalStatus,
    /** What the rule grouped on ("killed", "counted:homes", "actor:Hamas"): a link is kept across re-analysis by it. */
    key: z.string(),
    title: text('the link title', 200),
    description: text('the link description', 1000),
    confidence: z.number().min(0).max(1),
    members: z.array(z.object({ article: Id, proposal: Id }).strict()).min(2),
  })
  .strict();
export type DraftLink = z.infer<typeof DraftLink>;

export const Draft = z
  .object({
    format: z.literal(DRAFT_FORMAT),
    id: Id,
    title: DraftTitle,
    description: DraftDescription,
    topic: DraftTopic,
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Version of the last saved set (0 when never saved). */
    savedVersion: z.number().int().min(0),
    /** Counter for new ids (proposals, exercises). */
    nextId: z.number().int().min(1),
    articles: z.array(DraftArticle),
    exercises: z.array(Exercise),
    links: z.array(DraftLink).default([]),
  })
  .strict();
export type Draft = z.infer<typeof Draft>;

export const sourceFileOf = (articleId: string) => `sources/${articleId}.txt`;

/** The article's date as a number's "as of" date (the figure is as of publication). */
function asOfFromPublished(published: Article['published']): AsOf {
  switch (published.precision) {
    case 'exact':
      return { precision: 'exact', date: published.date };
    case 'inferred':
      return { precision: 'inferred', display: published.display, sortKey: published.earliest };
    case 'unknown':
      return { precision: 'unknown' };
  }
}

export interface BuildProblem {
  articleId?: string;
  proposalId?: string;
  message: string;
}

/** The set made of the draft's articles and accepted proposals, with any anchors that could not be made. */
export function buildSetFromDraft(draft: Draft, version: number): { set: ArticleSet; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const articles: Article[] = draft.articles.map((a) => {
    const anchorOf = (span: BlockSpan, p: Proposal, role: string) => {
      const r = anchorForSpan(a, span);
      if (!r.ok) problems.push({ articleId: a.id, proposalId: p.id, message: `${role}: ${r.reason}` });
      return r.ok ? r.anchor : null;
    };
    const accepted = a.proposals.filter((p) => p.status === 'accepted');
    const acceptedAttributions = new Set(accepted.filter((p) => p.kind === 'attribution').map((p) => p.id));
    const annotations: Annotation[] = [];
    for (const p of accepted) {
      if (p.kind === 'attribution') {
        const cue = anchorOf(p.cue, p, 'the reporting words');
        const source = p.source ? anchorOf(p.source, p, 'the source') : null;
        if (!cue) continue;
        if (!source) {
          problems.push({ articleId: a.id, proposalId: p.id, message: `the attribution “${a.blocks.find((b) => b.id === p.cue.block)?.text.slice(p.cue.start, p.cue.end) ?? ''}” needs its source: edit it and give the source's words` });
          continue;
        }
        const claim = p.quote ? anchorOf(p.quote, p, 'the quotation') : null;
        annotations.push({ id: p.id, kind: 'attribution', cue, source, sourceType: p.sourceType, speech: p.speech, ...(claim ? { claim } : {}), note: p.note });
      } else if (p.kind === 'number') {
        const figure = anchorOf(p.figure, p, 'the figure');
        if (!figure) continue;
        annotations.push({
          id: p.id,
          kind: 'number',
          figure,
          value: p.value,
          counts: p.counts,
          unit: p.unit,
          hedge: p.hedge,
          asOf: asOfFromPublished(a.published),
          givenBy: p.givenBy && acceptedAttributions.has(p.givenBy) ? p.givenBy : 'unattributed',
          note: p.note,
        });
      } else {
        const span = anchorOf(p.span, p, 'the words');
        if (!span) continue;
        annotations.push({ id: p.id, kind: 'framing', span, refersTo: p.refersTo, device: p.device, note: p.note });
      }
    }
    return {
      id: a.id,
      sourceFile: sourceFileOf(a.id),
      outlet: a.outlet,
      ...(a.byline ? { byline: a.byline } : {}),
      published: a.published,
      language: a.language,
      direction: 'ltr',
      shortTitle: a.shortTitle,
      blocks: a.blocks,
      annotations,
    };
  });
  const annotated = new Set(articles.flatMap((a) => a.annotations.map((n) => `${a.id}/${n.id}`)));
  const links: ArticleSet['links'] = [];
  for (const link of draft.links.filter((l) => l.status === 'accepted')) {
    const members = link.members.filter((m) => annotated.has(`${m.article}/${m.proposal}`)).map((m) => ({ article: m.article, annotation: m.proposal }));
    if (new Set(members.map((m) => m.article)).size < 2) {
      problems.push({ message: `the link “${link.title}” joins fewer than two articles' accepted highlights: accept its highlights, or reject the link` });
      continue;
    }
    links.push({ id: link.id, title: link.title, description: link.description, members });
  }
  const set: ArticleSet = {
    format: CONTENT_FORMAT_VERSION,
    id: draft.id,
    version,
    title: draft.title,
    description: draft.description,
    topic: draft.topic,
    language: draft.articles[0]?.language ?? 'en',
    articles,
    links,
  };
  return { set, problems };
}

/** The text of a span, or '' when it does not fit its block. */
export function spanText(article: Pick<DraftArticle, 'blocks'>, span: BlockSpan): string {
  return article.blocks.find((b) => b.id === span.block)?.text.slice(span.start, span.end) ?? '';
}

/** The main span of a proposal (the cue, the figure, the framing words). */
export function mainSpan(p: Proposal): BlockSpan {
  return p.kind === 'attribution' ? p.cue : p.kind === 'number' ? p.figure : p.span;
}
