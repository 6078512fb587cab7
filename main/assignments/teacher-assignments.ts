/**
 * What the teacher's computer keeps: each assignment it made (the teacher copy, with the answer
 * key) in `teacher/assignments/<id>.json` in the user's storage, and the results imported for it in
 * `teacher/results/<id>.json`. Both are written atomically, one change at a time; results are
 * added to, held back for the teacher to judge (same name or same submission as one already in),
 * or removed only when the teacher says so.
 */
import { z } from 'zod';
import { TeacherCopy } from '../../content/assignments/teacher-copy';
import { ResultsFile } from '../../content/assignments/results-file';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { compiled } from '../../content/logic/compiled-schema';
import { storageKey, type Storage } from '../platform/storage/storage';
import { ignoreNotices, type StorageNotices } from '../storage/storage-notices';
import { createKeyedQueue } from '../serial-queue';

const TEACHER_DIR = 'teacher';

const ImportedResults = z
  .object({
    /** Stable within the store (older stores had none: they get `entry-<n>` when read). */
    id: z.string().min(1).max(80).optional(),
    importedAt: z.iso.datetime(),
    /** The name of the file it came from. */
    fileName: z.string(),
    results: ResultsFile,
  })
  .strict();
type ImportedResults = z.infer<typeof ImportedResults>;
export type StoredResults = ImportedResults & { id: string };

/** A file held back for the teacher to judge: same name (after normalising) or same submission as one already in. */
export const HeldResults = ImportedResults.extend({
  id: z.string().min(1).max(80),
  /** The entry it clashes with. */
  against: z.string().min(1).max(80),
  reason: z.enum(['same-name', 'same-submission']),
}).strict();
export type HeldResults = z.infer<typeof HeldResults>;

const ResultsStore = z
  .object({ format: z.literal(1), assignmentId: z.uuid(), entries: z.array(ImportedResults), held: z.array(HeldResults).optional() })
  .strict();

interface ResultsState {
  entries: StoredResults[];
  held: HeldResults[];
}

export interface TeacherAssignments {
  save(copy: TeacherCopy): Promise<void>;
  get(id: string): Promise<TeacherCopy | null>;
  list(): Promise<{ copies: TeacherCopy[]; problems: Array<{ file: string; message: string }> }>;
  results(id: string): Promise<StoredResults[]>;
  /** The results in, and those held back for the teacher to judge. */
  state(id: string): Promise<ResultsState>;
  /**
   * Change an assignment's results. `change` gets what is there and returns the new state (or null
   * to leave it); it runs after any earlier change for the same assignment has been written.
   */
  updateResults<T>(id: string, change: (current: ResultsState) => Promise<{ next: ResultsState | null; result: T }>): Promise<T>;
}

export function createTeacherAssignments(storage: Storage, notices: StorageNotices = ignoreNotices): TeacherAssignments {
  const assignmentsDir = storageKey(TEACHER_DIR, 'assignments');
  const resultsDir = storageKey(TEACHER_DIR, 'results');
  const copies = new Map<string, TeacherCopy>();
  const resultsCache = new Map<string, ResultsState>();
  /** Results stores found damaged (and set aside) since the app started, by assignment id. */
  const resultsProblems = new Map<string, string>();
  const queue = createKeyedQueue();
  const isId = (id: string) => z.uuid().safeParse(id).success;

  const readCopy = async (id: string): Promise<TeacherCopy | { problem: string } | null> => {
    const known = copies.get(id);
    if (known) return known;
    const read = await readJsonFile(storage, storageKey(assignmentsDir, `${id}.json`), compiled(TeacherCopy));
    if (!read.ok) return read.reason === 'missing' ? null : { problem: read.message };
    copies.set(id, read.value);
    return read.value;
  };

  const readResults = async (id: string): Promise<ResultsState> => {
    const known = resultsCache.get(id);
    if (known) return known;
    const read = await readJsonFile(storage, storageKey(resultsDir, `${id}.json`), compiled(ResultsStore));
    // A damaged store is moved aside (never deleted) by readJsonFile, so it can be recovered by hand;
    // the teacher is told, and imports start a new store.
    if (!read.ok && read.reason === 'damaged') {
      const title = copies.get(id)?.file.title;
      const message = `The results imported for ${title ? `“${title}”` : 'an assignment'} could not be read (${read.message})${read.movedTo ? ` and were set aside in ${read.movedTo}` : ''}. Import the students' results files again.`;
      resultsProblems.set(id, message);
      notices.report(message);
    }
    const state: ResultsState = read.ok
      ? { entries: read.value.entries.map((e, i) => ({ ...e, id: e.id ?? `entry-${i + 1}` })), held: read.value.held ?? [] }
      : { entries: [], held: [] };
    resultsCache.set(id, state);
    return state;
  };

  return {
    async save(copy) {
      await writeJsonFileAtomic(storage, storageKey(assignmentsDir, `${copy.file.id}.json`), copy);
      copies.set(copy.file.id, copy);
    },
    async get(id) {
      if (!isId(id)) return null;
      const copy = await readCopy(id);
      return copy && !('problem' in copy) ? copy : null;
    },
    async list() {
      const names = (await storage.list(assignmentsDir)).filter((e) => !e.folder).map((e) => e.name);
      const found: TeacherCopy[] = [];
      const problems: Array<{ file: string; message: string }> = [];
      for (const name of names) {
        const id = name.replace(/\.json$/u, '');
        if (!name.endsWith('.json') || !isId(id)) continue;
        const copy = await readCopy(id);
        if (!copy) continue;
        if ('problem' in copy) problems.push({ file: `${TEACHER_DIR}/assignments/${name}`, message: copy.problem });
        else found.push(copy);
        if (!('problem' in copy)) await readResults(id);
        const damaged = resultsProblems.get(id);
        if (damaged) problems.push({ file: `${TEACHER_DIR}/results/${name}`, message: damaged });
      }
      return { copies: found, problems };
    },
    async results(id) {
      return isId(id) ? (await readResults(id)).entries : [];
    },
    async state(id) {
      return isId(id) ? readResults(id) : { entries: [], held: [] };
    },
    updateResults(id, change) {
      return queue.run(id, async () => {
        const current = await readResults(id);
        const { next, result } = await change(current);
        if (next) {
          // Compact: a class's results are megabytes, written whole at each change.
          await writeJsonFileAtomic(storage, storageKey(resultsDir, `${id}.json`), { format: 1, assignmentId: id, entries: next.entries, held: next.held }, { compact: true });
          resultsCache.set(id, next);
        }
        return result;
      });
    },
  };
}
