/**
 * Feedback that teaches: the order an order exercise starts in, paragraph numbers that match the
 * prompts, what a student sees before the answer is shown, and "right on the first try" kept apart
 * from "right in the end" in the progress summary and the class overview.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleSet } from '../../content/schema/article-set';
import type { ExerciseBank } from '../../content/schema/exercise';
import { isAnswerOrReverse, startingOrder, startingOrderSeed } from '../../content/logic/starting-order';
import { blockOfParagraph, paragraphNumbers } from '../../content/logic/paragraphs';
import { gradeAnswer, lookupArticles } from '../../content/logic/grading';
import { summariseProgress, type ContentIndex } from '../../main/progress/progress-summary';
import type { AttemptFacts } from '../../content/progress/attempt-record';
import { classOverview } from '../../content/assignments/class-overview';
import { decimalMinutes, localDateTime, minutesText } from '../../content/assignments/time-format';
import { isAnswerShown, visibleGrade } from '../../renderer/src/exercises/feedback';
import { createSeedAssignment, generatedResults, rightAnswer, teacherCopy, toStudentIds, unlockedTeacher, wrongAnswer } from '../support/assignments';

const set = JSON.parse(readFileSync('content/sets/gaza-2023-24/set.json', 'utf8')) as ArticleSet;
const bank = JSON.parse(readFileSync('content/sets/gaza-2023-24/exercises.json', 'utf8')) as ExerciseBank;
const lookup = lookupArticles(set.articles);

describe('the order an order exercise starts in', () => {
  const orders = bank.exercises.filter((e) => e.type === 'order');

  it('is never the answer or its exact reverse, for any student, in every shipped order exercise', () => {
    expect(orders.length).toBeGreaterThan(0);
    for (const e of orders) {
      const ids = e.items.map((i) => i.id);
      for (let p = 0; p < 200; p += 1) {
        const start = startingOrder(ids, e.correctOrder, startingOrderSeed(set.id, e.id, `profile-${p}`));
        expect([...start].sort()).toEqual([...ids].sort());
        expect(isAnswerOrReverse(start, e.correctOrder), `${e.id} for profile-${p}: ${start.join(',')}`).toBe(false);
      }
    }
  });

  it('is the same each time for one student, and differs between students', () => {
    const e = orders[0]!;
    const ids = e.items.map((i) => i.id);
    const of = (profile: string | null) => startingOrder(ids, e.correctOrder, startingOrderSeed(set.id, e.id, profile)).join(',');
    expect(of('anna')).toBe(of('anna'));
    expect(of(null)).toBe(of(null));
    const starts = new Set(Array.from({ length: 30 }, (_, p) => of(`student-${p}`)));
    expect(starts.size).toBeGreaterThan(2);
  });

  it('does not follow the authored order: items written in the right order, or reversed, start elsewhere', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    for (const authored of [ids, [...ids].reverse()]) {
      for (let p = 0; p < 100; p += 1) expect(isAnswerOrReverse(startingOrder(authored, ids, `s/e/${p}`), ids)).toBe(false);
    }
    // Three items: four orders are neither the answer nor its reverse.
    for (let p = 0; p < 100; p += 1) expect(isAnswerOrReverse(startingOrder(['x', 'y', 'z'], ['x', 'y', 'z'], `p${p}`), ['x', 'y', 'z'])).toBe(false);
    // Two items: the only other order.
    expect(startingOrder(['x', 'y'], ['x', 'y'], 'any')).toEqual(['y', 'x']);
  });
});

describe('paragraph numbers', () => {
  it('number paragraphs and subheadings, not headlines, datelines or captions', () => {
    const blocks = [
      { id: 'h', kind: 'headline' as const },
      { id: 'd', kind: 'dateline' as const },
      { id: 'p1', kind: 'paragraph' as const },
      { id: 's', kind: 'subheading' as const },
      { id: 'c', kind: 'caption' as const },
      { id: 'p2', kind: 'paragraph' as const },
    ];
    expect([...paragraphNumbers(blocks)]).toEqual([
      ['p1', 1],
      ['s', 2],
      ['p2', 3],
    ]);
    expect(blockOfParagraph(blocks, 3)?.id).toBe('p2');
    expect(blockOfParagraph(blocks, 4)).toBeUndefined();
  });

  it('guard: a shipped prompt that names “paragraph N” quotes or points at words in that paragraph (prompts now quote instead)', () => {
    for (const setId of readdirSync('content/sets')) {
      const shipped = JSON.parse(readFileSync(`content/sets/${setId}/set.json`, 'utf8')) as ArticleSet;
      const exercises = (JSON.parse(readFileSync(`content/sets/${setId}/exercises.json`, 'utf8')) as ExerciseBank).exercises;
      for (const e of exercises) {
        const named = [...e.prompt.matchAll(/[Pp]aragraph (\d+)/gu)].map((m) => Number(m[1]));
        const articleIds = e.type === 'find' ? [e.article] : e.articles;
        // Words the prompt quotes, and every anchor of the exercise.
        const quoted = [...e.prompt.matchAll(/“([^”]+)”/gu)].map((m) => m[1]!.replace(/[…,.]+$/u, ''));
        const anchors = JSON.stringify(e).match(/"quote":"((?:[^"\\]|\\.)*)"/gu)?.map((q) => JSON.parse(q.slice(8)) as string) ?? [];
        for (const n of named) {
          const hits = articleIds.flatMap((id) => {
            const block = blockOfParagraph(shipped.articles.find((a) => a.id === id)!.blocks, n);
            return block && [...quoted, ...anchors].some((words) => words.length > 3 && block.text.includes(words)) ? [block] : [];
          });
          expect(hits.length, `${setId}/${e.id}: paragraph ${n}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('what a student sees before the answer is shown', () => {
  const choice = bank.exercises.find((e) => e.id === 'frame-choice-soared')!;
  const match = bank.exercises.find((e) => e.type === 'match')!;
  it('keeps a missed right option out, and says why the chosen one is not it', () => {
    if (choice.type !== 'choice') throw new Error('type');
    const wrong = choice.options.find((o) => !o.correct)!;
    const grade = gradeAnswer(choice, { type: 'choice', selected: [wrong.id] }, lookup);
    const seen = visibleGrade(grade, false)!;
    expect(seen.items).toEqual([{ id: wrong.id, correct: false, feedback: wrong.feedback }]);
    expect(visibleGrade(grade, true)!.items).toHaveLength(2);
  });
  it('does not name the right match before it is shown', () => {
    if (match.type !== 'match') throw new Error('type');
    const grade = gradeAnswer(match, wrongAnswer(match, lookup), lookup);
    const seen = visibleGrade(grade, false)!;
    const rightTexts = match.options.filter((o) => match.items.some((i) => i.answer === o.id)).map((o) => o.text);
    for (const item of seen.items.filter((i) => !i.correct)) for (const text of rightTexts) expect(item.feedback).not.toContain(`The answer: ${text}`);
  });
  it('shows the answer when right, when asked, or after three tries, never in an assessment', () => {
    const wrong = { status: 'incorrect' as const, score: 0, correct: false, items: [], summary: '' };
    const right = { ...wrong, status: 'correct' as const, score: 1, correct: true };
    expect(isAnswerShown({ assessment: false, grade: wrong, tries: 1, asked: false })).toBe(false);
    expect(isAnswerShown({ assessment: false, grade: wrong, tries: 2, asked: false })).toBe(false);
    expect(isAnswerShown({ assessment: false, grade: wrong, tries: 3, asked: false })).toBe(true);
    expect(isAnswerShown({ assessment: false, grade: right, tries: 1, asked: false })).toBe(true);
    expect(isAnswerShown({ assessment: false, grade: null, tries: 0, asked: true })).toBe(true);
    expect(isAnswerShown({ assessment: true, grade: wrong, tries: 5, asked: true })).toBe(false);
  });
});

describe('right on the first try, in the progress summary', () => {
  const content: ContentIndex = {
    sets: [
      {
        id: 's',
        title: 'S',
        exercises: [
          { id: 'a', family: 'attribution', type: 'choice' },
          { id: 'b', family: 'attribution', type: 'choice' },
          { id: 'c', family: 'framing', type: 'choice' },
        ],
      },
    ],
  };
  let n = 0;
  const attempt = (exerciseId: string, score: number): AttemptFacts => {
    n += 1;
    return { id: `r${n}`, setId: 's', exerciseId, score, correct: score === 1, submittedAt: new Date(Date.UTC(2026, 0, 1, 9, n)).toISOString() };
  };

  it('keeps retries out of mastery: right in the end is not right on the first try', () => {
    const records = [attempt('a', 0), attempt('a', 0.5), attempt('a', 1), attempt('b', 1)];
    const summary = summariseProgress(records, content, { profileId: 'p' });
    const a = summary.exercises.find((e) => e.exerciseId === 'a')!;
    expect(a).toMatchObject({ attempts: 3, correctEver: true, bestScore: 1, firstTryCorrect: false, firstTryScore: 0, openTries: 0 });
    const attribution = summary.families.find((f) => f.family === 'attribution')!;
    expect(attribution).toMatchObject({ correctExercises: 2, firstTryExercises: 1, mastery: 0.5 });
    expect(summary.sets[0]).toMatchObject({ completed: 2, firstTry: 1, total: 3 });
    expect(summary.recent.map((r) => [r.exerciseId, r.tryNumber])).toEqual([
      ['b', 1],
      ['a', 3],
      ['a', 2],
      ['a', 1],
    ]);
  });

  it('counts tries across reloads until a right answer, and starts a new sitting after one', () => {
    const open = summariseProgress([attempt('c', 0), attempt('c', 0)], content, { profileId: 'p' });
    expect(open.exercises[0]).toMatchObject({ openTries: 2, firstTryCorrect: false });
    // Practising again after getting it right: the new first try counts.
    const again = summariseProgress([attempt('c', 0), attempt('c', 1), attempt('c', 1)], content, { profileId: 'p' });
    expect(again.exercises[0]).toMatchObject({ firstTryCorrect: true, openTries: 0 });
    expect(again.families.find((f) => f.family === 'framing')).toMatchObject({ firstTryExercises: 1, mastery: 1 });
  });

  it('reads old journals (no try numbers stored): the first try is worked out from the order of records', () => {
    const old = [attempt('b', 0.5), attempt('b', 1)];
    expect(summariseProgress(old, content, { profileId: 'p' }).exercises[0]).toMatchObject({ firstTryScore: 0.5, firstTryCorrect: false, correctEver: true });
  });
});

describe('right on the first try, in the class overview', () => {
  it('grades the first answer kept in a results file, and an old file without one says nothing about it', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['frame-choice-soared', 'num-choice-sum'] });
    const copy = await teacherCopy(t.dir, id);
    const articles = lookupArticles(copy.fullSet.articles);
    const [soared, sum] = copy.exercises;
    const base = generatedResults(copy, 1, 'Retrier');
    const withFirst = {
      ...base,
      answers: [
        { exerciseId: soared!.id, answer: toStudentIds(rightAnswer(soared!, articles), {}), firstAnswer: wrongAnswer(soared!, articles), score: 1, correct: true, attempts: 2, timeSpentMs: 90_000 },
        { exerciseId: sum!.id, answer: rightAnswer(sum!, articles), score: 1, correct: true, attempts: 1, timeSpentMs: 30_000 },
      ],
    };
    const old = { ...base, student: { name: 'Old file' }, answers: [{ exerciseId: soared!.id, answer: rightAnswer(soared!, articles), score: 1, correct: true, attempts: 3, timeSpentMs: 60_000 }] };
    const overview = classOverview(copy, [withFirst, old]);
    const retrier = overview.students.find((s) => s.name === 'Retrier')!;
    expect(retrier.scores).toEqual({ [soared!.id]: 1, [sum!.id]: 1 });
    expect(retrier.firstTryScores).toEqual({ [soared!.id]: 0, [sum!.id]: 1 });
    expect(retrier.tries).toEqual({ [soared!.id]: 2, [sum!.id]: 1 });
    expect(overview.students.find((s) => s.name === 'Old file')!.firstTryScores[soared!.id]).toBeNull();
    const row = overview.exercises.find((e) => e.id === soared!.id)!;
    expect(row).toMatchObject({ percentCorrect: 100, percentFirstTry: 0, averageScore: 1 });
  });
});

describe('times and dates in the class overview', () => {
  it('shows decimal minutes, the same figure on screen and in the CSV, and local date and time', () => {
    expect(decimalMinutes(90_000)).toBe(1.5);
    expect(decimalMinutes(20_000)).toBe(0.3);
    expect(minutesText(20_000)).toBe('0.3 min');
    const iso = '2026-03-10T12:05:00.000Z';
    const d = new Date(iso);
    expect(localDateTime(iso)).toBe(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:05`);
  });
});
