/**
 * The student's view of an exercise in an assessment: what is needed to answer it and nothing that
 * gives the answer away. No correct flags, categories, match answers, correct order, find targets,
 * model answer, rubric, feedback, explanation, highlights or hints; no links to annotations.
 *
 * Item and option ids are replaced by neutral ones (`o1`, `i2`…) in shown order, because authored
 * ids can name the answer (an item "netanyahu-direct" in the category "direct"), and lists are
 * shuffled, because authors often list the right answer first. Pure.
 */
import { z } from 'zod';
import { Anchor, Id } from '../schema/article-set';
import { exerciseIdentity } from '../schema/exercise';

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** Words in one article, without the annotation they belong to. */
export const StudentTextRef = z.object({ article: Id, anchor: Anchor }).strict();
export type StudentTextRef = z.infer<typeof StudentTextRef>;

const common = exerciseIdentity;

const StudentFindExercise = z.object({ ...common, type: z.literal('find'), article: Id }).strict();

const StudentChoiceExercise = z
  .object({
    ...common,
    type: z.literal('choice'),
    multiple: z.boolean(),
    options: z.array(z.object({ id: Id, text: nonEmpty('option text') }).strict()).min(2),
  })
  .strict();

const StudentClassifyExercise = z
  .object({
    ...common,
    type: z.literal('classify'),
    categories: z.array(z.object({ id: Id, label: nonEmpty('category label') }).strict()).min(2),
    items: z.array(z.object({ id: Id, ref: StudentTextRef }).strict()).min(2),
  })
  .strict();

const StudentMatchExercise = z
  .object({
    ...common,
    type: z.literal('match'),
    items: z.array(z.object({ id: Id, ref: StudentTextRef }).strict()).min(2),
    options: z.array(z.object({ id: Id, text: nonEmpty('option text') }).strict()).min(2),
  })
  .strict();

const StudentOrderExercise = z
  .object({
    ...common,
    type: z.literal('order'),
    firstLabel: nonEmpty('firstLabel'),
    lastLabel: nonEmpty('lastLabel'),
    items: z.array(z.object({ id: Id, ref: StudentTextRef, label: nonEmpty('item label') }).strict()).min(2),
  })
  .strict();

const StudentCompareExercise = z
  .object({
    ...common,
    type: z.literal('compare'),
    /** Whether more than one phrase may be chosen (checkboxes rather than radio buttons). */
    multiple: z.boolean(),
    phrases: z.array(z.object({ id: Id, ref: StudentTextRef }).strict()).min(2),
  })
  .strict();

const StudentWrittenExercise = z
  .object({ ...common, type: z.literal('written'), minWords: z.number().int().min(0) })
  .strict();

export const StudentExercise = z.discriminatedUnion('type', [
  StudentFindExercise,
  StudentChoiceExercise,
  StudentClassifyExercise,
  StudentMatchExercise,
  StudentOrderExercise,
  StudentCompareExercise,
  StudentWrittenExercise,
]);
export type StudentExercise = z.infer<typeof StudentExercise>;
type StudentFindExercise = z.infer<typeof StudentFindExercise>;
type StudentChoiceExercise = z.infer<typeof StudentChoiceExercise>;
type StudentClassifyExercise = z.infer<typeof StudentClassifyExercise>;
type StudentMatchExercise = z.infer<typeof StudentMatchExercise>;
type StudentOrderExercise = z.infer<typeof StudentOrderExercise>;
type StudentCompareExercise = z.infer<typeof StudentCompareExercise>;
type StudentWrittenExercise = z.infer<typeof StudentWrittenExercise>;
