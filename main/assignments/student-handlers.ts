/**
 * The student's side of assignments, always for the open profile (no channel works without one):
 * open an assignment file (dialog or path), list and show assignments with the answers given, save
 * each try (recorded durably first, counted against the tries allowed, graded here in practice
 * mode), and save the results file for the teacher. Each profile's assignments and answers are its
 * own (`profiles/<id>/assignments/`); another profile never reads them. Each call is a named
 * function over `StudentDeps` (its state: each profile's assignment store, made once), in the map
 * `studentHandlers`.
 */
import type { Caller } from '../ipc/caller';
import type { ChannelInput } from '../ipc/contract';
import type { FeatureHandlers } from '../ipc/handler-map';
import { needsProfile } from '../rules/needs-profile';
import { UserFacingError } from '../ipc/user-facing-error';
import type { studentAssignmentChannels } from '../ipc/assignment-channels';
import { ASSIGNMENT_FILE_EXTENSION, type AssignmentFile } from '../../content/assignments/assignment-file';
import { readAssignmentText, sizeProblem } from '../../content/assignments/read';
import { assignmentContentProblems } from '../../content/assignments/check-content';
import { answerMisfit } from '../../content/assignments/answer-fit';
import { MAX_TIME_SPENT_MS, RESULTS_FILE_EXTENSION, RESULTS_FORMAT, RESULTS_KIND, serialiseResults, type ResultsFile } from '../../content/assignments/results-file';
import { gradeAnswer, lookupArticles, type Grade } from '../../content/logic/grading';
import type { PathFilesPort, PickedFile, TeacherFilesPort } from '../platform/files/files';
import { storageKey, type Storage } from '../platform/storage/storage';
import type { StorageNotices } from '../storage/storage-notices';
import { profileFolder } from '../progress/profile-registry';
import type { SavedAnswer } from '../../content/assignments/saved-answer';
import { createStudentAssignments, STUDENT_ASSIGNMENTS_DIR, type StudentAssignment, type StudentAssignments } from './student-assignments';
import { suggestedName } from '../../content/logic/file-names';

export interface StudentHandlerOptions {
  storage: Storage;
  /** Where damaged stores that were set aside are reported. */
  notices?: StorageNotices;
  appVersion: string;
  files: TeacherFilesPort;
  /** Files by their path on this computer (desktop only). */
  paths: PathFilesPort;
  now: () => Date;
  /** The open profile, or null. */
  profile: () => { id: string; name: string } | null;
}

export interface StudentDeps extends StudentHandlerOptions {
  /** Each profile's assignments, made on first use. */
  stores: Map<string, StudentAssignments>;
}

/** An assessment the open profile has not handed in yet: what it uses of a set. */
export interface OpenAssessment {
  title: string;
  setId: string;
  exerciseIds: string[];
  articleIds: string[];
}

const ASSIGNMENT_FILTERS = [{ name: 'Lenses assignment', extensions: [ASSIGNMENT_FILE_EXTENSION] }];
const RESULTS_FILTERS = [{ name: 'Lenses results', extensions: [RESULTS_FILE_EXTENSION] }];

function notFound(): UserFacingError {
  return new UserFacingError('not-found', 'This assignment is not in Lenses any more. Open the assignment file again.');
}

export function createStudentDeps(options: StudentHandlerOptions): StudentDeps {
  return { ...options, stores: new Map() };
}

function storeOf(deps: StudentDeps, profileId: string): StudentAssignments {
  let store = deps.stores.get(profileId);
  if (!store) {
    store = createStudentAssignments(deps.storage, storageKey(profileFolder(profileId), STUDENT_ASSIGNMENTS_DIR), deps.notices);
    deps.stores.set(profileId, store);
  }
  return store;
}

/** The student's calls are given the open profile's assignments; refused ('no-profile') when none is open. */
const withMine = needsProfile(
  (deps: StudentDeps) => {
    const profile = deps.profile();
    return profile ? storeOf(deps, profile.id) : null;
  },
  'Choose or create a profile first: your assignments and answers are kept with your profile.',
);

async function openPicked(deps: StudentDeps, mine: StudentAssignments, picked: PickedFile) {
  const tooLarge = sizeProblem(picked.name, picked.size, 'assignment');
  if (tooLarge) throw new UserFacingError('bad-file', tooLarge.message);
  let text: string;
  try {
    text = await picked.read();
  } catch {
    throw new UserFacingError('bad-file', `Lenses could not read “${picked.name}”.`);
  }
  const read = await readAssignmentText(picked.name, text);
  if (!read.ok) throw new UserFacingError('bad-file', read.problem.message);
  const problems = assignmentContentProblems(read.value);
  if (problems.length > 0) {
    throw new UserFacingError('bad-file', `“${picked.name}” cannot be used: its exercises do not fit its articles (${problems.slice(0, 2).join('; ')}). Ask your teacher for a new copy.`);
  }
  const added = await mine.add(read.value, text, deps.now());
  if (!added.ok) {
    throw new UserFacingError('conflict', `You already have a different copy of “${added.title}”. Lenses kept the one you had, with your answers.`);
  }
  return { assignment: added.assignment.file, alreadyHad: added.alreadyHad };
}

async function load(mine: StudentAssignments, id: string): Promise<StudentAssignment> {
  const found = await mine.get(id);
  if (!found) throw notFound();
  return found;
}

async function openAssignmentFile(deps: StudentDeps, mine: StudentAssignments, _input: ChannelInput<'openAssignmentFile'>, caller: Caller) {
  const [picked] = await deps.files.openFiles({ title: 'Open an assignment', filters: ASSIGNMENT_FILTERS, multiple: false }, caller);
  if (!picked) return { assignment: null, alreadyHad: false };
  return openPicked(deps, mine, picked);
}

async function openAssignmentFromPath(deps: StudentDeps, mine: StudentAssignments, { file }: ChannelInput<'openAssignmentFromPath'>) {
  const pick = await deps.paths.pickFile(file, ASSIGNMENT_FILE_EXTENSION, 'assignment');
  if (!pick.ok) throw new UserFacingError(pick.problem.reason === 'unreadable' ? 'not-found' : 'bad-file', pick.problem.message);
  return openPicked(deps, mine, pick.file);
}

async function listAssignments(_deps: StudentDeps, mine: StudentAssignments) {
  const { assignments, problems } = await mine.list();
  const summaries = assignments.map(({ file, progress }) => ({
    id: file.id,
    title: file.title,
    instructions: file.instructions,
    due: file.due,
    mode: file.mode,
    attemptsAllowed: file.attemptsAllowed,
    exerciseCount: file.exercises.length,
    setTitle: file.set.title,
    importedAt: progress.importedAt,
    exportedAt: progress.exportedAt,
    progress: { answered: file.exercises.filter((e) => Object.hasOwn(progress.answers, e.id)).length, total: file.exercises.length },
  }));
  // Soonest due first, then those without a date; newest first among equals.
  summaries.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || b.importedAt.localeCompare(a.importedAt));
  return { assignments: summaries, problems };
}

async function getAssignment(_deps: StudentDeps, mine: StudentAssignments, { id }: ChannelInput<'getAssignment'>) {
  const { file, progress, tries } = await load(mine, id);
  const answers = Object.fromEntries(Object.entries(progress.answers).map(([k, v]) => [k, { ...v, attempts: Math.max(v.attempts, tries[k] ?? 0) }]));
  return { assignment: file, answers, exportedAt: progress.exportedAt };
}

async function saveAssignmentAnswer(deps: StudentDeps, store: StudentAssignments, { assignmentId, exerciseId, answer, timeSpentMs }: ChannelInput<'saveAssignmentAnswer'>) {
  const outcome = await store.update(assignmentId, async ({ file, progress, tries }) => {
    const exercise = file.exercises.find((e) => e.id === exerciseId);
    if (!exercise) throw new UserFacingError('not-found', `This assignment has no exercise "${exerciseId}".`);
    const misfit = answerMisfit(exercise, answer);
    if (misfit) throw new UserFacingError('invalid-arguments', `This answer does not fit the exercise: ${misfit}.`);
    const previous: SavedAnswer | undefined = Object.hasOwn(progress.answers, exerciseId) ? progress.answers[exerciseId] : undefined;
    const allowed = file.attemptsAllowed;
    const triesSoFar = Object.hasOwn(tries, exerciseId) ? tries[exerciseId]! : 0;
    if (allowed !== null && triesSoFar >= allowed) {
      throw new UserFacingError('attempts-used', allowed === 1 ? 'You have already answered this exercise.' : `You have used all ${allowed} tries for this exercise.`);
    }
    const grade = gradeIfPractice(file, exerciseId, answer);
    // The first try is kept beside the latest answer, so the teacher sees "right on the first try".
    const firstAnswer = previous ? (previous.firstAnswer ?? (previous.attempts === 1 ? previous.answer : undefined)) : undefined;
    const at = deps.now();
    // The try is on record before its answer is saved: losing progress.json cannot give it back.
    await store.recordTry(assignmentId, exerciseId, at);
    const saved: SavedAnswer = {
      answer,
      ...(firstAnswer ? { firstAnswer } : {}),
      score: grade?.score ?? null,
      correct: grade?.correct ?? null,
      attempts: triesSoFar + 1,
      timeSpentMs: Math.min(MAX_TIME_SPENT_MS, (previous?.timeSpentMs ?? 0) + timeSpentMs),
      savedAt: at.toISOString(),
    };
    return {
      progress: { ...progress, answers: { ...progress.answers, [exerciseId]: saved } },
      result: { saved, attemptsLeft: allowed === null ? null : Math.max(0, allowed - saved.attempts), grade },
    };
  });
  if (!outcome) throw notFound();
  return outcome;
}

async function exportResults(deps: StudentDeps, mine: StudentAssignments, { assignmentId, studentName }: ChannelInput<'exportResults'>, caller: Caller) {
  const { file, progress, tries } = await load(mine, assignmentId);
  const results: ResultsFile = {
    kind: RESULTS_KIND,
    format: RESULTS_FORMAT,
    assignmentId: file.id,
    assignmentHash: file.contentHash,
    student: { name: studentName },
    submittedAt: deps.now().toISOString(),
    appVersion: deps.appVersion.slice(0, 64),
    answers: file.exercises.flatMap((e) => {
      const saved = Object.hasOwn(progress.answers, e.id) ? progress.answers[e.id] : undefined;
      if (!saved) return [];
      const first = saved.firstAnswer && saved.attempts > 1 ? { firstAnswer: saved.firstAnswer } : {};
      return [{ exerciseId: e.id, answer: saved.answer, ...first, score: saved.score, correct: saved.correct, attempts: Math.max(saved.attempts, tries[e.id] ?? 0), timeSpentMs: saved.timeSpentMs }];
    }),
  };
  const result = await deps.files.saveFile({
    title: 'Save your results for your teacher',
    defaultName: suggestedName([file.title, studentName], RESULTS_FILE_EXTENSION),
    filters: RESULTS_FILTERS,
    content: serialiseResults(results),
  }, caller);
  if (!result.saved) return { saved: false };
  // Handed in by the profile that exported it, even if another was opened while the dialog was up.
  await mine.update(assignmentId, ({ progress: current }) => ({ progress: { ...current, exportedAt: results.submittedAt }, result: null }));
  return { saved: true, path: result.path };
}

export const studentHandlers = {
  openAssignmentFile: withMine(openAssignmentFile),
  openAssignmentFromPath: withMine(openAssignmentFromPath),
  listAssignments: withMine(listAssignments),
  getAssignment: withMine(getAssignment),
  saveAssignmentAnswer: withMine(saveAssignmentAnswer),
  exportResults: withMine(exportResults),
} satisfies FeatureHandlers<StudentDeps, keyof typeof studentAssignmentChannels>;

/** The open profile's assessments whose results file has not been saved yet ([] without a profile). */
export async function openAssessments(deps: StudentDeps): Promise<OpenAssessment[]> {
  const profile = deps.profile();
  if (!profile) return [];
  const { assignments } = await storeOf(deps, profile.id).list();
  return assignments
    .filter(({ file, progress }) => file.mode === 'assessment' && progress.exportedAt === null)
    .map(({ file }) => ({ title: file.title, setId: file.set.id, exerciseIds: file.exercises.map((e) => e.id), articleIds: file.set.articles.map((a) => a.id) }));
}

/** In practice mode the student's copy has the answer key, so the try is graded here. */
function gradeIfPractice(file: AssignmentFile, exerciseId: string, answer: Parameters<typeof gradeAnswer>[1]): Grade | null {
  if (file.mode !== 'practice') return null;
  const exercise = file.exercises.find((e) => e.id === exerciseId);
  return exercise ? gradeAnswer(exercise, answer, lookupArticles(file.set.articles)) : null;
}
