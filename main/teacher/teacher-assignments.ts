/**
 * What the teacher's computer keeps: each assignment it made (the teacher copy, with the answer
 * key) in `teacher/assignments/<id>.json` in the user's storage, and the results imported for it in
 * `teacher/results/<id>.json`. Both are written atomically; results are only ever
 * added to (read, append, write), one import at a time, so nothing imported is lost.
 */
import { z } from 'zod';
import { TeacherCopy } from '../../content/assignments/teacher-copy';
import { ResultsFile } from '../../content/assignments/results-file';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { storageKey, type Storage } from '../storage/storage';
import { ignoreNotices, type StorageNotices } from '../storage/storage-notices';
import { createKeyedQueue } from './keyed-queue';

export const TEACHER_DIR = 'teacher';

export const ImportedResults = z
  .object({
    importedAt: z.iso.datetime(),
    /** The name of the file it came from. */
    fileName: z.string(),
    results: ResultsFile,
  })
  .strict();
export type ImportedResults = z.infer<typeof ImportedResults>;

const ResultsStore = z
  .object({ format: z.literal(1), assignmentId: z.uuid(), entries: z.array(ImportedResults) })
  .strict();

export interface TeacherAssignments {
  save(copy: TeacherCopy): Promise<void>;
  get(id: string): Promise<TeacherCopy | null>;
  list(): Promise<{ copies: TeacherCopy[]; problems: Array<{ file: string; message: string }> }>;
  results(id: string): Promise<ImportedResults[]>;
  /**
   * Add results to an assignment. `pick` gets what is already there and returns what to add;
   * it runs after any earlier import for the same assignment has been written.
   */
  addResults<T>(id: string, pick: (existing: readonly ImportedResults[]) => Promise<{ add: ImportedResults[]; result: T }>): Promise<T>;
}

export function createTeacherAssignments(storage: Storage, notices: StorageNotices = ignoreNotices): TeacherAssignments {
  const assignmentsDir = storageKey(TEACHER_DIR, 'assignments');
  const resultsDir = storageKey(TEACHER_DIR, 'results');
  const copies = new Map<string, TeacherCopy>();
  const resultsCache = new Map<string, ImportedResults[]>();
  /** Results stores found damaged (and set aside) since the app started, by assignment id. */
  const resultsProblems = new Map<string, string>();
  const queue = createKeyedQueue();
  const isId = (id: string) => z.uuid().safeParse(id).success;

  const readCopy = async (id: string): Promise<TeacherCopy | { problem: string } | null> => {
    const known = copies.get(id);
    if (known) return known;
    const read = await readJsonFile(storage, storageKey(assignmentsDir, `${id}.json`), TeacherCopy);
    if (!read.ok) return read.reason === 'missing' ? null : { problem: read.message };
    copies.set(id, read.value);
    return read.value;
  };

  const readResults = async (id: string): Promise<ImportedResults[]> => {
    const known = resultsCache.get(id);
    if (known) return known;
    const read = await readJsonFile(storage, storageKey(resultsDir, `${id}.json`), ResultsStore);
    // A damaged store is moved aside (never deleted) by readJsonFile, so it can be recovered by hand;
    // the teacher is told, and imports start a new store.
    if (!read.ok && read.reason === 'damaged') {
      const title = copies.get(id)?.file.title;
      const message = `The results imported for ${title ? `“${title}”` : 'an assignment'} could not be read (${read.message})${read.movedTo ? ` and were set aside in ${read.movedTo}` : ''}. Import the students' results files again.`;
      resultsProblems.set(id, message);
      notices.report(message);
    }
    const entries = read.ok ? read.value.entries : [];
    resultsCache.set(id, entries);
    return entries;
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
      return isId(id) ? readResults(id) : [];
    },
    addResults(id, pick) {
      return queue.run(id, async () => {
        const existing = await readResults(id);
        const { add, result } = await pick(existing);
        if (add.length > 0) {
          const entries = [...existing, ...add];
          await writeJsonFileAtomic(storage, storageKey(resultsDir, `${id}.json`), { format: 1, assignmentId: id, entries });
          resultsCache.set(id, entries);
        }
        return result;
      });
    },
  };
}
