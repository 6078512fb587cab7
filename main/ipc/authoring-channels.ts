/**
 * The contract's channels for teachers' own article sets (issue 7): drafts, importing articles,
 * reviewing the analyser's proposals, authoring exercises and saving the draft as a set. All need
 * the teacher PIN unlocked ('locked'). Spread into `channels` in contract.ts. Pure module.
 */
import { z } from 'zod';
import { ArticleSet, Id } from '../../content/schema/article-set';
import { Exercise } from '../../content/schema/exercise';
import {
  ArticleMetadata,
  AttributionProposal,
  Draft,
  DraftDescription,
  DraftTitle,
  DraftTopic,
  FramingProposal,
  NumberProposal,
} from '../../content/authoring/draft';
import { ExerciseKind } from '../../content/authoring/generate-exercise';

const none = z.object({}).strict();
const DraftId = Id;
/** Pasted text: at most 5 MB is accepted (checked in bytes by the handler). */
const PastedText = z.string().max(6_000_000);

export const DraftView = z.object({
  draft: Draft,
  /** The set as it would be saved now, or null when it cannot be built; and what stops saving. */
  preview: z.object({ set: ArticleSet.nullable(), exercises: z.array(Exercise), problems: z.array(z.string()) }),
});
export type DraftView = z.infer<typeof DraftView>;

const DraftSummary = z.object({
  id: DraftId,
  title: z.string(),
  articleCount: z.number().int(),
  exerciseCount: z.number().int(),
  updatedAt: z.string(),
  /** Version of the last saved set, 0 when never saved. */
  savedVersion: z.number().int(),
});

/** An edited proposal: the whole proposal of the chosen kind (changing the kind is allowed), without id and status. */
export const ProposalEdit = z.discriminatedUnion('kind', [
  AttributionProposal.omit({ id: true, status: true, reason: true, edited: true }),
  NumberProposal.omit({ id: true, status: true, reason: true, edited: true }),
  FramingProposal.omit({ id: true, status: true, reason: true, edited: true }),
]);
export type ProposalEdit = z.infer<typeof ProposalEdit>;

const inDraft = { draftId: DraftId };
const inArticle = { draftId: DraftId, articleId: Id };

export const authoringChannels = {
  listDrafts: { input: none, output: z.object({ drafts: z.array(DraftSummary), problems: z.array(z.object({ file: z.string(), message: z.string() })) }) },
  createDraft: { input: z.object({ title: DraftTitle, description: DraftDescription, topic: DraftTopic }).strict(), output: DraftView },
  getDraft: { input: z.object(inDraft).strict(), output: DraftView },
  updateDraftInfo: { input: z.object({ ...inDraft, title: DraftTitle, description: DraftDescription, topic: DraftTopic }).strict(), output: DraftView },
  deleteDraft: { input: z.object(inDraft).strict(), output: z.object({ ok: z.literal(true) }) },
  /** Pick .txt, .md, .html/.htm or .docx files; each becomes an article with the analyser's proposals. All or nothing. */
  addArticlesFromFiles: { input: z.object(inDraft).strict(), output: z.object({ view: DraftView, added: z.array(Id) }) },
  addArticleFromText: { input: z.object({ ...inDraft, text: PastedText }).strict(), output: z.object({ view: DraftView, added: z.array(Id) }) },
  /** The teacher's confirmed outlet, date, headline, byline and language. */
  updateArticle: { input: z.object({ ...inArticle, metadata: ArticleMetadata }).strict(), output: DraftView },
  removeArticle: { input: z.object(inArticle).strict(), output: DraftView },
  reviewProposal: {
    input: z.object({ ...inArticle, proposalId: Id, decision: z.enum(['accept', 'reject', 'undo']) }).strict(),
    output: DraftView,
  },
  /** Accept or reject a proposed link across articles (it becomes one of the set's links when its highlights are accepted). */
  reviewLink: {
    input: z.object({ ...inDraft, linkId: Id, decision: z.enum(['accept', 'reject', 'undo']) }).strict(),
    output: DraftView,
  },
  /** Change a proposal's words (offsets in a block), kind or details; it is then accepted. */
  editProposal: { input: z.object({ ...inArticle, proposalId: Id, proposal: ProposalEdit }).strict(), output: DraftView },
  /** A first draft of an exercise from the accepted annotations, added to the draft. */
  addExercise: {
    input: z.object({ ...inArticle, kind: ExerciseKind, annotationId: Id.optional() }).strict(),
    output: z.object({ view: DraftView, exerciseId: Id }),
  },
  /** Replace an exercise (same id); checked like shipped content, refused with the reasons. */
  updateExercise: { input: z.object({ ...inDraft, exercise: Exercise }).strict(), output: DraftView },
  deleteExercise: { input: z.object({ ...inDraft, exerciseId: Id }).strict(), output: DraftView },
  /** Check the whole set; when it passes, write it under <userData>/sets/<id>/ so it is listed with the other sets. */
  saveDraftAsSet: {
    input: z.object(inDraft).strict(),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), setId: Id, version: z.number().int() }),
      z.object({ saved: z.literal(false), problems: z.array(z.string()) }),
    ]),
  },
} as const;
