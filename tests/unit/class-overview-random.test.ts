/**
 * The class overview grades each different answer once and sums up what was wrong in it once
 * (class-overview.ts). Here it is compared, on random classes, with the plain computation: every
 * answer of every student graded and summed up on its own. Random classes mix repeated answers
 * (shared by many students) with one-off ones, first tries, skipped and unknown exercises,
 * answers of the wrong type, records written in another key order, and blank written answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAssignment } from '../../content/assignments/assignment-file';
import { classOverview } from '../../content/assignments/class-overview';
import type { ClassOverview } from '../../content/assignments/class-overview-schema';
import { RESULTS_FORMAT, RESULTS_KIND, type ResultsFile } from '../../content/assignments/results-file';
import { seededRandom } from '../../content/assignments/seeded-shuffle';
import { toOriginalAnswer } from '../../content/assignments/strip-keys';
import { wrongAnswerSummaries } from '../../content/assignments/answer-summary';
import type { StudentExercise } from '../../content/assignments/student-exercise';
import { TEACHER_COPY_KIND, type TeacherCopy } from '../../content/assignments/teacher-copy';
import { gradeAnswer, lookupArticles } from '../../content/logic/grading';
import { Family, type Answer } from '../../content/schema/exercise';
import { rightAnswer, seedSet, toStudentIds, wrongAnswer } from '../support/assignments';

let copy: TeacherCopy;

beforeAll(async () => {
  const { set, exercises } = await seedSet();
  const built = await buildAssignment({
    id: '11111111-2222-4333-8444-777777777777',
    title: 'Random class',
    instructions: '',
    createdAt: '2026-03-02T09:00:00.000Z',
    due: null,
    attemptsAllowed: null,
    mode: 'assessment',
    set,
    articleIds: set.articles.map((a) => a.id),
    exercises,
  });
  copy = { kind: TEACHER_COPY_KIND, format: 1, file: built.file, exercises, fullSet: built.fullSet, idMaps: built.idMaps, source: { setId: set.id, setVersion: set.version } };
});

/** A random answer in the student view's ids: any subset, order or placement, any selection. */
function randomAnswer(view: StudentExercise, random: () => number): Answer {
  const some = <T,>(xs: readonly T[]) => xs.filter(() => random() < 0.4);
  const one = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  switch (view.type) {
    case 'choice':
      return { type: 'choice', selected: some(view.options).map((o) => o.id) };
    case 'compare':
      return { type: 'compare', selected: some(view.phrases).map((p) => p.id) };
    case 'order':
      return { type: 'order', order: [...view.items].sort(() => random() - 0.5).map((i) => i.id) };
    case 'classify':
      return { type: 'classify', placements: Object.fromEntries(some(view.items).map((i) => [i.id, one(view.categories).id])) };
    case 'match':
      return { type: 'match', pairs: Object.fromEntries(some(view.items).map((i) => [i.id, one(view.options).id])) };
    case 'find': {
      const blocks = copy.fullSet.articles.find((a) => a.id === view.article)?.blocks ?? [];
      return {
        type: 'find',
        selections: Array.from({ length: Math.floor(random() * 3) }, () => {
          const block = one(blocks);
          const start = Math.floor(random() * block.text.length);
          return { block: random() < 0.05 ? 'no-such-block' : block.id, start, end: Math.min(block.text.length, start + 1 + Math.floor(random() * 40)) };
        }),
      };
    }
    case 'written':
      return { type: 'written', text: random() < 0.3 ? '   ' : `Answer ${Math.floor(random() * 5)}`, selfCheck: [] };
  }
}

/** The same record answer with its keys written in the reverse order. */
function reordered(answer: Answer): Answer {
  if (answer.type === 'classify') return { ...answer, placements: Object.fromEntries(Object.entries(answer.placements).reverse()) };
  if (answer.type === 'match') return { ...answer, pairs: Object.fromEntries(Object.entries(answer.pairs).reverse()) };
  return answer;
}

function randomClass(seed: string, size: number): ResultsFile[] {
  const random = seededRandom(seed);
  const articles = lookupArticles(copy.fullSet.articles);
  // A few answers per exercise that many students give (right, wrong, random), as in a real class.
  const common = copy.exercises.map((exercise, e) => {
    const view = copy.file.exercises[e] as StudentExercise;
    const idMap = copy.idMaps[exercise.id] ?? {};
    return [toStudentIds(rightAnswer(exercise, articles), idMap), toStudentIds(wrongAnswer(exercise, articles), idMap), randomAnswer(view, random), randomAnswer(view, random)];
  });
  const pick = (e: number): Answer => {
    const view = copy.file.exercises[e] as StudentExercise;
    const r = random();
    if (r < 0.05) return view.type === 'choice' ? { type: 'order', order: [] } : { type: 'choice', selected: [] };
    if (r < 0.55) return reordered(common[e]![Math.floor(random() * 4)]!);
    if (r < 0.75) return common[e]![Math.floor(random() * 4)]!;
    return randomAnswer(view, random);
  };
  return Array.from({ length: size }, (): ResultsFile => {
    const answers: ResultsFile['answers'] = copy.exercises.flatMap((exercise, e) => {
      if (random() < 0.1) return [];
      const attempts = 1 + Math.floor(random() * 3);
      const firstAnswer = attempts > 1 && random() < 0.6 ? pick(e) : undefined;
      return [{ exerciseId: exercise.id, answer: pick(e), score: null, correct: null, attempts, timeSpentMs: Math.floor(random() * 100_000), ...(firstAnswer ? { firstAnswer } : {}) }];
    });
    if (random() < 0.05) answers.push({ exerciseId: 'not-in-this-assignment', answer: { type: 'choice', selected: [] }, score: null, correct: null, attempts: 1, timeSpentMs: 5 });
    return {
      kind: RESULTS_KIND,
      format: RESULTS_FORMAT,
      assignmentId: copy.file.id,
      assignmentHash: copy.file.contentHash,
      student: { name: `Student ${Math.floor(random() * size)}` },
      submittedAt: new Date(Date.parse('2026-03-10T12:00:00.000Z') + Math.floor(random() * 1e6)).toISOString(),
      appVersion: '0.1.0-test',
      answers: answers.sort(() => random() - 0.5),
    };
  });
}

/** The plain computation: every answer graded and summed up on its own, nothing shared. */
function plainOverview(results: readonly ResultsFile[]): Pick<ClassOverview, 'students' | 'exercises' | 'familyAverages' | 'writtenResponses'> {
  const articles = lookupArticles(copy.fullSet.articles);
  const grade = (exerciseId: string, given: Answer) => {
    const exercise = copy.exercises.find((e) => e.id === exerciseId)!;
    const answer = toOriginalAnswer(given, copy.idMaps[exerciseId] ?? {});
    try {
      return { answer, grade: gradeAnswer(exercise, answer, articles) };
    } catch {
      return { answer, grade: null };
    }
  };
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  const known = (id: string) => copy.exercises.some((e) => e.id === id);
  const isWritten = (id: string) => copy.exercises.find((e) => e.id === id)?.type === 'written';

  const students = results.map((r) => {
    const row = {
      name: r.student.name,
      submittedAt: r.submittedAt,
      timeSpentMs: 0,
      completed: 0,
      total: copy.exercises.length,
      totalScore: 0,
      scores: Object.fromEntries(copy.exercises.map((e) => [e.id, null as number | null])),
      firstTryScores: Object.fromEntries(copy.exercises.map((e) => [e.id, null as number | null])),
      tries: {} as Record<string, number>,
      answers: {} as Record<string, Answer>,
    };
    for (const given of r.answers.filter((a) => known(a.exerciseId))) {
      const { answer, grade: g } = grade(given.exerciseId, given.answer);
      row.answers[given.exerciseId] = answer;
      row.tries[given.exerciseId] = given.attempts;
      row.completed += 1;
      row.timeSpentMs += given.timeSpentMs;
      if (isWritten(given.exerciseId) || !g) continue;
      row.scores[given.exerciseId] = g.score;
      row.totalScore += g.score;
      const first = given.firstAnswer ? grade(given.exerciseId, given.firstAnswer).grade : given.attempts === 1 ? g : null;
      if (first) row.firstTryScores[given.exerciseId] = first.score;
    }
    return row;
  });
  students.sort((a, b) => a.name.localeCompare(b.name) || a.submittedAt.localeCompare(b.submittedAt));

  const exercises = copy.exercises.map((exercise) => {
    const given = results.flatMap((r) => r.answers.filter((a) => a.exerciseId === exercise.id));
    const graded = exercise.type === 'written' ? [] : given.map((a) => ({ given: a, ...grade(exercise.id, a.answer) })).filter((x) => x.grade !== null);
    const firsts = graded.map((x) => (x.given.firstAnswer ? grade(exercise.id, x.given.firstAnswer).grade : x.given.attempts === 1 ? x.grade : null)).filter((g) => g !== null);
    const wrong = new Map<string, number>();
    for (const x of graded) for (const text of new Set(wrongAnswerSummaries(exercise, x.answer, x.grade!, articles))) wrong.set(text, (wrong.get(text) ?? 0) + 1);
    return {
      id: exercise.id,
      family: exercise.family,
      type: exercise.type,
      prompt: exercise.prompt,
      answered: given.length,
      percentCorrect: graded.length > 0 ? (100 * graded.filter((x) => x.grade!.correct).length) / graded.length : null,
      percentFirstTry: graded.length > 0 && firsts.length > 0 ? (100 * firsts.filter((g) => g.correct).length) / firsts.length : null,
      averageScore: graded.length > 0 ? mean(graded.map((x) => x.grade!.score)) : null,
      commonWrongAnswers: [...wrong].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)).slice(0, 5),
    };
  });

  const familyAverages = Object.fromEntries(
    Family.options.map((f) => {
      const scores = results.flatMap((r) =>
        r.answers.flatMap((a) => {
          const exercise = copy.exercises.find((e) => e.id === a.exerciseId);
          if (!exercise || exercise.family !== f || exercise.type === 'written') return [];
          const g = grade(a.exerciseId, a.answer).grade;
          return g ? [g.score] : [];
        }),
      );
      return [f, mean(scores)];
    }),
  );
  const writtenResponses = results.flatMap((r) =>
    r.answers.flatMap((a) => (isWritten(a.exerciseId) && a.answer.type === 'written' && a.answer.text.trim() !== '' ? [{ student: r.student.name, exerciseId: a.exerciseId, text: a.answer.text }] : [])),
  );
  return { students, exercises, familyAverages: familyAverages as ClassOverview['familyAverages'], writtenResponses };
}

describe('class overview on a random class', () => {
  it.each(['class-a', 'class-b', 'class-c'])('gives the same figures as grading every answer on its own (%s)', (seed) => {
    const results = randomClass(seed, 60);
    const overview = classOverview(copy, results);
    const plain = plainOverview(results);
    expect(overview.students).toEqual(plain.students);
    expect(overview.exercises).toEqual(plain.exercises);
    expect(overview.familyAverages).toEqual(plain.familyAverages);
    expect(overview.writtenResponses).toEqual(plain.writtenResponses);
    expect(overview.assignment.studentCount).toBe(60);
    // The class is one where sharing could go wrong: answers repeated, wrong, partly right, ungraded.
    expect(overview.exercises.some((e) => e.commonWrongAnswers.some((w) => w.count > 3))).toBe(true);
    expect(overview.exercises.some((e) => e.percentCorrect !== null && e.percentCorrect > 0 && e.percentCorrect < 100)).toBe(true);
    expect(overview.students.some((s) => Object.values(s.scores).some((x) => x !== null && x > 0 && x < 1))).toBe(true);
    expect(overview.students.some((s) => Object.values(s.firstTryScores).some((x) => x !== null) && Object.keys(s.answers).length > Object.values(s.scores).filter((x) => x !== null).length)).toBe(true);
  });

  it('gives the same figures when many different answers come before the repeated ones', () => {
    // The first few different answers to an exercise are found by comparing, the rest by a key:
    // here the second half of the class repeats the first half's answers (each answer object
    // copied, so nothing is shared by identity), so answers found both ways are repeated.
    const firstHalf = randomClass('many-different', 40);
    const secondHalf = firstHalf.map((r, i): ResultsFile => ({ ...structuredClone(r), student: { name: `Second ${i}` } }));
    const results = [...firstHalf, ...secondHalf];
    const overview = classOverview(copy, results);
    const plain = plainOverview(results);
    expect(overview.students).toEqual(plain.students);
    expect(overview.exercises).toEqual(plain.exercises);
    expect(overview.familyAverages).toEqual(plain.familyAverages);
    // More than a few different answers to some exercise: the key is used there.
    const different = (id: string) => new Set(firstHalf.flatMap((r) => r.answers.filter((a) => a.exerciseId === id).map((a) => JSON.stringify(a.answer)))).size;
    expect(copy.exercises.some((e) => e.type !== 'written' && different(e.id) > 12)).toBe(true);
  });
});
