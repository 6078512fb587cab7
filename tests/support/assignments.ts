/**
 * Test and benchmark helpers for assignments: services in a temporary folder with in-memory
 * dialogs, the seed set, answers that are fully right or fully wrong for any exercise, and
 * generated results files.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type ServiceOptions } from '../../main/services';
import { createPickedFiles, type PickedFiles } from '../../main/platform/files/picked-files';
import type { Handlers } from '../../main/ipc/dispatch';
import { createMemoryFilesPort, type MemoryFilesPort } from './memory-files-port';
import { shippedFromFolder } from '../../main/content/shipped-from-folder';
import { createContentRepository, type LoadedSet } from '../../main/content/content-repository';
import type { PrintClassReport } from '../../main/platform/print/print';
import type { Answer, Exercise } from '../../content/schema/exercise';
import { answerKey, lookupArticles, resolveTargets, type ArticleLookup } from '../../content/logic/grading';
import { TeacherCopy } from '../../content/assignments/teacher-copy';
import type { IdMap } from '../../content/assignments/strip-keys';
import { RESULTS_FORMAT, RESULTS_KIND, serialiseResults, type ResultsFile } from '../../content/assignments/results-file';
import { testCaller } from './memory-files-port';

export const contentDir = path.resolve('content/sets');
export const SEED_SET = 'gaza-2023-24';
export const TEACHER_PIN = '2468';

let seedPromise: Promise<LoadedSet> | null = null;
export function seedSet(): Promise<LoadedSet> {
  seedPromise ??= createContentRepository(shippedFromFolder(contentDir))
    .get(SEED_SET)
    .then((loaded) => {
      if (!loaded) throw new Error('the seed set is missing');
      return loaded;
    });
  return seedPromise;
}

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function testClock(start = Date.parse('2026-03-02T09:00:00.000Z')): TestClock {
  let t = start;
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

export interface TestServices {
  handlers: Handlers;
  files: MemoryFilesPort;
  dir: string;
  clock: TestClock;
  /** Hands out tokens for files "the person picked" (as main does for drops and the OS's open-file). */
  picked: PickedFiles;
}

export async function makeServices(options: { dir?: string; clock?: TestClock; printClassReport?: PrintClassReport; appVersion?: string; wrapStorage?: ServiceOptions['wrapStorage']; contentDir?: string } = {}): Promise<TestServices> {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'lenses-assign-')));
  const files = createMemoryFilesPort();
  const clock = options.clock ?? testClock();
  const picked = createPickedFiles();
  const { handlers } = await createServices({
    pickedFiles: picked,
    userDataDir: dir,
    contentDir: options.contentDir ?? contentDir,
    appVersion: options.appVersion ?? '0.1.0-test',
    host: 'test-harness',
    teacherFiles: files,
    printClassReport: options.printClassReport,
    now: clock.now,
    wrapStorage: options.wrapStorage,
  });
  return { handlers, files, dir, clock, picked };
}

/**
 * Services with a student profile open (assignment work belongs to a profile): the profile called
 * `name` is opened when it exists in `dir`, otherwise created.
 */
export async function studentServices(options: Parameters<typeof makeServices>[0] & { name?: string } = {}): Promise<TestServices & { profileId: string }> {
  const s = await makeServices(options);
  const name = options.name ?? 'Sam';
  const known = (await s.handlers.listProfiles({})).profiles.find((p) => p.name === name);
  const profile = known ? await s.handlers.openProfile({ profileId: known.id }) : await s.handlers.createProfile({ name });
  return { ...s, profileId: profile.id };
}

/** Set the teacher PIN (which unlocks) on fresh services. */
export async function unlockedTeacher(options: Parameters<typeof makeServices>[0] = {}): Promise<TestServices> {
  const s = await makeServices(options);
  await s.handlers.setTeacherPin({ pin: TEACHER_PIN });
  return s;
}

/** Make an assignment from the seed set (all articles; all exercises unless given). */
export async function createSeedAssignment(
  handlers: Handlers,
  mode: 'practice' | 'assessment',
  options: { exerciseIds?: string[]; attemptsAllowed?: number | null; title?: string } = {},
): Promise<string> {
  const { set, exercises } = await seedSet();
  const { id } = await handlers.createAssignment({
    title: options.title ?? `Reading the news (${mode})`,
    instructions: 'Work through the exercises on your own.',
    setId: set.id,
    articleIds: set.articles.map((a) => a.id),
    exerciseIds: options.exerciseIds ?? exercises.map((e) => e.id),
    due: '2026-03-20',
    attemptsAllowed: options.attemptsAllowed ?? null,
    mode,
  });
  return id;
}

/** Export the assignment through the memory dialog and return the file's text. */
export async function exportedText(s: TestServices, id: string): Promise<string> {
  const before = s.files.saved.length;
  const result = await s.handlers.exportAssignment({ id }, testCaller);
  if (!result.saved || s.files.saved.length !== before + 1) throw new Error('the assignment was not saved');
  return s.files.saved[s.files.saved.length - 1]!.content;
}

/** The teacher's stored copy (answer key and id maps), read from disk. */
export async function teacherCopy(dir: string, id: string): Promise<TeacherCopy> {
  return TeacherCopy.parse(JSON.parse(await readFile(path.join(dir, 'teacher', 'assignments', `${id}.json`), 'utf8')));
}

// ---------------------------------------------------------------------------------------------
// Answers that score exactly 1 or exactly 0, in the exercise's own ids

export function rightAnswer(exercise: Exercise, articles: ArticleLookup): Answer {
  return answerKey(exercise, articles);
}

/** An answer that scores 0 (and, for written, a short text). */
export function wrongAnswer(exercise: Exercise, articles: ArticleLookup): Answer {
  switch (exercise.type) {
    case 'choice': {
      const wrong = exercise.options.find((o) => !o.correct);
      return { type: 'choice', selected: wrong ? [wrong.id] : [] };
    }
    case 'compare': {
      const wrong = exercise.phrases.find((p) => !p.correct);
      return { type: 'compare', selected: wrong ? [wrong.id] : [] };
    }
    case 'classify': {
      const other = (category: string) => exercise.categories.find((c) => c.id !== category)?.id ?? category;
      return { type: 'classify', placements: Object.fromEntries(exercise.items.map((i) => [i.id, other(i.category)])) };
    }
    case 'match': {
      const other = (answer: string) => exercise.options.find((o) => o.id !== answer)?.id ?? answer;
      return { type: 'match', pairs: Object.fromEntries(exercise.items.map((i) => [i.id, other(i.answer)])) };
    }
    case 'order':
      return { type: 'order', order: [...exercise.correctOrder].reverse() };
    case 'find': {
      const targetBlocks = new Set(resolveTargets(exercise, articles).map((t) => t.anchor.block));
      const block = articles(exercise.article)?.blocks.find((b) => !targetBlocks.has(b.id));
      if (!block) throw new Error(`every block of ${exercise.id} holds a target`);
      return { type: 'find', selections: [{ block: block.id, start: 0, end: Math.min(block.text.length, 12) }] };
    }
    case 'written':
      return { type: 'written', text: 'I am not sure what to write here.', selfCheck: [] };
  }
}

/** The inverse of toOriginalAnswer: an answer in the exercise's ids, in the student view's ids. */
export function toStudentIds(answer: Answer, idMap: IdMap): Answer {
  const inverse = new Map(Object.entries(idMap).map(([student, original]) => [original, student]));
  const m = (id: string) => inverse.get(id) ?? id;
  const keys = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [m(k), v]));
  switch (answer.type) {
    case 'choice':
    case 'compare':
      return { ...answer, selected: answer.selected.map(m) };
    case 'order':
      return { ...answer, order: answer.order.map(m) };
    case 'classify':
      return { ...answer, placements: keys(answer.placements) };
    case 'match':
      return { ...answer, pairs: keys(answer.pairs) };
    default:
      return answer;
  }
}

/** Whether generated student `s` gets exercise `e` right, and whether they skip it. */
export const getsRight = (s: number, e: number) => (s + e) % 3 !== 0;
export const skips = (s: number, e: number) => s % 10 === 9 && e % 4 === 0;

export const studentName = (s: number) => `Student ${String(s + 1).padStart(4, '0')}`;

/** Results of generated student `s` for an assignment, as the student's copy would write them. */
export function generatedResults(copy: TeacherCopy, s: number, name = studentName(s)): ResultsFile {
  const articles = lookupArticles(copy.fullSet.articles);
  const answers = copy.exercises.flatMap((exercise, e) => {
    if (skips(s, e)) return [];
    const original = getsRight(s, e) ? rightAnswer(exercise, articles) : wrongAnswer(exercise, articles);
    const answer = toStudentIds(original, copy.idMaps[exercise.id] ?? {});
    const practice = copy.file.mode === 'practice';
    const right = getsRight(s, e) && exercise.type !== 'written';
    return [{ exerciseId: exercise.id, answer, score: practice ? (right ? 1 : 0) : null, correct: practice ? right : null, attempts: 1 + (s % 2), timeSpentMs: 30_000 + e * 1000 }];
  });
  return {
    kind: RESULTS_KIND,
    format: RESULTS_FORMAT,
    assignmentId: copy.file.id,
    assignmentHash: copy.file.contentHash,
    student: { name },
    submittedAt: new Date(Date.parse('2026-03-10T12:00:00.000Z') + s * 60_000).toISOString(),
    appVersion: '0.1.0-test',
    answers,
  };
}

export function generatedResultsText(copy: TeacherCopy, s: number, name?: string): string {
  return serialiseResults(generatedResults(copy, s, name));
}
