/**
 * The class overview's shape (content/assignments/class-overview.ts builds it): one zod schema,
 * which the contract (getClassOverview) checks and the builder, the CSV and the screens take
 * their types from. Pure module.
 */
import { z } from 'zod';
import { Id, IsoDate } from '../schema/article-set';
import { Answer, Family } from '../schema/exercise';
import { AssignmentMode } from './assignment-file';

const AssignmentSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  mode: AssignmentMode,
  createdAt: z.string(),
  due: IsoDate.nullable(),
  attemptsAllowed: z.number().int().nullable(),
  setTitle: z.string(),
  exerciseCount: z.number().int(),
  /** Exercises graded automatically (all but written ones): the most a total score can be. */
  gradedExerciseCount: z.number().int(),
  studentCount: z.number().int(),
});

const StudentRow = z.object({
  name: z.string(),
  submittedAt: z.string(),
  /** Summed over the exercises answered. */
  timeSpentMs: z.number(),
  /** Exercises answered. */
  completed: z.number().int(),
  total: z.number().int(),
  /** Sum of the scores (0..1 each) of the graded exercises; unanswered ones count 0. */
  totalScore: z.number(),
  /** Per exercise: 0..1 for the final answer, or null when not answered or written (the teacher reads those). */
  scores: z.record(z.string(), z.number().nullable()),
  /**
   * Per exercise: 0..1 for the first try, or null when not answered, written, or not known (a results
   * file from an older Lenses that kept only the final answer of several tries).
   */
  firstTryScores: z.record(z.string(), z.number().nullable()),
  /** Per answered exercise: how many times the answer was checked or handed in. */
  tries: z.record(z.string(), z.number().int()),
  /** Per answered exercise, in the exercise's own ids. */
  answers: z.record(z.string(), Answer),
});
export type StudentRow = z.infer<typeof StudentRow>;

const ExerciseRow = z.object({
  id: Id,
  family: Family,
  type: z.enum(['find', 'choice', 'classify', 'match', 'order', 'compare', 'written']),
  prompt: z.string(),
  /** Students who answered it. */
  answered: z.number().int(),
  /** 0..100: of the students who answered, the share fully right in the end; null for written or unanswered. */
  percentCorrect: z.number().nullable(),
  /**
   * 0..100: of the students whose first try is known, the share fully right on the first try; null
   * for written, unanswered, or when no first try is known.
   */
  percentFirstTry: z.number().nullable(),
  /** 0..1: mean score of the students who answered; null for written or unanswered. */
  averageScore: z.number().nullable(),
  /** The most frequent wrong answers, each counted once per student, most frequent first. */
  commonWrongAnswers: z.array(z.object({ answer: z.string(), count: z.number().int() })),
});
export type ExerciseRow = z.infer<typeof ExerciseRow>;

export const ClassOverview = z.object({
  assignment: AssignmentSummary,
  students: z.array(StudentRow),
  exercises: z.array(ExerciseRow),
  /** Per family: mean score over every graded answer in it, or null when there is none. */
  familyAverages: z.object({ attribution: z.number().nullable(), framing: z.number().nullable(), numbers: z.number().nullable() }),
  writtenResponses: z.array(z.object({ student: z.string(), exerciseId: Id, text: z.string() })),
});
export type ClassOverview = z.infer<typeof ClassOverview>;
