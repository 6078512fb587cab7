/**
 * The assignments one profile opened, and its answers, under `profiles/<profile>/assignments/<id>/`
 * in the user's storage: `assignment.lensesassignment` (the file exactly as received, so its hash
 * still holds), `progress.json` (answers, time; written atomically after every answer) and
 * `tries.jsonl` (one line per try, appended durably before the answer is saved). Tries are counted
 * from that append-only record, so a damaged or deleted progress file never gives tries back.
 * Updates to one assignment run one at a time.
 */
import { z } from 'zod';
import { Id } from '../../content/schema/article-set';
import type { AssignmentFile } from '../../content/assignments/assignment-file';
import { readAssignmentText } from '../../content/assignments/read';
import { SavedAnswer } from '../../content/assignments/saved-answer';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { storageKey, type Storage } from '../platform/storage/storage';
import { ignoreNotices, type StorageNotices } from '../storage/storage-notices';
import { createKeyedQueue } from '../serial-queue';

export const STUDENT_ASSIGNMENTS_DIR = 'assignments';
const ASSIGNMENT_NAME = 'assignment.lensesassignment';
const PROGRESS_NAME = 'progress.json';
const TRIES_NAME = 'tries.jsonl';
const TryLine = z.object({ exerciseId: Id, at: z.string() });


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
type Progress = z.infer<typeof Progress>;

export interface StudentAssignment {
  file: AssignmentFile;
  progress: Progress;
  /** Tries per exercise: the larger of the append-only record and the saved answers. */
  tries: Record<string, number>;
}

type ImportOutcome =
  | { ok: true; assignment: StudentAssignment; alreadyHad: boolean }
  | { ok: false; reason: 'different-copy'; title: string };

export interface StudentAssignments {
  /** Store a verified assignment file; a second copy of the same file keeps the answers given. */
  add(file: AssignmentFile, text: string, now: Date): Promise<ImportOutcome>;
  list(): Promise<{ assignments: StudentAssignment[]; problems: Array<{ file: string; message: string }> }>;
  get(id: string): Promise<StudentAssignment | null>;
  /** Change an assignment's progress; runs after any earlier change to it has been written. */
  update<T>(id: string, change: (current: StudentAssignment) => Promise<{ progress: Progress; result: T }> | { progress: Progress; result: T }): Promise<T | null>;
  /** Record one try durably (before its answer is saved). */
  recordTry(id: string, exerciseId: string, at: Date): Promise<void>;
}

/** `root` is the profile's own assignments folder. */
export function createStudentAssignments(storage: Storage, root: string, notices: StorageNotices = ignoreNotices): StudentAssignments {
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

  const readTries = async (id: string, progress: Progress): Promise<Record<string, number>> => {
    const tries: Record<string, number> = {};
    for (const [exerciseId, saved] of Object.entries(progress.answers)) tries[exerciseId] = saved.attempts;
    const text = await storage.readText(storageKey(folder(id), TRIES_NAME));
    const counted: Record<string, number> = {};
    for (const line of (text ?? '').split('\n')) {
      if (!line.trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue; // a torn last line (a crash while appending)
      }
      const read = TryLine.safeParse(parsed);
      if (read.success) counted[read.data.exerciseId] = (counted[read.data.exerciseId] ?? 0) + 1;
    }
    for (const [exerciseId, n] of Object.entries(counted)) tries[exerciseId] = Math.max(tries[exerciseId] ?? 0, n);
    return tries;
  };

  const withTries = async (file: AssignmentFile): Promise<StudentAssignment> => {
    const progress = await readProgress(file);
    return { file, progress, tries: await readTries(file.id, progress) };
  };

  const get = async (id: string): Promise<StudentAssignment | null> => {
    if (!z.uuid().safeParse(id).success) return null;
    const file = await readFileOf(id);
    if (!file || 'problem' in file) return null;
    return withTries(file);
  };

  return {
    add(file, text, now) {
      return queue.run(file.id, async () => {
        const existing = await readFileOf(file.id);
        if (existing && !('problem' in existing)) {
          if (existing.contentHash !== file.contentHash) return { ok: false, reason: 'different-copy', title: existing.title };
          return { ok: true, assignment: await withTries(existing), alreadyHad: true };
        }
        await storage.writeAtomically(storageKey(folder(file.id), ASSIGNMENT_NAME), text);
        const progress: Progress = { format: 1, assignmentId: file.id, importedAt: now.toISOString(), exportedAt: null, answers: {} };
        await writeJsonFileAtomic(storage, storageKey(folder(file.id), PROGRESS_NAME), progress);
        files.set(file.id, file);
        return { ok: true, assignment: { file, progress, tries: await readTries(file.id, progress) }, alreadyHad: false };
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
        if ('problem' in file) problems.push({ file: `${root}/${id}/${ASSIGNMENT_NAME}`, message: file.problem });
        else assignments.push(await withTries(file));
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
    async recordTry(id, exerciseId, at) {
      await storage.appendDurably(storageKey(folder(id), TRIES_NAME), `${JSON.stringify({ exerciseId, at: at.toISOString() })}\n`);
    },
  };
}
