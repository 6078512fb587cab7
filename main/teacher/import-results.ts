/**
 * Importing results files into the teacher's assignments. Each file is read (after its size is
 * checked), judged on its own, and imported whole or not at all; a bad file among good ones does
 * not stop the good ones; all the good files for one assignment are added in one atomic write, after
 * what is already there, so nothing imported before is lost. A file whose name matches one already
 * in (after normalising: student-name.ts) or whose answers are the same submission is not
 * refused and not counted: it is held for the teacher to see beside the other and decide. The very
 * same file again is refused as a duplicate.
 */
import { studentKey, type ResultsFile } from '../../content/assignments/results-file';
import { canonicalJson } from '../../content/assignments/canonical-json';
import { peekAssignmentId, readResultsText, sizeProblem, type FileProblem } from '../../content/assignments/read';
import type { ImportReport } from '../ipc/assignment-channels';
import type { PickedFile } from './files-port';
import type { HeldResults, StoredResults, TeacherAssignments } from './teacher-assignments';

/** The answers and the moment they were handed in: two files that agree here are one submission. */
const submissionKey = (r: ResultsFile) => canonicalJson({ submittedAt: r.submittedAt, answers: r.answers });

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
    await store.updateResults(assignmentId, async ({ entries, held }) => {
      const all: StoredResults[] = [...entries];
      const newHeld: HeldResults[] = [...held];
      const importedAt = now().toISOString();
      let changed = false;
      // Each entry's name and submission keyed once (the first entry with a key is the one found),
      // so a class of files is checked in time that grows with the class, not with its square.
      const byName = new Map<string, StoredResults>();
      const bySubmission = new Map<string, StoredResults>();
      const remember = (entry: StoredResults, name = studentKey(entry.results.student.name), submission = submissionKey(entry.results)) => {
        if (!byName.has(name)) byName.set(name, entry);
        if (!bySubmission.has(submission)) bySubmission.set(submission, entry);
      };
      for (const entry of all) remember(entry);
      /** Held files by exact name and submission. */
      const heldKey = (name: string, submission: string) => JSON.stringify([name, submission]);
      const heldKeys = new Set(newHeld.map((h) => heldKey(h.results.student.name, submissionKey(h.results))));
      for (const picked of picks) {
        const text = await readText(picked);
        if (text === null) continue;
        const read = readResultsText(picked.name, text, { assignment: copy.file, alreadyImported: new Set() });
        if (!read.ok) {
          reject(report, read.problem);
          continue;
        }
        const results = read.value;
        const name = studentKey(results.student.name);
        const submission = submissionKey(results);
        const sameName = byName.get(name);
        const sameSubmission = bySubmission.get(submission);
        const title = `“${copy.file.title}”`;
        if (sameName && sameName === sameSubmission && sameName.results.student.name === results.student.name) {
          reject(report, { file: picked.name, reason: 'duplicate', message: `“${picked.name}”: ${results.student.name} has already handed in these results for ${title}, so they were not imported again.` });
          continue;
        }
        if (heldKeys.has(heldKey(results.student.name, submission))) {
          reject(report, { file: picked.name, reason: 'duplicate', message: `“${picked.name}” is already waiting for you to compare it with another file.` });
          continue;
        }
        const clash = sameName ?? sameSubmission;
        changed = true;
        if (clash) {
          const reason = sameName ? 'same-name' : 'same-submission';
          newHeld.push({ id: crypto.randomUUID(), importedAt, fileName: picked.name, results, against: clash.id, reason });
          heldKeys.add(heldKey(results.student.name, submission));
          (report.held ??= []).push({
            file: picked.name,
            student: results.student.name,
            reason:
              reason === 'same-name'
                ? `Another file for the same name (${clash.results.student.name}) is already in. Compare the two in the class overview and choose.`
                : `It holds the same answers, handed in at the same moment, as ${clash.results.student.name}’s file. Compare the two in the class overview and choose.`,
          });
          continue;
        }
        const entry: StoredResults = { id: crypto.randomUUID(), importedAt, fileName: picked.name, results };
        all.push(entry);
        remember(entry, name, submission);
        report.imported.push({ file: picked.name, student: results.student.name, assignmentId });
      }
      return { next: changed ? { entries: all, held: newHeld } : null, result: null };
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
