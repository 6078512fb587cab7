import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { dispatch } from '../../main/ipc/dispatch';
import { channels } from '../../main/ipc/contract';
import { gradeAnswer, lookupArticles } from '../../content/logic/grading';
import { serialiseResults } from '../../content/assignments/results-file';
import { readAssignmentText } from '../../content/assignments/read';
import type { TeacherCopy } from '../../content/assignments/teacher-copy';
import { localDateTime, minutesText } from '../../content/assignments/time-format';
import { testCaller } from '../support/memory-files-port';
import {
  createSeedAssignment,
  exportedText,
  generatedResults,
  generatedResultsText,
  getsRight,
  makeServices,
  rightAnswer,
  seedSet,
  skips,
  studentName,
  teacherCopy,
  TEACHER_PIN,
  toStudentIds,
  unlockedTeacher,
  studentServices,
  wrongAnswer,
  type TestServices,
} from '../support/assignments';

const CLASS_SIZE = 30;

describe('making an assignment', () => {
  it('builds it from a set, stores the teacher copy, and lists it', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'assessment', { attemptsAllowed: 3 });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const { assignments, problems } = await t.handlers.listTeacherAssignments({});
    expect(problems).toEqual([]);
    expect(assignments).toEqual([
      { id, title: 'Reading the news (assessment)', mode: 'assessment', createdAt: '2026-03-02T09:00:00.000Z', due: '2026-03-20', attemptsAllowed: 3, setId: 'gaza-2023-24', setTitle: expect.any(String), exerciseCount: 51, resultsCount: 0 },
    ]);
    const copy = await teacherCopy(t.dir, id);
    expect(copy.exercises).toEqual((await seedSet()).exercises);
    expect(copy.fullSet.articles.some((a) => a.annotations.length > 0)).toBe(true);
  });

  it('after a restart, exports the very same file (the stored copy still matches its hash)', async () => {
    const t = await unlockedTeacher();
    for (const mode of ['practice', 'assessment'] as const) {
      const id = await createSeedAssignment(t.handlers, mode);
      const before = await exportedText(t, id);
      const again = await makeServices({ dir: t.dir });
      await again.handlers.unlockTeacher({ pin: TEACHER_PIN });
      const after = await exportedText(again, id);
      expect(after).toBe(before);
      expect((await readAssignmentText('again.lensesassignment', after)).ok).toBe(true);
    }
  });

  it('refuses to hand out a stored copy that was edited on disk', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['num-choice-sum'] });
    const file = path.join(t.dir, 'teacher', 'assignments', `${id}.json`);
    await writeFile(file, (await readFile(file, 'utf8')).replace('"Reading the news (practice)"', '"Edited"'));
    const again = await makeServices({ dir: t.dir });
    await again.handlers.unlockTeacher({ pin: TEACHER_PIN });
    expect(await dispatch(again.handlers, 'exportAssignment', { id }, { caller: testCaller })).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('changed or damaged') } });
  });

  it('keeps the exercises in the order chosen and only the articles chosen', async () => {
    const t = await unlockedTeacher();
    const { set } = await seedSet();
    const { id } = await t.handlers.createAssignment({
      title: 'Two articles',
      setId: set.id,
      articleIds: ['truce-ends-fighting-resumes', 'netanyahu-blinken-rafah'],
      exerciseIds: ['num-choice-hostage-figures', 'frame-find-loaded-verbs', 'num-choice-sum'],
      due: null,
      attemptsAllowed: 1,
      mode: 'practice',
    });
    const read = await readAssignmentText('two.lensesassignment', await exportedText(t, id));
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.value.exercises.map((e) => e.id)).toEqual(['num-choice-hostage-figures', 'frame-find-loaded-verbs', 'num-choice-sum']);
    expect(read.value.set.articles.map((a) => a.id).sort()).toEqual(['netanyahu-blinken-rafah', 'truce-ends-fighting-resumes']);
    expect(read.value.instructions).toBe('');
    expect(t.files.saved.at(-1)).toMatchObject({ defaultName: 'Two articles.lensesassignment', filters: [{ name: 'Lenses assignment', extensions: ['lensesassignment'] }] });
  });

  it('refuses exercises outside the set or needing articles not chosen, and repeated ids', async () => {
    const t = await unlockedTeacher();
    const base = { title: 'X', setId: 'gaza-2023-24', articleIds: ['truce-ends-fighting-resumes'], exerciseIds: ['num-choice-sum'], due: null, attemptsAllowed: null, mode: 'practice' as const };
    const refused = async (patch: Record<string, unknown>, code: string, message: RegExp) => {
      const result = await dispatch(t.handlers, 'createAssignment', { ...base, ...patch });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    };
    await refused({ setId: 'no-such-set' }, 'not-found', /no article set called "no-such-set"/);
    await refused({ articleIds: ['no-such-article'] }, 'invalid-arguments', /has no article "no-such-article"/);
    await refused({ exerciseIds: ['no-such-exercise'] }, 'invalid-arguments', /has no exercise "no-such-exercise"/);
    await refused({ exerciseIds: ['num-choice-hostage-figures'] }, 'invalid-arguments', /needs the article “.+”: add it, or leave the exercise out/);
    await refused({ exerciseIds: ['num-choice-sum', 'num-choice-sum'] }, 'invalid-arguments', /chosen twice/);
    await refused({ articleIds: ['truce-ends-fighting-resumes', 'truce-ends-fighting-resumes'] }, 'invalid-arguments', /chosen twice/);
    await refused({ exerciseIds: [] }, 'invalid-arguments', /choose at least one exercise/);
    await refused({ title: '   ' }, 'invalid-arguments', /give the assignment a title/);
    await refused({ due: '2026-02-30' }, 'invalid-arguments', /that day does not exist/);
    await refused({ attemptsAllowed: 11 }, 'invalid-arguments', /attemptsAllowed/);
    await refused({ attemptsAllowed: 0 }, 'invalid-arguments', /attemptsAllowed/);
    await refused({ mode: 'exam' }, 'invalid-arguments', /mode/);
    expect((await t.handlers.listTeacherAssignments({})).assignments).toEqual([]);
  });
});

describe('a class of 30 in assessment mode', () => {
  let t: TestServices;
  let id = '';
  let copy: TeacherCopy;
  let report: Awaited<ReturnType<TestServices['handlers']['importResults']>>;

  beforeAll(async () => {
    t = await unlockedTeacher();
    id = await createSeedAssignment(t.handlers, 'assessment');
    copy = await teacherCopy(t.dir, id);
    const files = Array.from({ length: CLASS_SIZE }, (_, s) => ({ name: `${studentName(s)}.lensesresults`, content: generatedResultsText(copy, s) }));
    const misfit = generatedResults(copy, 100, 'Misfit Student');
    misfit.answers[0] = { ...misfit.answers[0]!, exerciseId: 'not-in-this-assignment' };
    files.splice(7, 0, { name: 'half.lensesresults', content: generatedResultsText(copy, 99, 'Half Copied').slice(0, 3000) });
    files.splice(20, 0, { name: 'misfit.lensesresults', content: serialiseResults(misfit) });
    t.files.willOpen(files);
    report = await t.handlers.importResults({ assignmentId: id }, testCaller);
  });

  it('the generated answers are exactly right or exactly wrong', async () => {
    const articles = lookupArticles(copy.fullSet.articles);
    for (const e of copy.exercises) {
      if (e.type === 'written') continue;
      expect(gradeAnswer(e, rightAnswer(e, articles), articles).score, e.id).toBe(1);
      expect(gradeAnswer(e, wrongAnswer(e, articles), articles).score, e.id).toBe(0);
    }
  });

  it('imports the 30 good files and rejects the 2 broken ones with reasons', () => {
    expect(t.files.openRequests.at(-1)).toMatchObject({ multiple: true, filters: [{ extensions: ['lensesresults'] }] });
    expect(report.imported).toHaveLength(CLASS_SIZE);
    expect(report.imported[0]).toEqual({ file: `${studentName(0)}.lensesresults`, student: studentName(0), assignmentId: id });
    expect(report.rejected).toEqual([
      { file: 'half.lensesresults', code: 'truncated', reason: expect.stringContaining('“half.lensesresults” ends too early') },
      { file: 'misfit.lensesresults', code: 'answers-do-not-fit', reason: expect.stringContaining('exercise "not-in-this-assignment" is not in it') },
    ]);
  });

  it('stores them atomically in one results file, and they survive a restart', async () => {
    const stored = JSON.parse(await readFile(path.join(t.dir, 'teacher', 'results', `${id}.json`), 'utf8')) as { entries: unknown[] };
    expect(stored.entries).toHaveLength(CLASS_SIZE);
    const again = await makeServices({ dir: t.dir });
    await again.handlers.unlockTeacher({ pin: TEACHER_PIN });
    expect((await again.handlers.getClassOverview({ assignmentId: id })).students).toHaveLength(CLASS_SIZE);
    expect((await again.handlers.listTeacherAssignments({})).assignments[0]?.resultsCount).toBe(CLASS_SIZE);
  });

  it('grades every answer with the teacher copy: per-student scores, completion and time', async () => {
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    expect(overview.assignment).toMatchObject({ id, mode: 'assessment', exerciseCount: 51, gradedExerciseCount: 48, studentCount: CLASS_SIZE });
    expect(overview.students.map((s) => s.name)).toEqual(Array.from({ length: CLASS_SIZE }, (_, s) => studentName(s)));
    expect(overview.students.map((s) => s.name)).not.toContain('Misfit Student');
    overview.students.forEach((row, s) => {
      let completed = 0;
      let total = 0;
      let time = 0;
      copy.exercises.forEach((e, i) => {
        if (skips(s, i)) {
          expect(row.scores[e.id]).toBeNull();
          expect(row.answers[e.id]).toBeUndefined();
          return;
        }
        completed += 1;
        time += 30_000 + i * 1000;
        const expected = e.type === 'written' ? null : getsRight(s, i) ? 1 : 0;
        total += expected ?? 0;
        expect(row.scores[e.id], `${row.name} ${e.id}`).toBe(expected);
      });
      expect(row).toMatchObject({ completed, total: 51, totalScore: total, timeSpentMs: time });
    });
  });

  it('gives the answers in the exercises’ own ids, not the student view’s', async () => {
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    const articles = lookupArticles(copy.fullSet.articles);
    const choice = copy.exercises.find((e) => e.id === 'attr-choice-direct-no-marks')!;
    const i = copy.exercises.indexOf(choice);
    const right = overview.students.find((_, s) => getsRight(s, i) && !skips(s, i))!;
    expect(right.answers[choice.id]).toEqual(rightAnswer(choice, articles));
  });

  it('works out percent correct and average score per exercise from those who answered', async () => {
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    copy.exercises.forEach((e, i) => {
      const row = overview.exercises[i]!;
      const answered = Array.from({ length: CLASS_SIZE }, (_, s) => s).filter((s) => !skips(s, i));
      const right = answered.filter((s) => getsRight(s, i)).length;
      expect(row).toMatchObject({ id: e.id, family: e.family, type: e.type, prompt: e.prompt, answered: answered.length });
      if (e.type === 'written') {
        expect(row.percentCorrect).toBeNull();
        expect(row.averageScore).toBeNull();
        expect(row.commonWrongAnswers).toEqual([]);
      } else {
        expect(row.percentCorrect).toBeCloseTo((100 * right) / answered.length, 10);
        expect(row.averageScore).toBeCloseTo(right / answered.length, 10);
      }
    });
  });

  it('averages each family over every graded answer in it', async () => {
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    for (const family of ['attribution', 'framing', 'numbers'] as const) {
      let sum = 0;
      let n = 0;
      copy.exercises.forEach((e, i) => {
        if (e.family !== family || e.type === 'written') return;
        for (let s = 0; s < CLASS_SIZE; s += 1) {
          if (skips(s, i)) continue;
          n += 1;
          sum += getsRight(s, i) ? 1 : 0;
        }
      });
      expect(overview.familyAverages[family], family).toBeCloseTo(sum / n, 10);
    }
  });

  it('lists the common wrong answers readably, counted once per student', async () => {
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    const wrongCount = (i: number) => Array.from({ length: CLASS_SIZE }, (_, s) => s).filter((s) => !skips(s, i) && !getsRight(s, i)).length;
    const row = (exerciseId: string) => {
      const i = copy.exercises.findIndex((e) => e.id === exerciseId);
      return { i, e: copy.exercises[i]!, row: overview.exercises[i]! };
    };

    const choice = row('attr-choice-direct-no-marks');
    if (choice.e.type !== 'choice') throw new Error('choice');
    expect(choice.row.commonWrongAnswers).toEqual([{ answer: choice.e.options.find((o) => !o.correct)!.text, count: wrongCount(choice.i) }]);

    const order = row('attr-order-chain');
    if (order.e.type !== 'order') throw new Error('order');
    const items = order.e.items;
    const reversed = [...order.e.correctOrder].reverse().map((x) => items.find((it) => it.id === x)!.label);
    expect(order.row.commonWrongAnswers).toEqual([{ answer: reversed.join(' → '), count: wrongCount(order.i) }]);

    const classify = row('attr-classify-direct-reported');
    expect(classify.row.commonWrongAnswers).toHaveLength(5);
    for (const w of classify.row.commonWrongAnswers) {
      expect(w.count).toBe(wrongCount(classify.i));
      expect(w.answer).toMatch(/^“.+” → .+$/u);
    }

    const find = row('attr-find-toll-source');
    expect(find.row.commonWrongAnswers).toEqual([{ answer: expect.stringMatching(/^“.+”$/u), count: wrongCount(find.i) }]);
  });

  it('collects the written responses for the teacher to read', async () => {
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    const written = copy.exercises.map((e, i) => ({ e, i })).filter(({ e }) => e.type === 'written');
    const expected = written.reduce((n, { i }) => n + Array.from({ length: CLASS_SIZE }, (_, s) => s).filter((s) => !skips(s, i)).length, 0);
    expect(overview.writtenResponses).toHaveLength(expected);
    const model = written[0]!.e.type === 'written' ? written[0]!.e.modelAnswer : '';
    expect(overview.writtenResponses).toContainEqual({ student: expect.any(String), exerciseId: written[0]!.e.id, text: model });
  });

  it('refuses the very same file again, holds another file for the same name (in a later import or the same one) for the teacher, and loses nothing', async () => {
    t.files.willOpen([
      { name: 'again.lensesresults', content: generatedResultsText(copy, 3) },
      { name: 'new-1.lensesresults', content: generatedResultsText(copy, 40, 'Новый Ученик') },
      { name: 'new-2.lensesresults', content: generatedResultsText(copy, 41, 'новый  ученик') },
    ]);
    const second = await t.handlers.importResults({ assignmentId: id }, testCaller);
    expect(second.imported).toEqual([{ file: 'new-1.lensesresults', student: 'Новый Ученик', assignmentId: id }]);
    expect(second.rejected.map((r) => [r.file, r.code])).toEqual([['again.lensesresults', 'duplicate']]);
    expect(second.rejected[0]!.reason).toMatch(/Student 0004 has already handed in these results/);
    // Same name after normalising (case, spaces), different answers: held beside the first, not counted.
    expect(second.held).toEqual([{ file: 'new-2.lensesresults', student: 'новый  ученик', reason: expect.stringContaining('Compare the two') }]);
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    expect(overview.students).toHaveLength(CLASS_SIZE + 1);
    const { held } = await t.handlers.listSubmissions({ assignmentId: id });
    expect(held.map((h) => [h.reason, h.incoming.name, h.existing.name])).toEqual([['same-name', 'новый  ученик', 'Новый Ученик']]);
    // A batch of only broken files changes nothing.
    t.files.willOpen([{ name: 'junk.lensesresults', content: 'junk' }]);
    expect(await t.handlers.importResults({ assignmentId: id }, testCaller)).toMatchObject({ imported: [], rejected: [{ code: 'not-json' }] });
    expect((await t.handlers.getClassOverview({ assignmentId: id })).students).toHaveLength(CLASS_SIZE + 1);
  });

  it('exports the class as CSV with a BOM, one row per student', async () => {
    const result = await t.handlers.exportClassCsv({ assignmentId: id }, testCaller);
    expect(result).toEqual({ saved: true, path: '/memory/Reading the news (assessment)-results.csv' });
    const saved = t.files.saved.at(-1)!;
    expect(saved.content.startsWith('\uFEFF')).toBe(true);
    const rows = parse(saved.content, { bom: true, relax_column_count: false }) as string[][];
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    expect(rows).toHaveLength(overview.students.length + 1);
    expect(rows[0]!.slice(0, 7)).toEqual([
      'Name',
      'Submitted (local time)',
      'Submitted (ISO 8601, UTC)',
      'Time (minutes)',
      'Completed (of 51)',
      'Total score (out of 48)',
      'Right on the first try',
    ]);
    expect(rows[0]).toHaveLength(7 + 51);
    const first = overview.students[0]!;
    expect(rows[1]!.slice(0, 6)).toEqual([
      first.name,
      localDateTime(first.submittedAt),
      first.submittedAt,
      String(Math.round(first.timeSpentMs / 6000) / 10),
      String(first.completed),
      String(Math.round(first.totalScore * 100) / 100),
    ]);
    // Decimal minutes, the same figure the screen shows ("1.5 min").
    expect(minutesText(first.timeSpentMs)).toBe(`${rows[1]![3]} min`);
  });
});

describe('importing results the teacher picked (by token)', () => {
  it('imports a folder of results, skips other files in it, and reports bad paths', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['attr-choice-direct-no-marks', 'num-choice-sum'] });
    const copy = await teacherCopy(t.dir, id);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-results-'));
    for (let s = 0; s < 5; s += 1) await writeFile(path.join(dir, `s${s}.lensesresults`), generatedResultsText(copy, s));
    await writeFile(path.join(dir, 'readme.txt'), 'not results');
    await mkdir(path.join(dir, 'sub.lensesresults'));
    const loose = path.join(dir, 'loose.txt');
    const report = await t.handlers.importResultsFromPaths({ assignmentId: id, files: [dir, loose, path.join(dir, 'missing.lensesresults')].map((p) => t.picked.grant(p)) });
    expect(report.imported.map((r) => r.file)).toEqual(['s0.lensesresults', 's1.lensesresults', 's2.lensesresults', 's3.lensesresults', 's4.lensesresults']);
    expect(report.rejected).toEqual([
      { file: 'loose.txt', code: 'not-lenses', reason: '“loose.txt” is not a Lenses results file (.lensesresults).' },
      { file: 'missing.lensesresults', code: 'unreadable', reason: expect.stringContaining('cannot find “missing.lensesresults”') },
    ]);
  });

  it('without an assignment id, sends each file to the assignment it names', async () => {
    const t = await unlockedTeacher();
    const a = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['num-choice-sum'], title: 'A' });
    const b = await createSeedAssignment(t.handlers, 'assessment', { exerciseIds: ['num-choice-sum'], title: 'B' });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-results-'));
    await writeFile(path.join(dir, 'a.lensesresults'), generatedResultsText(await teacherCopy(t.dir, a), 0));
    await writeFile(path.join(dir, 'b.lensesresults'), generatedResultsText(await teacherCopy(t.dir, b), 1));
    const elsewhere = await unlockedTeacher();
    const foreign = await teacherCopy(elsewhere.dir, await createSeedAssignment(elsewhere.handlers, 'practice', { exerciseIds: ['num-choice-sum'] }));
    await writeFile(path.join(dir, 'c.lensesresults'), generatedResultsText(foreign, 2));
    await writeFile(path.join(dir, 'd.lensesresults'), '{"kind": "lenses-results", "format": 1');
    const report = await t.handlers.importResultsFromPaths({ files: [t.picked.grant(dir)] });
    expect(report.imported).toEqual([
      { file: 'a.lensesresults', student: studentName(0), assignmentId: a },
      { file: 'b.lensesresults', student: studentName(1), assignmentId: b },
    ]);
    expect(report.rejected.map((r) => [r.file, r.code])).toEqual([
      ['c.lensesresults', 'other-assignment'],
      ['d.lensesresults', 'truncated'],
    ]);
    expect(report.rejected[0]!.reason).toMatch(/not made on this computer/);
  });
});

describe('grading on the teacher side', () => {
  it('grades an assessment handed in by a real student copy, through the files', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'assessment');
    const copy = await teacherCopy(t.dir, id);
    const articles = lookupArticles(copy.fullSet.articles);
    const s = await studentServices();
    s.files.willOpen([{ name: 'test.lensesassignment', content: await exportedText(t, id) }]);
    await s.handlers.openAssignmentFile({}, testCaller);
    for (const [i, e] of copy.exercises.entries()) {
      const original = i % 2 === 0 ? rightAnswer(e, articles) : wrongAnswer(e, articles);
      await s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: e.id, answer: toStudentIds(original, copy.idMaps[e.id] ?? {}), timeSpentMs: 1000 });
    }
    await s.handlers.exportResults({ assignmentId: id, studentName: 'Анна' }, testCaller);
    t.files.willOpen([{ name: 'anna.lensesresults', content: s.files.saved.at(-1)!.content }]);
    expect((await t.handlers.importResults({ assignmentId: id }, testCaller)).imported).toHaveLength(1);
    const [row] = (await t.handlers.getClassOverview({ assignmentId: id })).students;
    copy.exercises.forEach((e, i) => expect(row!.scores[e.id], e.id).toBe(e.type === 'written' ? null : i % 2 === 0 ? 1 : 0));
  });

  it('in practice mode, ignores the scores written in the file and grades again', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['num-choice-sum'] });
    const copy = await teacherCopy(t.dir, id);
    const cheat = generatedResults(copy, 0);
    const e = copy.exercises[0]!;
    cheat.answers = [{ exerciseId: e.id, answer: wrongAnswer(e, lookupArticles(copy.fullSet.articles)), score: 1, correct: true, attempts: 1, timeSpentMs: 1 }];
    t.files.willOpen([{ name: 'cheat.lensesresults', content: serialiseResults(cheat) }]);
    await t.handlers.importResults({ assignmentId: id }, testCaller);
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    expect(overview.students[0]!.scores[e.id]).toBe(0);
    expect(overview.exercises[0]!.percentCorrect).toBe(0);
  });

  it('gives an empty overview before any results come in', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice');
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    expect(overview.students).toEqual([]);
    expect(overview.familyAverages).toEqual({ attribution: null, framing: null, numbers: null });
    expect(overview.exercises.every((e) => e.percentCorrect === null && e.answered === 0)).toBe(true);
    expect(channels.getClassOverview.output.parse(overview)).toEqual(overview);
  });
});

describe('the PDF report', () => {
  it('refuses clearly when printing is not available', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['num-choice-sum'] });
    expect(await dispatch(t.handlers, 'printClassReport', { assignmentId: id }, { caller: testCaller })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'A PDF report can only be made in the Lenses app. Export the CSV instead.' },
    });
  });

  it('hands the assignment to the print port with a suggested name, for the caller that asked', async () => {
    const print = vi.fn(async () => ({ saved: true as const, path: '/reports/x.pdf' }));
    const t = await unlockedTeacher({ printClassReport: print });
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['num-choice-sum'], title: 'Week 3: numbers' });
    expect(await t.handlers.printClassReport({ assignmentId: id }, testCaller)).toEqual({ saved: true, path: '/reports/x.pdf' });
    expect(print).toHaveBeenCalledWith({ assignmentId: id, title: 'Week 3: numbers', defaultName: 'Week 3 numbers-class report.pdf' }, testCaller);
    expect(await dispatch(t.handlers, 'printClassReport', { assignmentId: '99999999-2222-4333-8444-555555555555' }, { caller: testCaller })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
