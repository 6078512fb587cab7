/**
 * Assignments a student opened, and their answers, under `assignments/<id>/` in the user's storage:
 * `assignment.lensesassignment` (the file exactly as received, so its hash still holds) and
 * `progress.json` (answers, tries, time; written atomically after every answer). Updates to one
 * assignment run one at a time.
 */
import { z } from 'zod';
import { Id } from '../../content/schema/article-set';
import { Answer } from '../../content/schema/exercise';
import type { AssignmentFile } from '../../content/assignments/assignment-file';
import { readAssignmentText } from '../../content/assignments/read';
import { MAX_TIME_SPENT_MS } from '../../content/assignments/results-file';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { storageKey, type Storage } from '../storage/storage';
import { ignoreNotices, type StorageNotices } from '../storage/storage-notices';
import { createKeyedQueue } from './keyed-queue';

export const STUDENT_ASSIGNMENTS_DIR = 'assignments';
const ASSIGNMENT_NAME = 'assignment.lensesassignment';
const PROGRESS_NAME = 'progress.json';

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

const Progress = z
  .object({
    format: z.literal(1),
    assignmentId: z.uuid(),
    importedAt: z.iso.datetime(),
    /** When results were last saved for the teacher, or null. */
    exportedAt: z.iso.datetime().nullable(),
    answers: z.record(Id, SavedAnswer),
  })
  .strict();
export type Progress = z.infer<typeof Progress>;

export interface StudentAssignment {
  file: AssignmentFile;
  progress: Progress;
}

export type ImportOutcome =
  | { ok: true; assignment: StudentAssignment; alreadyHad: boolean }
  | { ok: false; reason: 'different-copy'; title: string };

export interface StudentAssignments {
  /** Store a verified assignment file; a second copy of the same file keeps the answers given. */
  add(file: AssignmentFile, text: string, now: Date): Promise<ImportOutcome>;
  list(): Promise<{ assignments: StudentAssignment[]; problems: Array<{ file: string; message: string }> }>;
  get(id: string): Promise<StudentAssignment | null>;
  /** Change an assignment's progress; runs after any earlier change to it has been written. */
  update<T>(id: string, change: (current: StudentAssignment) => Promise<{ progress: Progress; result: T }> | { progress: Progress; result: T }): Promise<T | null>;
}

export function createStudentAssignments(storage: Storage, notices: StorageNotices = ignoreNotices): StudentAssignments {
  const root = STUDENT_ASSIGNMENTS_DIR;
  const queue = createKeyedQueue();
  const files = new Map<string, AssignmentFile>();
  const folder = (id: string) => storageKey(root, id);

  const readFileOf = async (id: string): Promise<AssignmentFile | { problem: string } | null> => {
    const known = files.get(id);
    if (known) return known;
    const text = await storage.readText(storageKey(folder(id), ASSIGNMENT_NAME));
    if (text === null) return null;
    const read = await readAssignmentText(ASSIGNMENT_NAME, text);
    if (!read.ok) return { problem: read.problem.message };
    if (read.value.id !== id) return { problem: `the assignment in folder ${id} has id ${read.value.id}` };
    files.set(id, read.value);
    return read.value;
  };

  const readProgress = async (file: AssignmentFile): Promise<Progress> => {
    const read = await readJsonFile(storage, storageKey(folder(file.id), PROGRESS_NAME), Progress);
    // Missing or damaged (moved aside by readJsonFile): start again rather than lose the assignment,
    // and say so.
    if (!read.ok && read.reason === 'damaged') {
      notices.report(`Your answers to “${file.title}” could not be read${read.movedTo ? ` and were set aside in ${read.movedTo}` : ''}; the assignment starts again with no answers.`);
    }
    return read.ok ? read.value : { format: 1, assignmentId: file.id, importedAt: file.createdAt, exportedAt: null, answers: {} };
  };

  const get = async (id: string): Promise<StudentAssignment | null> => {
    if (!z.uuid().safeParse(id).success) return null;
    const file = await readFileOf(id);
    if (!file || 'problem' in file) return null;
    return { file, progress: await readProgress(file) };
  };

  return {
    add(file, text, now) {
      return queue.run(file.id, async () => {
        const existing = await readFileOf(file.id);
        if (existing && !('problem' in existing)) {
          if (existing.contentHash !== file.contentHash) return { ok: false, reason: 'different-copy', title: existing.title };
          return { ok: true, assignment: { file: existing, progress: await readProgress(existing) }, alreadyHad: true };
        }
        await storage.writeAtomically(storageKey(folder(file.id), ASSIGNMENT_NAME), text);
        const progress: Progress = { format: 1, assignmentId: file.id, importedAt: now.toISOString(), exportedAt: null, answers: {} };
        await writeJsonFileAtomic(storage, storageKey(folder(file.id), PROGRESS_NAME), progress);
        files.set(file.id, file);
        return { ok: true, assignment: { file, progress }, alreadyHad: false };
      });
    },
    async list() {
      await queue.idle();
      const ids = (await storage.list(root)).filter((e) => e.folder).map((e) => e.name);
      const assignments: StudentAssignment[] = [];
      const problems: Array<{ file: string; message: string }> = [];
      for (const id of ids) {
        if (!z.uuid().safeParse(id).success) continue;
        const file = await readFileOf(id);
        if (!file) continue;
        if ('problem' in file) problems.push({ file: `${STUDENT_ASSIGNMENTS_DIR}/${id}/${ASSIGNMENT_NAME}`, message: file.problem });
        else assignments.push({ file, progress: await readProgress(file) });
      }
      return { assignments, problems };
    },
    // Reads wait for the changes already asked for, so a screen opened right after an answer sees it.
    get: (id) => queue.run(id, () => get(id)),
    update(id, change) {
      return queue.run(id, async () => {
        const current = await get(id);
        if (!current) return null;
        const { progress, result } = await change(current);
        await writeJsonFileAtomic(storage, storageKey(folder(id), PROGRESS_NAME), progress);
        return result;
      });
    },
  };
}
