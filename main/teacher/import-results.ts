/**
 * Importing results files into the teacher's assignments. Each file is read (after its size is
 * checked), judged on its own, and imported whole or not at all; a bad file among good ones does
 * not stop the good ones; all the good files for one assignment are added in one atomic write, after
 * what is already there, so nothing imported before is lost.
 */
import { studentKey } from '../../content/assignments/results-file';
import { peekAssignmentId, readResultsText, sizeProblem, type FileProblem } from '../../content/assignments/read';
import type { PickedFile } from './files-port';
import type { ImportedResults, TeacherAssignments } from './teacher-assignments';

export interface ImportReport {
  imported: Array<{ file: string; student: string; assignmentId: string }>;
  /** `reason` is the sentence for the teacher; `code` the kind of problem. */
  rejected: Array<{ file: string; reason: string; code: FileProblem['reason'] }>;
}

export interface ResultsImporter {
  /** Import into one assignment; with `assignmentId` null, refuse every file as not from here. */
  into(assignmentId: string | null, picks: readonly PickedFile[], report: ImportReport): Promise<void>;
  /** Import each file into the assignment it names. */
  byOwnId(picks: readonly PickedFile[], report: ImportReport): Promise<void>;
}

export function createResultsImporter(store: TeacherAssignments, now: () => Date): ResultsImporter {
  const reject = (report: ImportReport, problem: FileProblem) => {
    report.rejected.push({ file: problem.file, reason: problem.message, code: problem.reason });
  };

  /** Import picked files into one assignment; with no such assignment here, refuse each with its own reason. */
  const into = async (assignmentId: string | null, picks: readonly PickedFile[], report: ImportReport) => {
    const copy = assignmentId ? await store.get(assignmentId) : null;
    const readText = async (picked: PickedFile): Promise<string | null> => {
      const tooLarge = sizeProblem(picked.name, picked.size, 'results');
      if (tooLarge) {
        reject(report, tooLarge);
        return null;
      }
      try {
        return await picked.read();
      } catch {
        reject(report, { file: picked.name, reason: 'unreadable', message: `Lenses could not read “${picked.name}”.` });
        return null;
      }
    };
    if (!copy || !assignmentId) {
      for (const picked of picks) {
        const text = await readText(picked);
        if (text !== null) {
          const read = readResultsText(picked.name, text, { assignment: null, alreadyImported: new Set() });
          if (!read.ok) reject(report, read.problem);
        }
      }
      return;
    }
    await store.addResults(assignmentId, async (existing) => {
      const keys = new Set(existing.map((e) => studentKey(e.results.student.name)));
      const add: ImportedResults[] = [];
      const importedAt = now().toISOString();
      for (const picked of picks) {
        const text = await readText(picked);
        if (text === null) continue;
        const read = readResultsText(picked.name, text, { assignment: copy.file, alreadyImported: keys });
        if (!read.ok) {
          reject(report, read.problem);
          continue;
        }
        keys.add(studentKey(read.value.student.name));
        add.push({ importedAt, fileName: picked.name, results: read.value });
        report.imported.push({ file: picked.name, student: read.value.student.name, assignmentId });
      }
      return { add, result: null };
    });
  };

  /** Without a chosen assignment: read each file's assignment id first, then import per assignment. */
  const byOwnId = async (picks: readonly PickedFile[], report: ImportReport) => {
    const groups = new Map<string, PickedFile[]>();
    const unknown: PickedFile[] = [];
    for (const picked of picks) {
      let id: string | null = null;
      if (sizeProblem(picked.name, picked.size, 'results') === null) {
        try {
          id = peekAssignmentId(await picked.read());
        } catch {
          id = null;
        }
      }
      if (id) groups.set(id, [...(groups.get(id) ?? []), picked]);
      else unknown.push(picked);
    }
    for (const [id, group] of groups) await into((await store.get(id)) ? id : null, group, report);
    if (unknown.length > 0) await into(null, unknown, report);
  };

  return { into, byOwnId };
}
