/**
 * One answer a student saved in an assignment, as the student's progress file keeps it
 * (main/assignments/student-assignments.ts) and, without the first try, as the contract shows it.
 * Pure module.
 */
import { z } from 'zod';
import { Answer } from '../schema/exercise';
import { MAX_TIME_SPENT_MS } from './results-file';

export const SavedAnswer = z
  .object({
    answer: Answer,
    /** 0..1 in practice mode; null in assessment mode (the teacher grades). */
    score: z.number().min(0).max(1).nullable(),
    correct: z.boolean().nullable(),
    /** Times the answer was checked or handed in. */
    attempts: z.number().int().min(1),
    /** The answer at the first try, kept once there is a second (absent in progress saved before it was kept). */
    firstAnswer: Answer.optional(),
    /** Summed over every try. */
    timeSpentMs: z.number().int().min(0).max(MAX_TIME_SPENT_MS),
    savedAt: z.iso.datetime(),
  })
  .strict();
export type SavedAnswer = z.infer<typeof SavedAnswer>;
