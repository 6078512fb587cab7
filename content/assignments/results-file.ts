/**
 * The results file (`.lensesresults`, format 1) a student hands back: their answers to one
 * assignment, named by the assignment's id and content hash. In assessment mode the student's copy
 * cannot grade, so `score` and `correct` are null; the teacher's copy grades every answer anyway
 * (class-overview.ts), so the figures in the file are only what the student saw. Pure.
 */
import { z } from 'zod';
import { Id } from '../schema/article-set';
import { Answer } from '../schema/exercise';
import { Sha256Hex } from './assignment-file';
import { nameKey } from './student-name';

export const RESULTS_KIND = 'lenses-results';
export const RESULTS_FORMAT = 1;
export const RESULTS_FILE_EXTENSION = 'lensesresults';
export const MAX_RESULTS_BYTES = 2 * 1024 * 1024;

/** Time on one exercise is capped at a week, which is more than anyone spends and less than overflow. */
export const MAX_TIME_SPENT_MS = 7 * 24 * 60 * 60 * 1000;

export const StudentName = z
  .string()
  .trim()
  .min(1, 'give a name')
  .max(100, 'a name has at most 100 characters')
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'a name cannot contain control characters');

const ResultAnswer = z
  .object({
    exerciseId: Id,
    /** In the ids of the assignment file the student had (the student's view in assessment mode). */
    answer: Answer,
    score: z.number().min(0).max(1).nullable(),
    correct: z.boolean().nullable(),
    attempts: z.number().int().min(1).max(10_000),
    /**
     * The answer at the first try, when there were several tries (in the same ids as `answer`).
     * Optional: files from before it was added, and answers given once, have none.
     */
    firstAnswer: Answer.optional(),
    timeSpentMs: z.number().int().min(0).max(MAX_TIME_SPENT_MS),
  })
  .strict();
type ResultAnswer = z.infer<typeof ResultAnswer>;

export const ResultsFile = z
  .object({
    kind: z.literal(RESULTS_KIND),
    format: z.literal(RESULTS_FORMAT),
    assignmentId: z.uuid(),
    assignmentHash: Sha256Hex,
    student: z.object({ name: StudentName }).strict(),
    submittedAt: z.iso.datetime(),
    appVersion: z.string().max(64),
    answers: z
      .array(ResultAnswer)
      .max(1000)
      .superRefine((answers, ctx) => {
        const seen = new Set<string>();
        answers.forEach((a, i) => {
          if (seen.has(a.exerciseId)) ctx.addIssue({ code: 'custom', path: [i, 'exerciseId'], message: `exercise "${a.exerciseId}" is answered more than once` });
          seen.add(a.exerciseId);
        });
      }),
  })
  .strict();
export type ResultsFile = z.infer<typeof ResultsFile>;

/**
 * The key that makes two submissions "the same student" (student-name.ts): "Anna  Smith",
 * "anna smith", "Ａｎｎａ Smith", "Аnna Smith" (Cyrillic А) and "Anna\u200B Smith" are one student.
 */
export const studentKey = nameKey;

/**
 * A results file as the student's app writes it: compact, one line (a class of them is read and
 * parsed at once, and indenting made each file about 70% larger). Files written indented by
 * earlier versions read the same.
 */
export function serialiseResults(file: ResultsFile): string {
  return `${JSON.stringify(file)}\n`;
}
