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
import { namedAssignmentId, parseResultsText, readResultsJson, sizeProblem, type FileProblem } from '../../content/assignments/read';
import type { TeacherCopy } from '../../content/assignments/teacher-copy';
import type { ImportReport } from '../ipc/assignment-channels';
import type { PickedFile } from '../platform/files/files';
import { readAhead } from '../platform/files/read-ahead';
import type { HeldResults, StoredResults, TeacherAssignments } from './teacher-assignments';

/** The answers and the moment they were handed in: two files that agree here are one submission. */
const submissionKey = (r: ResultsFile) => canonicalJson({ submittedAt: r.submittedAt, answers: r.answers });

/** Files read ahead while the one before is judged (each at most MAX_RESULTS_BYTES). */
const READ_AHEAD = 8;

/**
 * Values by a key that is costly to make, within groups that are cheap to tell apart (a key only
 * ever matches within its group): keys are made only in groups asked about, each once, in the
 * order the values were added, so the first value added with a key is the one found.
 */
function lazyIndex<T>() {
  const found = new Map<string, T>();
  const waiting = new Map<string, Array<{ key: () => string; value: T }>>();
  const keyed = new Set<string>();
  const put = (key: string, value: T) => {
    if (!found.has(key)) found.set(key, value);
  };
  return {
    add(group: string, key: () => string, value: T) {
      if (keyed.has(group)) put(key(), value);
      else {
        const pending = waiting.get(group);
        if (pending) pending.push({ key, value });
        else waiting.set(group, [{ key, value }]);
      }
    },
    find(group: string, key: () => string): T | undefined {
      const pending = waiting.get(group);
      if (pending) {
        waiting.delete(group);
        keyed.add(group);
        for (const p of pending) put(p.key(), p.value);
      }
      return keyed.has(group) ? found.get(key()) : undefined;
    },
  };
}

export interface ResultsImporter {
  /** Import into one assignment; with `assignmentId` null, refuse every file as not from here. */
  into(assignmentId: string | null, picks: readonly PickedFile[], report: ImportReport): Promise<void>;
  /** Import each file into the assignment it names. */
  byOwnId(picks: readonly PickedFile[], report: ImportReport): Promise<void>;
}

/** A results file read, parsed and judged against its assignment, not yet added to it. */
interface Incoming {
  fileName: string;
  results: ResultsFile;
  /** Its place among the picked files, so what is reported keeps their order. */
  order: number;
}

/** A problem with one of the picked files, at its place among them. */
interface Refusal {
  order: number;
  problem: FileProblem;
}

export function createResultsImporter(store: TeacherAssignments, now: () => Date): ResultsImporter {
  const reject = (report: ImportReport, problem: FileProblem) => {
    report.rejected.push({ file: problem.file, reason: problem.message, code: problem.reason });
  };

  /** The file's text, or why it cannot be read; never throws, so files can be read ahead. */
  const readText = async (picked: PickedFile): Promise<{ picked: PickedFile; text: string } | { picked: PickedFile; problem: FileProblem }> => {
    const tooLarge = sizeProblem(picked.name, picked.size, 'results');
    if (tooLarge) return { picked, problem: tooLarge };
    try {
      return { picked, text: await picked.read() };
    } catch {
      return { picked, problem: { file: picked.name, reason: 'unreadable', message: `Lenses could not read “${picked.name}”.` } };
    }
  };

  /**
   * Each picked file read once (a few read ahead while the one before is judged), parsed once and
   * judged against the assignment `assignmentFor` gives for the id it names (null: none here). Only
   * the files that pass are kept, by assignment; the others are refused, in the files' order.
   */
  const judge = async (picks: readonly PickedFile[], assignmentFor: (namedId: string | null) => Promise<TeacherCopy | null>, refusals: Refusal[]) => {
    const passed = new Map<TeacherCopy, Incoming[]>();
    let order = 0;
    for await (const read of readAhead(picks, READ_AHEAD, readText)) {
      order += 1;
      if ('problem' in read) {
        refusals.push({ order, problem: read.problem });
        continue;
      }
      const fileName = read.picked.name;
      const json = parseResultsText(fileName, read.text);
      const copy = json.ok ? await assignmentFor(namedAssignmentId(json.value)) : null;
      const judged = json.ok ? readResultsJson(fileName, json.value, { assignment: copy?.file ?? null, alreadyImported: new Set() }) : json;
      if (!judged.ok) {
        refusals.push({ order, problem: judged.problem });
        continue;
      }
      // Never without `copy`: readResultsJson refuses every file when there is no assignment.
      if (!copy) continue;
      const incoming = { fileName, results: judged.value, order };
      const group = passed.get(copy);
      if (group) group.push(incoming);
      else passed.set(copy, [incoming]);
    }
    return passed;
  };

  /**
   * Add one assignment's judged files after what is already there, in one atomic write: the very
   * same file again is refused, a file with the name or the submission of one already in is held.
   */
  const add = (copy: TeacherCopy, incoming: readonly Incoming[], report: ImportReport, refusals: Refusal[]) => {
    const assignmentId = copy.file.id;
    return store.updateResults(assignmentId, async ({ entries, held }) => {
      const all: StoredResults[] = [...entries];
      const newHeld: HeldResults[] = [...held];
      const importedAt = now().toISOString();
      let changed = false;
      // Each entry's name keyed once (the first entry with a key is the one found), so a class of
      // files is checked in time that grows with the class, not with its square. Submissions are
      // keyed only among files handed in at the same moment (nearly never), as keying is costly.
      const byName = new Map<string, StoredResults>();
      const bySubmission = lazyIndex<StoredResults>();
      const remember = (entry: StoredResults, name = studentKey(entry.results.student.name)) => {
        if (!byName.has(name)) byName.set(name, entry);
        bySubmission.add(entry.results.submittedAt, () => submissionKey(entry.results), entry);
      };
      for (const entry of all) remember(entry);
      /** Held files by exact name and submission. */
      const heldKey = (name: string, submission: string) => JSON.stringify([name, submission]);
      const heldKeys = lazyIndex<true>();
      for (const h of newHeld) heldKeys.add(h.results.student.name, () => heldKey(h.results.student.name, submissionKey(h.results)), true);
      const title = `“${copy.file.title}”`;
      for (const { fileName, results, order } of incoming) {
        const name = studentKey(results.student.name);
        let key: string | undefined;
        const submission = () => (key ??= submissionKey(results));
        const sameName = byName.get(name);
        const sameSubmission = bySubmission.find(results.submittedAt, submission);
        if (sameName && sameName === sameSubmission && sameName.results.student.name === results.student.name) {
          refusals.push({ order, problem: { file: fileName, reason: 'duplicate', message: `“${fileName}”: ${results.student.name} has already handed in these results for ${title}, so they were not imported again.` } });
          continue;
        }
        const heldAs = () => heldKey(results.student.name, submission());
        if (heldKeys.find(results.student.name, heldAs)) {
          refusals.push({ order, problem: { file: fileName, reason: 'duplicate', message: `“${fileName}” is already waiting for you to compare it with another file.` } });
          continue;
        }
        const clash = sameName ?? sameSubmission;
        changed = true;
        if (clash) {
          const reason = sameName ? 'same-name' : 'same-submission';
          newHeld.push({ id: crypto.randomUUID(), importedAt, fileName, results, against: clash.id, reason });
          heldKeys.add(results.student.name, heldAs, true);
          (report.held ??= []).push({
            file: fileName,
            student: results.student.name,
            reason:
              reason === 'same-name'
                ? `Another file for the same name (${clash.results.student.name}) is already in. Compare the two in the class overview and choose.`
                : `It holds the same answers, handed in at the same moment, as ${clash.results.student.name}’s file. Compare the two in the class overview and choose.`,
          });
          continue;
        }
        const entry: StoredResults = { id: crypto.randomUUID(), importedAt, fileName, results };
        all.push(entry);
        remember(entry, name);
        report.imported.push({ file: fileName, student: results.student.name, assignmentId });
      }
      return { next: changed ? { entries: all, held: newHeld } : null, result: null };
    });
  };

  /** Judge the picked files, add those that pass to their assignments, and report the refused in the files' order. */
  const importAll = async (picks: readonly PickedFile[], assignmentFor: (namedId: string | null) => Promise<TeacherCopy | null>, report: ImportReport) => {
    const refusals: Refusal[] = [];
    for (const [copy, incoming] of await judge(picks, assignmentFor, refusals)) await add(copy, incoming, report, refusals);
    refusals.sort((a, b) => a.order - b.order);
    for (const { problem } of refusals) reject(report, problem);
  };

  /** Import picked files into one assignment; with no such assignment here, refuse each with its own reason. */
  const into = async (assignmentId: string | null, picks: readonly PickedFile[], report: ImportReport) => {
    const copy = assignmentId ? await store.get(assignmentId) : null;
    await importAll(picks, async () => copy, report);
  };

  /** Without a chosen assignment: each file (read once) goes to the assignment it names. */
  const byOwnId = async (picks: readonly PickedFile[], report: ImportReport) => {
    const found = new Map<string, TeacherCopy | null>();
    const assignmentFor = async (namedId: string | null) => {
      if (namedId === null) return null;
      if (!found.has(namedId)) found.set(namedId, await store.get(namedId));
      return found.get(namedId) ?? null;
    };
    await importAll(picks, assignmentFor, report);
  };

  return { into, byOwnId };
}
