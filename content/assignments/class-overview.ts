/**
 * The class overview for one assignment: every student's answers graded with the teacher's copy
 * (answer key included, so assessment results are graded here), per-exercise figures (share
 * correct, average score, common wrong answers), averages per family, and the written responses
 * for the teacher to read. Written responses are never given a score here. Pure.
 */
import type { Family, Answer, Exercise } from '../schema/exercise';
import { Family as FamilySchema } from '../schema/exercise';
import { gradeAnswer, lookupArticles, type ArticleLookup, type Grade } from '../logic/grading';
import type { ResultsFile } from './results-file';
import type { TeacherCopy } from './teacher-copy';
import { toOriginalAnswer, type IdMap } from './strip-keys';
import { wrongAnswerSummaries } from './answer-summary';
import type { ClassOverview, ExerciseRow, StudentRow } from './class-overview-schema';

const COMMON_WRONG_ANSWERS_SHOWN = 5;

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

function safeGrade(exercise: Exercise, answer: Answer, articles: ArticleLookup): Grade | null {
  try {
    return gradeAnswer(exercise, answer, articles);
  } catch {
    // Content that does not resolve, or an answer of another type: counted as answered, not graded.
    return null;
  }
}

/** A given answer in the exercise's own ids, and its grade. */
interface Marked {
  answer: Answer;
  grade: Grade | null;
  /** How many final answers were this one (what was wrong in them is counted once, at the end). */
  finals: number;
}

interface Tally {
  answered: number;
  correct: number;
  firstTries: number;
  firstTryCorrect: number;
  scores: number[];
  wrong: Map<string, number>;
}

const emptyTally = (): Tally => ({ answered: 0, correct: 0, firstTries: 0, firstTryCorrect: 0, scores: [], wrong: new Map() });

/**
 * Whether two answers are the same answer as written (same type, same ids in the same order, same
 * selections): compared in place, without making anything, so a class's repeated answers are
 * found with no garbage.
 */
function sameAnswer(a: Answer, b: Answer): boolean {
  switch (a.type) {
    case 'choice':
    case 'compare':
      return b.type === a.type && sameList(a.selected, b.selected);
    case 'order':
      return b.type === 'order' && sameList(a.order, b.order);
    case 'classify':
      return b.type === 'classify' && sameRecord(a.placements, b.placements);
    case 'match':
      return b.type === 'match' && sameRecord(a.pairs, b.pairs);
    case 'find':
      return b.type === 'find' && sameList(a.selections, b.selections, (x, y) => x.block === y.block && x.start === y.start && x.end === y.end);
    case 'written':
      return b.type === 'written' && a.text === b.text && sameList(a.selfCheck, b.selfCheck);
  }
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!same(a[i] as T, b[i] as T)) return false;
  return true;
}

/** Same keys in the same order, each with the same value. */
function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i += 1) {
    const k = keys[i] as string;
    if (k !== other[i] || a[k] !== b[k]) return false;
  }
  return true;
}

/**
 * A key that two answers share exactly when they are the same answer as written (as `sameAnswer`).
 * Each string is written with its length, so no id can run into the next.
 */
function sameAnswerKey(answer: Answer): string {
  let key: string = answer.type;
  const ids = answer.type === 'choice' || answer.type === 'compare' ? answer.selected : answer.type === 'order' ? answer.order : null;
  if (ids) {
    for (const id of ids) key += `|${id.length}:${id}`;
    return key;
  }
  const record = answer.type === 'classify' ? answer.placements : answer.type === 'match' ? answer.pairs : null;
  if (record) {
    for (const [k, v] of Object.entries(record)) key += `|${k.length}:${k}=${v.length}:${v}`;
    return key;
  }
  if (answer.type === 'find') {
    for (const s of answer.selections) key += `|${s.block.length}:${s.block}@${s.start},${s.end}`;
    return key;
  }
  return JSON.stringify(answer);
}

/**
 * The different answers to one exercise seen first are compared in place (a class gives a few
 * answers again and again); answers past those are found by `sameAnswerKey`, which costs a string
 * each but stays quick however many different answers a class gives.
 */
const FIRST_ANSWERS_COMPARED = 8;

/** What the overview keeps per exercise of the assignment, found with one lookup per answer. */
interface PerExercise {
  exercise: Exercise;
  idMap: IdMap;
  tally: Tally;
  /** The scores of the exercise's family, added to as its answers are graded. */
  familyScores: number[] | undefined;
  /** The first few different answers given to it, each with its marks (found by `sameAnswer`). */
  first: Array<{ given: Answer; marked: Marked }>;
  /** Each different answer after those (by `sameAnswerKey`), marked once. */
  marked: Map<string, Marked>;
}

/** Every student's row, in the order of `results`, with the tallies and written responses on the way. */
function markClass(copy: TeacherCopy, results: readonly ResultsFile[]) {
  const articles = lookupArticles(copy.fullSet.articles);
  const exercises = copy.exercises;
  const familyScores = new Map<Family, number[]>(FamilySchema.options.map((f) => [f, []]));
  const byId = new Map<string, PerExercise>(
    exercises.map((e) => [e.id, { exercise: e, idMap: copy.idMaps[e.id] ?? {}, tally: emptyTally(), familyScores: familyScores.get(e.family), first: [], marked: new Map() }]),
  );
  const writtenResponses: ClassOverview['writtenResponses'] = [];
  // A class gives the same few answers to an exercise again and again: each different answer (as
  // the student's file wrote it) is turned into the exercise's ids and graded once, and what was
  // wrong in it summed up once.
  const mark = ({ exercise, idMap, first, marked }: PerExercise, given: Answer): Marked => {
    for (const seen of first) if (sameAnswer(seen.given, given)) return seen.marked;
    const key = first.length < FIRST_ANSWERS_COMPARED ? null : sameAnswerKey(given);
    let found = key === null ? undefined : marked.get(key);
    if (!found) {
      const answer = toOriginalAnswer(given, idMap);
      found = { answer, grade: safeGrade(exercise, answer, articles), finals: 0 };
      if (key === null) first.push({ given, marked: found });
      else marked.set(key, found);
    }
    return found;
  };
  // Every student's row starts from the same empty scores, copied (cheaper than building each).
  const noScores: Record<string, number | null> = Object.fromEntries(exercises.map((e) => [e.id, null]));

  const students = results.map((result): StudentRow => {
    const scores: Record<string, number | null> = { ...noScores };
    const firstTryScores: Record<string, number | null> = { ...noScores };
    const tries: Record<string, number> = {};
    const answers: Record<string, Answer> = {};
    let timeSpentMs = 0;
    let completed = 0;
    let totalScore = 0;
    for (const given of result.answers) {
      const per = byId.get(given.exerciseId);
      if (!per) continue;
      const { exercise, tally } = per;
      completed += 1;
      timeSpentMs += given.timeSpentMs;
      tally.answered += 1;
      tries[exercise.id] = given.attempts;
      if (exercise.type === 'written') {
        const answer = toOriginalAnswer(given.answer, per.idMap);
        answers[exercise.id] = answer;
        if (answer.type === 'written' && answer.text.trim() !== '') writtenResponses.push({ student: result.student.name, exerciseId: exercise.id, text: answer.text });
        continue;
      }
      const final = mark(per, given.answer);
      answers[exercise.id] = final.answer;
      const grade = final.grade;
      if (!grade) continue;
      scores[exercise.id] = grade.score;
      totalScore += grade.score;
      tally.scores.push(grade.score);
      if (grade.correct) tally.correct += 1;
      // The first try: kept in the file when there were several; the answer itself when there was one.
      const first = given.firstAnswer ? mark(per, given.firstAnswer).grade : given.attempts === 1 ? grade : null;
      if (first) {
        firstTryScores[exercise.id] = first.score;
        tally.firstTries += 1;
        if (first.correct) tally.firstTryCorrect += 1;
      }
      per.familyScores?.push(grade.score);
      final.finals += 1;
    }
    return { name: result.student.name, submittedAt: result.submittedAt, timeSpentMs, completed, total: exercises.length, totalScore, scores, firstTryScores, tries, answers };
  });
  // What was wrong in each different final answer, summed up once and counted for every student who gave it.
  for (const { exercise, tally, first, marked } of byId.values()) {
    for (const final of [...first.map((f) => f.marked), ...marked.values()]) {
      if (final.finals === 0 || !final.grade) continue;
      for (const text of new Set(wrongAnswerSummaries(exercise, final.answer, final.grade, articles))) tally.wrong.set(text, (tally.wrong.get(text) ?? 0) + final.finals);
    }
  }
  return { students, byId, familyScores, writtenResponses };
}

/**
 * Each results file's row as the class overview has it, in the order given: a list of files
 * graded together, each different answer once (not one overview per file).
 */
export function studentRows(copy: TeacherCopy, results: readonly ResultsFile[]): StudentRow[] {
  return markClass(copy, results).students;
}

export function classOverview(copy: TeacherCopy, results: readonly ResultsFile[]): ClassOverview {
  const exercises = copy.exercises;
  const { students, byId, familyScores, writtenResponses } = markClass(copy, results);
  students.sort((a, b) => a.name.localeCompare(b.name) || a.submittedAt.localeCompare(b.submittedAt));

  const exerciseRows = exercises.map((e): ExerciseRow => {
    const tally = byId.get(e.id)?.tally ?? emptyTally();
    const graded = e.type !== 'written' && tally.scores.length > 0;
    return {
      id: e.id,
      family: e.family,
      type: e.type,
      prompt: e.prompt,
      answered: tally.answered,
      percentCorrect: graded ? (100 * tally.correct) / tally.scores.length : null,
      percentFirstTry: graded && tally.firstTries > 0 ? (100 * tally.firstTryCorrect) / tally.firstTries : null,
      averageScore: graded ? mean(tally.scores) : null,
      commonWrongAnswers: [...tally.wrong]
        .map(([answer, count]) => ({ answer, count }))
        .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
        .slice(0, COMMON_WRONG_ANSWERS_SHOWN),
    };
  });

  const familyAverages = Object.fromEntries(FamilySchema.options.map((f) => [f, mean(familyScores.get(f) ?? [])])) as Record<Family, number | null>;
  const file = copy.file;
  return {
    assignment: {
      id: file.id,
      title: file.title,
      mode: file.mode,
      createdAt: file.createdAt,
      due: file.due,
      attemptsAllowed: file.attemptsAllowed,
      setTitle: file.set.title,
      exerciseCount: exercises.length,
      gradedExerciseCount: exercises.filter((e) => e.type !== 'written').length,
      studentCount: students.length,
    },
    students,
    exercises: exerciseRows,
    familyAverages,
    writtenResponses,
  };
}
