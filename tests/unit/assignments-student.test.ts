import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { assignmentHash, serialiseAssignment, type AssignmentFile } from '../../content/assignments/assignment-file';
import { ResultsFile } from '../../content/assignments/results-file';
import { lookupArticles } from '../../content/logic/grading';
import { createSeedAssignment, exportedText, studentServices, rightAnswer, seedSet, teacherCopy, toStudentIds, unlockedTeacher, wrongAnswer } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

let practiceText = '';
let assessmentText = '';
let limitedText = '';
let teacherDir = '';
let assessmentId = '';

const CHOICE = 'attr-choice-direct-no-marks';
const WRITTEN = 'attr-written-vague-sources';
const EXERCISES = [CHOICE, 'attr-find-toll-source', 'attr-order-chain', WRITTEN];

async function student() {
  return studentServices();
}

async function openText(s: Awaited<ReturnType<typeof student>>, text: string, name = 'week.lensesassignment') {
  s.files.willOpen([{ name, content: text }]);
  return s.handlers.openAssignmentFile({}, testCaller);
}

beforeAll(async () => {
  const t = await unlockedTeacher();
  teacherDir = t.dir;
  practiceText = await exportedText(t, await createSeedAssignment(t.handlers, 'practice', { exerciseIds: EXERCISES, title: 'Practice: sources' }));
  assessmentId = await createSeedAssignment(t.handlers, 'assessment', { exerciseIds: EXERCISES, title: 'Test: sources' });
  assessmentText = await exportedText(t, assessmentId);
  limitedText = await exportedText(t, await createSeedAssignment(t.handlers, 'practice', { exerciseIds: EXERCISES, attemptsAllowed: 2, title: 'Two tries' }));
});

describe('opening an assignment', () => {
  it('opens a file picked in the dialog, and lists it with its progress', async () => {
    const s = await student();
    const opened = await openText(s, practiceText);
    expect(opened.alreadyHad).toBe(false);
    expect(opened.assignment?.title).toBe('Practice: sources');
    expect(s.files.openRequests[0]).toMatchObject({ multiple: false, filters: [{ extensions: ['lensesassignment'] }] });
    const { assignments, problems } = await s.handlers.listAssignments({});
    expect(problems).toEqual([]);
    expect(assignments).toEqual([
      expect.objectContaining({ id: opened.assignment!.id, title: 'Practice: sources', due: '2026-03-20', mode: 'practice', exerciseCount: 4, setTitle: expect.stringContaining('Gaza'), progress: { answered: 0, total: 4 }, exportedAt: null }),
    ]);
    const got = await s.handlers.getAssignment({ id: opened.assignment!.id });
    expect(got.assignment).toEqual(opened.assignment);
    expect(got.answers).toEqual({});
  });

  it('returns null when the dialog is cancelled', async () => {
    const s = await student();
    expect(await s.handlers.openAssignmentFile({}, testCaller)).toEqual({ assignment: null, alreadyHad: false });
  });

  it('opens a picked file by its token, and refuses other extensions, folders, missing files and damaged files clearly', async () => {
    const s = await student();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-open-'));
    const good = path.join(dir, 'Week 3.LENSESASSIGNMENT');
    await writeFile(good, practiceText);
    expect((await s.handlers.openAssignmentFromPath({ file: s.picked.grant(good) })).assignment.title).toBe('Practice: sources');

    const txt = path.join(dir, 'notes.txt');
    await writeFile(txt, practiceText);
    expect(await dispatch(s.handlers, 'openAssignmentFromPath', { file: s.picked.grant(txt) })).toEqual({ ok: false, error: { code: 'bad-file', message: '“notes.txt” is not a Lenses assignment (.lensesassignment).' } });
    const folder = path.join(dir, 'folder.lensesassignment');
    await mkdir(folder);
    expect(await dispatch(s.handlers, 'openAssignmentFromPath', { file: s.picked.grant(folder) })).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('is a folder') } });
    expect(await dispatch(s.handlers, 'openAssignmentFromPath', { file: s.picked.grant(path.join(dir, 'gone.lensesassignment')) })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('cannot find “gone.lensesassignment”') } });
    expect(await dispatch(s.handlers, 'openAssignmentFromPath', { file: s.picked.grant('relative.lensesassignment') })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const cut = path.join(dir, 'cut.lensesassignment');
    await writeFile(cut, practiceText.slice(0, 5000));
    expect(await dispatch(s.handlers, 'openAssignmentFromPath', { file: s.picked.grant(cut) })).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('“cut.lensesassignment” ends too early') } });
  });

  it('a screen opened while an answer is still being saved shows that answer', async () => {
    const s = await student();
    const { assignment } = await openText(s, practiceText);
    const id = assignment!.id;
    // Not awaited: the student leaves the exercise at once and the overview asks straight away.
    const saving = s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: CHOICE, answer: { type: 'choice', selected: ['direct'] }, timeSpentMs: 1000 });
    const [got, listed] = await Promise.all([s.handlers.getAssignment({ id }), s.handlers.listAssignments({})]);
    await saving;
    expect(Object.keys(got.answers)).toEqual([CHOICE]);
    expect(listed.assignments[0]?.progress).toEqual({ answered: 1, total: 4 });
  });

  it('opening the same file again keeps the answers; a different copy with the same id is refused', async () => {
    const s = await student();
    const { assignment } = await openText(s, practiceText);
    await s.handlers.saveAssignmentAnswer({ assignmentId: assignment!.id, exerciseId: CHOICE, answer: { type: 'choice', selected: ['direct'] }, timeSpentMs: 1000 });
    expect((await openText(s, practiceText)).alreadyHad).toBe(true);
    expect(Object.keys((await s.handlers.getAssignment({ id: assignment!.id })).answers)).toEqual([CHOICE]);

    const other = JSON.parse(practiceText) as AssignmentFile;
    other.title = 'Practice: sources (edited)';
    other.contentHash = await assignmentHash(other);
    s.files.willOpen([{ name: 'edited.lensesassignment', content: serialiseAssignment(other) }]);
    expect(await dispatch(s.handlers, 'openAssignmentFile', {}, { caller: testCaller })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'You already have a different copy of “Practice: sources”. Lenses kept the one you had, with your answers.' },
    });
  });

  it('refuses a file whose exercises do not fit its articles, even with a correct hash', async () => {
    const s = await student();
    const broken = JSON.parse(assessmentText) as AssignmentFile;
    broken.set.articles = broken.set.articles.slice(0, 1);
    broken.contentHash = await assignmentHash(broken);
    s.files.willOpen([{ name: 'broken.lensesassignment', content: serialiseAssignment(broken) }]);
    expect(await dispatch(s.handlers, 'openAssignmentFile', {}, { caller: testCaller })).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('do not fit its articles') } });
    expect((await s.handlers.listAssignments({})).assignments).toEqual([]);
  });

  it('lists assignments soonest due first', async () => {
    const s = await student();
    const t = await unlockedTeacher();
    const { set } = await seedSet();
    const make = async (title: string, due: string | null) => {
      const { id } = await t.handlers.createAssignment({ title, setId: set.id, articleIds: [set.articles[0]!.id], exerciseIds: ['attr-find-toll-source'], due, attemptsAllowed: null, mode: 'practice' });
      await openText(s, await exportedText(t, id));
    };
    await make('Later', '2026-05-01');
    await make('No date', null);
    await make('Sooner', '2026-04-01');
    expect((await s.handlers.listAssignments({})).assignments.map((a) => a.title)).toEqual(['Sooner', 'Later', 'No date']);
  });
});

describe('answering', () => {
  it('grades each try in practice mode, counts tries, adds up time, and keeps it all across restarts', async () => {
    const s = await student();
    const { assignment } = await openText(s, practiceText);
    const id = assignment!.id;
    const first = await s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: CHOICE, answer: { type: 'choice', selected: ['reported'] }, timeSpentMs: 20_000 });
    expect(first.grade).toMatchObject({ status: 'incorrect', score: 0, correct: false });
    expect(first.saved).toMatchObject({ score: 0, correct: false, attempts: 1, timeSpentMs: 20_000 });
    expect(first.attemptsLeft).toBeNull();
    const second = await s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: CHOICE, answer: { type: 'choice', selected: ['direct'] }, timeSpentMs: 5_000 });
    expect(second.grade).toMatchObject({ status: 'correct', score: 1, correct: true });
    expect(second.saved).toMatchObject({ score: 1, correct: true, attempts: 2, timeSpentMs: 25_000 });

    const again = await studentServices({ dir: s.dir });
    const got = await again.handlers.getAssignment({ id });
    expect(got.answers[CHOICE]).toMatchObject({ answer: { type: 'choice', selected: ['direct'] }, attempts: 2, score: 1 });
    expect((await again.handlers.listAssignments({})).assignments[0]?.progress).toEqual({ answered: 1, total: 4 });
  });

  it('refuses a try beyond attemptsAllowed', async () => {
    const s = await student();
    const { assignment } = await openText(s, limitedText);
    const save = () => dispatch(s.handlers, 'saveAssignmentAnswer', { assignmentId: assignment!.id, exerciseId: CHOICE, answer: { type: 'choice', selected: ['opinion'] }, timeSpentMs: 1 });
    expect(await save()).toMatchObject({ ok: true, value: { attemptsLeft: 1 } });
    expect(await save()).toMatchObject({ ok: true, value: { attemptsLeft: 0 } });
    expect(await save()).toEqual({ ok: false, error: { code: 'attempts-used', message: 'You have used all 2 tries for this exercise.' } });
    expect((await s.handlers.getAssignment({ id: assignment!.id })).answers[CHOICE]?.attempts).toBe(2);
  });

  it('does not grade in assessment mode, where the student view has no key', async () => {
    const s = await student();
    const { assignment } = await openText(s, assessmentText);
    if (assignment?.mode !== 'assessment') throw new Error('expected an assessment');
    const choice = assignment.exercises.find((e) => e.id === CHOICE);
    if (choice?.type !== 'choice') throw new Error('expected a choice');
    const saved = await s.handlers.saveAssignmentAnswer({ assignmentId: assignment.id, exerciseId: CHOICE, answer: { type: 'choice', selected: [choice.options[0]!.id] }, timeSpentMs: 9000 });
    expect(saved.grade).toBeNull();
    expect(saved.saved).toMatchObject({ score: null, correct: null, attempts: 1 });
  });

  it('refuses answers that do not fit, unknown exercises and unknown assignments', async () => {
    const s = await student();
    const { assignment } = await openText(s, practiceText);
    const id = assignment!.id;
    expect(await dispatch(s.handlers, 'saveAssignmentAnswer', { assignmentId: id, exerciseId: CHOICE, answer: { type: 'order', order: ['a', 'b'] }, timeSpentMs: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('the exercise is of type "choice"') },
    });
    expect(await dispatch(s.handlers, 'saveAssignmentAnswer', { assignmentId: id, exerciseId: CHOICE, answer: { type: 'choice', selected: ['made-up'] }, timeSpentMs: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await dispatch(s.handlers, 'saveAssignmentAnswer', { assignmentId: id, exerciseId: 'num-choice-sum', answer: { type: 'choice', selected: [] }, timeSpentMs: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const missing = '99999999-2222-4333-8444-555555555555';
    expect(await dispatch(s.handlers, 'saveAssignmentAnswer', { assignmentId: missing, exerciseId: CHOICE, answer: { type: 'choice', selected: [] }, timeSpentMs: 1 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(s.handlers, 'getAssignment', { id: missing })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps every answer when many are saved at once', async () => {
    const s = await student();
    const { assignment } = await openText(s, practiceText);
    const id = assignment!.id;
    const copy = await teacherCopy(teacherDir, id);
    const articles = lookupArticles(copy.fullSet.articles);
    await Promise.all(
      copy.exercises.flatMap((e) => [1, 2, 3].map((n) => s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: e.id, answer: n === 3 ? rightAnswer(e, articles) : wrongAnswer(e, articles), timeSpentMs: 1000 * n }))),
    );
    const { answers } = await s.handlers.getAssignment({ id });
    for (const e of copy.exercises) expect(answers[e.id], e.id).toMatchObject({ attempts: 3, timeSpentMs: 6000 });
  });
});

describe('handing in results', () => {
  it('saves a results file that names the assignment and its hash, with the answers in exercise order', async () => {
    const s = await student();
    const { assignment } = await openText(s, assessmentText);
    const id = assignment!.id;
    const copy = await teacherCopy(teacherDir, assessmentId);
    const articles = lookupArticles(copy.fullSet.articles);
    for (const e of [...copy.exercises].reverse()) {
      await s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: e.id, answer: toStudentIds(rightAnswer(e, articles), copy.idMaps[e.id] ?? {}), timeSpentMs: 60_000 });
    }
    s.clock.advance(3_600_000);
    const result = await s.handlers.exportResults({ assignmentId: id, studentName: '  Zoë O’Brien ' }, testCaller);
    expect(result).toEqual({ saved: true, path: '/memory/Test sources-Zoë O’Brien.lensesresults' });
    const saved = s.files.saved.at(-1)!;
    expect(saved.filters).toEqual([{ name: 'Lenses results', extensions: ['lensesresults'] }]);
    const file = ResultsFile.parse(JSON.parse(saved.content));
    expect(file).toMatchObject({ assignmentId: id, assignmentHash: assignment!.contentHash, student: { name: 'Zoë O’Brien' }, appVersion: '0.1.0-test', submittedAt: '2026-03-02T10:00:00.000Z' });
    expect(file.answers.map((a) => a.exerciseId)).toEqual(EXERCISES);
    expect(file.answers.every((a) => a.score === null && a.correct === null && a.attempts === 1)).toBe(true);
    expect((await s.handlers.getAssignment({ id })).exportedAt).toBe('2026-03-02T10:00:00.000Z');
  });

  it('reports a cancelled save and refuses an empty or unusable name', async () => {
    const s = await student();
    const { assignment } = await openText(s, practiceText);
    s.files.willCancelSave();
    expect(await s.handlers.exportResults({ assignmentId: assignment!.id, studentName: 'Anna' }, testCaller)).toEqual({ saved: false });
    expect((await s.handlers.getAssignment({ id: assignment!.id })).exportedAt).toBeNull();
    for (const studentName of ['', '   ', 'x'.repeat(101), 'Anna\u0000']) {
      expect(await dispatch(s.handlers, 'exportResults', { assignmentId: assignment!.id, studentName }, { caller: testCaller }), JSON.stringify(studentName)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
  });

  it('makes safe file names from any title and name', async () => {
    const s = await student();
    const { assignment } = await openText(s, practiceText);
    await s.handlers.exportResults({ assignmentId: assignment!.id, studentName: '../../etc/passwd: "x" <y>' }, testCaller);
    expect(s.files.saved.at(-1)?.defaultName).toBe('Practice sources-etc passwd x y.lensesresults');
  });
});
