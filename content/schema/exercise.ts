/**
 * Exercise format (version 1). Exercises live beside their article set in
 * `content/sets/<id>/exercises.json` and point into the articles by exact quotation.
 *
 * Pure module: no Node, no Electron, no DOM.
 */
import { z } from 'zod';
import { Anchor, Id } from './article-set';

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const Family = z.enum(['attribution', 'framing', 'numbers']);
export type Family = z.infer<typeof Family>;

/** Words in one article: an exact quotation, optionally tied to an annotation. */
export const TextRef = z
  .object({ article: Id, anchor: Anchor, annotation: Id.optional() })
  .strict();
export type TextRef = z.infer<typeof TextRef>;

/** What every exercise has, whoever sees it: the student's view in assessments shares these. */
export const exerciseIdentity = {
  id: Id,
  family: Family,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Articles the student needs to see. */
  articles: z.array(Id).min(1),
  prompt: nonEmpty('prompt'),
};

const common = {
  ...exerciseIdentity,
  hints: z.array(nonEmpty('hint')).min(1, 'give at least one hint'),
  explanation: z
    .object({
      text: nonEmpty('explanation'),
      /** Words highlighted in the article when the explanation is shown. */
      highlights: z.array(TextRef).min(1, 'an explanation points at the words in the article'),
    })
    .strict(),
};

export const FindExercise = z
  .object({
    ...common,
    type: z.literal('find'),
    article: Id,
    /**
     * The spans that count. `anchor` is the widest selection that is still right; `core` (inside it)
     * is what a selection must contain. Without a core, a selection must cover half the anchor.
     */
    targets: z
      .array(z.object({ anchor: Anchor, core: Anchor.optional(), annotation: Id.optional() }).strict())
      .min(1),
  })
  .strict();

export const ChoiceExercise = z
  .object({
    ...common,
    type: z.literal('choice'),
    multiple: z.boolean(),
    options: z
      .array(
        z
          .object({ id: Id, text: nonEmpty('option text'), correct: z.boolean(), feedback: nonEmpty('option feedback') })
          .strict(),
      )
      .min(2),
  })
  .strict();

export const ClassifyExercise = z
  .object({
    ...common,
    type: z.literal('classify'),
    categories: z.array(z.object({ id: Id, label: nonEmpty('category label') }).strict()).min(2),
    items: z
      .array(
        z
          .object({ id: Id, ref: TextRef, category: Id, feedback: nonEmpty('item feedback') })
          .strict(),
      )
      .min(2),
  })
  .strict();

export const MatchExercise = z
  .object({
    ...common,
    type: z.literal('match'),
    /** Each item (usually a figure) is matched to one option (what it counts, who gives it, when). */
    items: z.array(z.object({ id: Id, ref: TextRef, answer: Id }).strict()).min(2),
    options: z.array(z.object({ id: Id, text: nonEmpty('option text') }).strict()).min(2),
  })
  .strict();

export const OrderExercise = z
  .object({
    ...common,
    type: z.literal('order'),
    /** What goes first and last, e.g. "earliest report" / "latest report". */
    firstLabel: nonEmpty('firstLabel'),
    lastLabel: nonEmpty('lastLabel'),
    items: z.array(z.object({ id: Id, ref: TextRef, label: nonEmpty('item label') }).strict()).min(2),
    correctOrder: z.array(Id).min(2),
  })
  .strict();

export const CompareExercise = z
  .object({
    ...common,
    type: z.literal('compare'),
    phrases: z
      .array(z.object({ id: Id, ref: TextRef, correct: z.boolean(), feedback: nonEmpty('phrase feedback') }).strict())
      .min(2),
  })
  .strict();

export const WrittenExercise = z
  .object({
    ...common,
    type: z.literal('written'),
    modelAnswer: nonEmpty('model answer'),
    rubric: z.array(nonEmpty('rubric line')).min(1),
    minWords: z.number().int().min(0).default(0),
  })
  .strict();

export const Exercise = z.discriminatedUnion('type', [
  FindExercise,
  ChoiceExercise,
  ClassifyExercise,
  MatchExercise,
  OrderExercise,
  CompareExercise,
  WrittenExercise,
]);
export type Exercise = z.infer<typeof Exercise>;
export type ExerciseType = Exercise['type'];
export type FindExercise = z.infer<typeof FindExercise>;
export type ChoiceExercise = z.infer<typeof ChoiceExercise>;
export type ClassifyExercise = z.infer<typeof ClassifyExercise>;
export type MatchExercise = z.infer<typeof MatchExercise>;
export type OrderExercise = z.infer<typeof OrderExercise>;
export type CompareExercise = z.infer<typeof CompareExercise>;
export type WrittenExercise = z.infer<typeof WrittenExercise>;


export const ExerciseBank = z
  .object({ format: z.literal(1), set: Id, exercises: z.array(Exercise) })
  .strict();
export type ExerciseBank = z.infer<typeof ExerciseBank>;

/** A selection in an article: block id and character offsets inside that block's text. */
export const TextSelection = z
  .object({ block: Id, start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((s) => s.end > s.start, 'a selection ends after it starts');
export type TextSelection = z.infer<typeof TextSelection>;

export const Answer = z.discriminatedUnion('type', [
  z.object({ type: z.literal('find'), selections: z.array(TextSelection).max(50) }).strict(),
  z.object({ type: z.literal('choice'), selected: z.array(Id).max(50) }).strict(),
  z.object({ type: z.literal('classify'), placements: z.record(Id, Id) }).strict(),
  z.object({ type: z.literal('match'), pairs: z.record(Id, Id) }).strict(),
  z.object({ type: z.literal('order'), order: z.array(Id).max(50) }).strict(),
  z.object({ type: z.literal('compare'), selected: z.array(Id).max(50) }).strict(),
  z.object({ type: z.literal('written'), text: z.string().max(20000), selfCheck: z.array(z.boolean()).max(20) }).strict(),
]);
export type Answer = z.infer<typeof Answer>;
