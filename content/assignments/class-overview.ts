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
import { toOriginalAnswer } from './strip-keys';
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

/** A given answer in the exercise's own ids, its grade, and (once asked for) what was wrong in it. */
interface Marked {
  answer: Answer;
  grade: Grade | null;
  wrong?: string[];
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

export function classOverview(copy: TeacherCopy, results: readonly ResultsFile[]): ClassOverview {
  const articles = lookupArticles(copy.fullSet.articles);
  const exercises = copy.exercises;
  const tallies = new Map<string, Tally>(exercises.map((e) => [e.id, emptyTally()]));
  const familyScores = new Map<Family, number[]>(FamilySchema.options.map((f) => [f, []]));
  const writtenResponses: ClassOverview['writtenResponses'] = [];
  const byId = new Map(exercises.map((e) => [e.id, e]));
  // A class gives the same few answers to an exercise again and again: each different answer (as
  // the student's file wrote it) is turned into the exercise's ids and graded once, and what was
  // wrong in it summed up once.
  const marked = new Map<string, Map<string, Marked>>(exercises.map((e) => [e.id, new Map()]));
  const mark = (exercise: Exercise, given: Answer): Marked => {
    const seen = marked.get(exercise.id) ?? new Map<string, Marked>();
    const key = JSON.stringify(given);
    let found = seen.get(key);
    if (!found) {
      const answer = toOriginalAnswer(given, copy.idMaps[exercise.id] ?? {});
      found = { answer, grade: safeGrade(exercise, answer, articles) };
      seen.set(key, found);
    }
    return found;
  };

  const students = results.map((result): StudentRow => {
    const scores: Record<string, number | null> = Object.fromEntries(exercises.map((e) => [e.id, null]));
    const firstTryScores: Record<string, number | null> = Object.fromEntries(exercises.map((e) => [e.id, null]));
    const tries: Record<string, number> = {};
    const answers: Record<string, Answer> = {};
    let timeSpentMs = 0;
    let completed = 0;
    let totalScore = 0;
    for (const given of result.answers) {
      const exercise = byId.get(given.exerciseId);
      const tally = tallies.get(given.exerciseId);
      if (!exercise || !tally) continue;
      completed += 1;
      timeSpentMs += given.timeSpentMs;
      tally.answered += 1;
      tries[exercise.id] = given.attempts;
      if (exercise.type === 'written') {
        const answer = toOriginalAnswer(given.answer, copy.idMaps[exercise.id] ?? {});
        answers[exercise.id] = answer;
        if (answer.type === 'written' && answer.text.trim() !== '') writtenResponses.push({ student: result.student.name, exerciseId: exercise.id, text: answer.text });
        continue;
      }
      const final = mark(exercise, given.answer);
      answers[exercise.id] = final.answer;
      const grade = final.grade;
      if (!grade) continue;
      scores[exercise.id] = grade.score;
      totalScore += grade.score;
      tally.scores.push(grade.score);
      if (grade.correct) tally.correct += 1;
      // The first try: kept in the file when there were several; the answer itself when there was one.
      const first = given.firstAnswer ? mark(exercise, given.firstAnswer).grade : given.attempts === 1 ? grade : null;
      if (first) {
        firstTryScores[exercise.id] = first.score;
        tally.firstTries += 1;
        if (first.correct) tally.firstTryCorrect += 1;
      }
      familyScores.get(exercise.family)?.push(grade.score);
      final.wrong ??= [...new Set(wrongAnswerSummaries(exercise, final.answer, grade, articles))];
      for (const text of final.wrong) tally.wrong.set(text, (tally.wrong.get(text) ?? 0) + 1);
    }
    return { name: result.student.name, submittedAt: result.submittedAt, timeSpentMs, completed, total: exercises.length, totalScore, scores, firstTryScores, tries, answers };
  });
  students.sort((a, b) => a.name.localeCompare(b.name) || a.submittedAt.localeCompare(b.submittedAt));

  const exerciseRows = exercises.map((e): ExerciseRow => {
    const tally = tallies.get(e.id) ?? emptyTally();
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
