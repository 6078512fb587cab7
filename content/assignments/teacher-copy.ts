/**
 * What the teacher's computer keeps for each assignment it made
 * (`<userDataDir>/teacher/assignments/<id>.json`): the file exactly as handed out, plus the full
 * exercises (answer key included), the set with annotations, and how the student view renamed ids,
 * so results of an assessment can be graded here. Never leaves the teacher's computer. Pure.
 */
import { z } from 'zod';
import { ArticleSet, Id } from '../schema/article-set';
import { Exercise } from '../schema/exercise';
import { AssignmentFile } from './assignment-file';

export const TEACHER_COPY_KIND = 'lenses-teacher-assignment';

export const TeacherCopy = z
  .object({
    kind: z.literal(TEACHER_COPY_KIND),
    format: z.literal(1),
    /** The assignment file exactly as handed out (its contentHash is what results must name). */
    file: AssignmentFile,
    /** The full exercises, in the file's order. */
    exercises: z.array(Exercise).min(1),
    /** The set restricted to the assignment's articles, with annotations. */
    fullSet: ArticleSet,
    /** Per exercise: student-view id → the exercise's own id (assessment mode; empty in practice). */
    idMaps: z.record(Id, z.record(Id, Id)),
    /** Where the exercises came from. */
    source: z.object({ setId: Id, setVersion: z.number().int() }).strict(),
  })
  .strict();
export type TeacherCopy = z.infer<typeof TeacherCopy>;
