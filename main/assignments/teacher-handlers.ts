/**
 * The teacher's side of assignments, all behind the teacher PIN: the PIN itself, making an
 * assignment from a set's exercises, handing it out, importing results (a bad file among good ones
 * does not stop the good ones; a file is imported whole or not at all; nothing imported before is
 * lost), the class overview, the CSV export and the PDF report. Each call is a named function
 * over `TeacherDeps` (its state: the teacher's assignment store and the results importer, made
 * once), in the map `teacherHandlers`.
 */
import type { Caller } from '../ipc/caller';
import type { ChannelInput } from '../ipc/contract';
import type { FeatureHandlers } from '../ipc/handler-map';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ImportReport, teacherAssignmentChannels, teacherPinChannels, teacherSessionChannels } from '../ipc/assignment-channels';
import type { ContentRepository } from '../content/content-repository';
import { ASSIGNMENT_FILE_EXTENSION, assignmentHash, buildAssignment, serialiseAssignment } from '../../content/assignments/assignment-file';
import { TEACHER_COPY_KIND, type TeacherCopy } from '../../content/assignments/teacher-copy';
import { RESULTS_FILE_EXTENSION } from '../../content/assignments/results-file';
import type { FileProblem } from '../../content/assignments/read';
import { classOverview, studentRows } from '../../content/assignments/class-overview';
import type { StudentRow } from '../../content/assignments/class-overview-schema';
import { classOverviewCsv } from '../../content/assignments/csv';
import type { PathFilesPort, PickedFile, TeacherFilesPort } from '../platform/files/files';
import type { PrintClassReport } from '../platform/print/print';
import type { Storage } from '../platform/storage/storage';
import { createTeacherAssignments } from './teacher-assignments';
import type { StorageNotices } from '../storage/storage-notices';
import { createResultsImporter } from './import-results';
import type { TeacherPin } from '../teacher-mode/teacher-pin';
import { suggestedName } from '../../content/logic/file-names';
import type { ResultsFile } from '../../content/assignments/results-file';
import { nameLooksOdd, visibleName } from '../../content/assignments/student-name';

type TeacherChannel = keyof typeof teacherPinChannels | keyof typeof teacherSessionChannels | keyof typeof teacherAssignmentChannels;

export interface TeacherHandlerOptions {
  storage: Storage;
  /** Where damaged stores that were set aside are reported. */
  notices?: StorageNotices;
  content: ContentRepository;
  pin: TeacherPin;
  files: TeacherFilesPort;
  /** Files and folders by their path on this computer (desktop only). */
  paths: PathFilesPort;
  printClassReport: PrintClassReport;
  now: () => Date;
}

const RESULTS_FILTERS = [{ name: 'Lenses results', extensions: [RESULTS_FILE_EXTENSION] }];

/** The options, the teacher's assignment store and the results importer over it, made once. */
export type TeacherDeps = ReturnType<typeof createTeacherDeps>;

export function createTeacherDeps(options: TeacherHandlerOptions) {
  const store = createTeacherAssignments(options.storage, options.notices);
  return { ...options, store, importer: createResultsImporter(store, options.now) };
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

async function copyOf({ store }: TeacherDeps, id: string): Promise<TeacherCopy> {
  // Teacher mode is checked before any teacher channel runs (rules/teacher-only.ts).
  const copy = await store.get(id);
  if (!copy) throw new UserFacingError('not-found', 'This assignment is not on this computer any more.');
  return copy;
}

function reject(report: ImportReport, problem: FileProblem) {
  report.rejected.push({ file: problem.file, reason: problem.message, code: problem.reason });
}

function save({ files }: TeacherDeps, caller: Caller, title: string, defaultName: string, extension: string, filterName: string, content: string) {
  return files.saveFile({ title, defaultName, filters: [{ name: filterName, extensions: [extension] }], content }, caller);
}

const getTeacherStatus = ({ pin }: TeacherDeps) => pin.status();
const setTeacherPin = ({ pin }: TeacherDeps, { pin: value }: ChannelInput<'setTeacherPin'>) => pin.setPin(value);
const unlockTeacher = ({ pin }: TeacherDeps, { pin: value }: ChannelInput<'unlockTeacher'>) => pin.unlock(value);
const recoverTeacherPin = ({ pin }: TeacherDeps, { code, pin: value }: ChannelInput<'recoverTeacherPin'>) => pin.recover(code, value);

function lockTeacher({ pin }: TeacherDeps) {
  pin.lock();
  return pin.status();
}

// Teacher-only (rules/teacher-only.ts): reaching the handler means teacher mode is open, and the call counted as activity.
const keepTeacherUnlocked = ({ pin }: TeacherDeps) => pin.status();
const setTeacherIdleMinutes = ({ pin }: TeacherDeps, { minutes }: ChannelInput<'setTeacherIdleMinutes'>) => pin.setIdleMinutes(minutes);

async function createAssignment(deps: TeacherDeps, input: ChannelInput<'createAssignment'>) {
  const loaded = await deps.content.get(input.setId);
  if (!loaded) throw new UserFacingError('not-found', `There is no article set called "${input.setId}".`);
  const { set } = loaded;
  const refuse = (message: string) => new UserFacingError('invalid-arguments', message);
  const [dupArticle] = duplicates(input.articleIds);
  if (dupArticle) throw refuse(`The article "${dupArticle}" is chosen twice.`);
  const [dupExercise] = duplicates(input.exerciseIds);
  if (dupExercise) throw refuse(`The exercise "${dupExercise}" is chosen twice.`);
  const articles = new Map(set.articles.map((a) => [a.id, a]));
  const missingArticle = input.articleIds.find((id) => !articles.has(id));
  if (missingArticle) throw refuse(`The set “${set.title}” has no article "${missingArticle}".`);
  const exercisesById = new Map(loaded.exercises.map((e) => [e.id, e]));
  const chosen = new Set(input.articleIds);
  const exercises = input.exerciseIds.map((id) => {
    const exercise = exercisesById.get(id);
    if (!exercise) throw refuse(`The set “${set.title}” has no exercise "${id}".`);
    const needed = exercise.articles.find((a) => !chosen.has(a));
    if (needed) throw refuse(`The exercise "${id}" needs the article “${articles.get(needed)?.shortTitle ?? needed}”: add it, or leave the exercise out.`);
    return exercise;
  });
  const id = crypto.randomUUID();
  const built = await buildAssignment({
    id,
    title: input.title,
    instructions: input.instructions ?? '',
    createdAt: deps.now().toISOString(),
    due: input.due,
    attemptsAllowed: input.attemptsAllowed,
    mode: input.mode,
    set,
    articleIds: input.articleIds,
    exercises,
  });
  await deps.store.save({
    kind: TEACHER_COPY_KIND,
    format: 1,
    file: built.file,
    exercises,
    fullSet: built.fullSet,
    idMaps: built.idMaps,
    source: { setId: set.id, setVersion: set.version },
  });
  return { id };
}

async function listTeacherAssignments({ store }: TeacherDeps) {
  const { copies, problems } = await store.list();
  const assignments = await Promise.all(
    copies.map(async (c) => ({
      id: c.file.id,
      title: c.file.title,
      mode: c.file.mode,
      createdAt: c.file.createdAt,
      due: c.file.due,
      attemptsAllowed: c.file.attemptsAllowed,
      setId: c.source.setId,
      setTitle: c.file.set.title,
      exerciseCount: c.exercises.length,
      resultsCount: (await store.results(c.file.id)).length,
    })),
  );
  assignments.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { assignments, problems };
}

async function exportAssignment(deps: TeacherDeps, { id }: ChannelInput<'exportAssignment'>, caller: Caller) {
  const copy = await copyOf(deps, id);
  // Never hand out a file the students' Lenses would refuse.
  if ((await assignmentHash(copy.file)) !== copy.file.contentHash) {
    throw new UserFacingError('storage', `The stored copy of “${copy.file.title}” has been changed or damaged, so it cannot be handed out. Make the assignment again.`);
  }
  return save(deps, caller, 'Save the assignment for your students', suggestedName([copy.file.title], ASSIGNMENT_FILE_EXTENSION), ASSIGNMENT_FILE_EXTENSION, 'Lenses assignment', serialiseAssignment(copy.file));
}

async function importResults(deps: TeacherDeps, { assignmentId }: ChannelInput<'importResults'>, caller: Caller) {
  await copyOf(deps, assignmentId);
  const picks = await deps.files.openFiles({ title: 'Import your students’ results', filters: RESULTS_FILTERS, multiple: true }, caller);
  const report: ImportReport = { imported: [], rejected: [] };
  await deps.importer.into(assignmentId, picks, report);
  return report;
}

async function importResultsFromPaths(deps: TeacherDeps, { assignmentId, files: tokens }: ChannelInput<'importResultsFromPaths'>) {
  if (assignmentId) await copyOf(deps, assignmentId);
  const report: ImportReport = { imported: [], rejected: [] };
  const picks: PickedFile[] = [];
  for (const pick of await deps.paths.pickFilesAndFolders(tokens, RESULTS_FILE_EXTENSION, 'results')) {
    if (pick.ok) picks.push(pick.file);
    else reject(report, pick.problem);
  }
  if (assignmentId) await deps.importer.into(assignmentId, picks, report);
  else await deps.importer.byOwnId(picks, report);
  return report;
}

async function getClassOverview(deps: TeacherDeps, { assignmentId }: ChannelInput<'getClassOverview'>) {
  const copy = await copyOf(deps, assignmentId);
  return classOverview(copy, (await deps.store.results(assignmentId)).map((e) => e.results));
}

async function exportClassCsv(deps: TeacherDeps, { assignmentId }: ChannelInput<'exportClassCsv'>, caller: Caller) {
  const copy = await copyOf(deps, assignmentId);
  const overview = classOverview(copy, (await deps.store.results(assignmentId)).map((e) => e.results));
  return save(deps, caller, 'Save the class results as a spreadsheet', suggestedName([copy.file.title, 'results'], 'csv'), 'csv', 'CSV spreadsheet', classOverviewCsv(overview));
}

async function listSubmissions(deps: TeacherDeps, { assignmentId }: ChannelInput<'listSubmissions'>) {
  const copy = await copyOf(deps, assignmentId);
  const { entries, held } = await deps.store.state(assignmentId);
  // All files graded together (each different answer once), not one class overview per file.
  const files = [...entries, ...held];
  const graded = studentRows(copy, files.map((e) => e.results));
  const rows = new Map<object, StudentRow | undefined>(files.map((e, i) => [e, graded[i]]));
  const view = (entry: { id: string; fileName: string; importedAt: string; results: ResultsFile }) => {
    const row = rows.get(entry);
    return {
      id: entry.id,
      name: entry.results.student.name,
      shownName: visibleName(entry.results.student.name),
      looksOdd: nameLooksOdd(entry.results.student.name),
      fileName: entry.fileName,
      importedAt: entry.importedAt,
      submittedAt: entry.results.submittedAt,
      appVersion: entry.results.appVersion,
      answered: row?.completed ?? 0,
      totalScore: row?.totalScore ?? 0,
    };
  };
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    submissions: entries.map(view),
    held: held.flatMap((h) => {
      const existing = byId.get(h.against);
      return existing ? [{ id: h.id, reason: h.reason, incoming: view(h), existing: view(existing) }] : [];
    }),
  };
}

async function resolveHeldResults(deps: TeacherDeps, { assignmentId, heldId, keep }: ChannelInput<'resolveHeldResults'>) {
  await copyOf(deps, assignmentId);
  return deps.store.updateResults(assignmentId, async ({ entries, held }) => {
    const found = held.find((h) => h.id === heldId);
    if (!found) throw new UserFacingError('not-found', 'That file is no longer waiting for a decision.');
    const rest = held.filter((h) => h.id !== heldId);
    const { against: _against, reason: _reason, ...incoming } = found;
    const next =
      keep === 'existing'
        ? entries
        : keep === 'both'
          ? [...entries, incoming]
          : entries.map((e) => (e.id === found.against ? incoming : e));
    // Other files held against a replaced entry now clash with its replacement.
    const held2 = keep === 'incoming' ? rest.map((h) => (h.against === found.against ? { ...h, against: incoming.id } : h)) : rest;
    return { next: { entries: next, held: held2 }, result: { ok: true as const } };
  });
}

async function removeImportedResults(deps: TeacherDeps, { assignmentId, entryId }: ChannelInput<'removeImportedResults'>) {
  await copyOf(deps, assignmentId);
  return deps.store.updateResults(assignmentId, async ({ entries, held }) => {
    if (!entries.some((e) => e.id === entryId)) throw new UserFacingError('not-found', 'Those results are not in this class overview any more.');
    // A file held only against the removed one comes in now in its place.
    const freed = held.filter((h) => h.against === entryId);
    const [first, ...others] = freed;
    const next = entries.filter((e) => e.id !== entryId);
    const stillHeld = held.filter((h) => h.against !== entryId);
    if (first) {
      const { against: _a, reason: _r, ...incoming } = first;
      next.push(incoming);
      stillHeld.push(...others.map((h) => ({ ...h, against: incoming.id })));
    }
    return { next: { entries: next, held: stillHeld }, result: { ok: true as const } };
  });
}

async function printClassReport(deps: TeacherDeps, { assignmentId }: ChannelInput<'printClassReport'>, caller: Caller) {
  const copy = await copyOf(deps, assignmentId);
  return deps.printClassReport({ assignmentId, title: copy.file.title, defaultName: suggestedName([copy.file.title, 'class report'], 'pdf') }, caller);
}

export const teacherHandlers = {
  getTeacherStatus,
  setTeacherPin,
  unlockTeacher,
  recoverTeacherPin,
  lockTeacher,
  keepTeacherUnlocked,
  setTeacherIdleMinutes,
  createAssignment,
  listTeacherAssignments,
  exportAssignment,
  importResults,
  importResultsFromPaths,
  getClassOverview,
  exportClassCsv,
  listSubmissions,
  resolveHeldResults,
  removeImportedResults,
  printClassReport,
} satisfies FeatureHandlers<TeacherDeps, TeacherChannel>;
