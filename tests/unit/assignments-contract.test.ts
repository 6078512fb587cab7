import { describe, expect, it, vi } from 'vitest';
import { channels, type ChannelName } from '../../main/ipc/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { createSeedAssignment, exportedText, generatedResultsText, makeServices, studentServices, teacherCopy, unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

const ID = '11111111-2222-4333-8444-555555555555';
const answer = { type: 'choice', selected: ['direct'] };

/** Arguments each new channel must refuse, with a word the message must contain. */
const BAD: Array<[ChannelName, unknown, string]> = [
  ['getTeacherStatus', { extra: 1 }, 'extra'],
  ['setTeacherPin', { pin: 1234 }, 'pin'],
  ['setTeacherPin', { pin: '12' }, '4 to 12 digits'],
  ['unlockTeacher', {}, 'pin'],
  ['unlockTeacher', { pin: 'x'.repeat(65) }, 'pin'],
  ['lockTeacher', { now: true }, 'now'],
  ['openAssignmentFile', { path: '/x' }, 'path'],
  ['openAssignmentFromPath', {}, 'file'],
  ['openAssignmentFromPath', { file: '' }, 'file'],
  ['openAssignmentFromPath', { file: '/etc/passwd' }, 'a file is named by the token Lenses gave when it was picked'],
  ['openAssignmentFromPath', { path: '/home/a/Week 3.lensesassignment' }, 'path'],
  ['listAssignments', { all: true }, 'all'],
  ['getAssignment', { id: 'week-3' }, 'UUID'],
  ['saveAssignmentAnswer', { assignmentId: ID, exerciseId: 'x', answer, timeSpentMs: -1 }, 'timeSpentMs'],
  ['saveAssignmentAnswer', { assignmentId: ID, exerciseId: 'x', answer, timeSpentMs: 1.5 }, 'timeSpentMs'],
  ['saveAssignmentAnswer', { assignmentId: ID, exerciseId: 'Bad Id', answer, timeSpentMs: 1 }, 'exerciseId'],
  ['saveAssignmentAnswer', { assignmentId: ID, exerciseId: 'x', answer: { type: 'guess' }, timeSpentMs: 1 }, 'answer'],
  ['saveAssignmentAnswer', { assignmentId: ID, exerciseId: 'x', answer, timeSpentMs: 1, score: 1 }, 'score'],
  ['exportResults', { assignmentId: ID }, 'studentName'],
  ['exportResults', { assignmentId: ID, studentName: '' }, 'studentName'],
  ['createAssignment', { title: 'x', setId: 'gaza-2023-24', articleIds: ['a'], exerciseIds: ['b'], due: '20-03-2026', attemptsAllowed: null, mode: 'practice' }, 'due'],
  ['createAssignment', { title: 'x', setId: 'gaza-2023-24', articleIds: ['a'], exerciseIds: ['b'], due: null, attemptsAllowed: 2.5, mode: 'practice' }, 'attemptsAllowed'],
  ['createAssignment', { title: 'x', setId: 'gaza-2023-24', articleIds: [], exerciseIds: ['b'], due: null, attemptsAllowed: null, mode: 'practice' }, 'articleIds'],
  ['createAssignment', { title: 'x'.repeat(201), setId: 'gaza-2023-24', articleIds: ['a'], exerciseIds: ['b'], due: null, attemptsAllowed: null, mode: 'practice' }, 'title'],
  ['createAssignment', { title: 'x', setId: '../etc', articleIds: ['a'], exerciseIds: ['b'], due: null, attemptsAllowed: null, mode: 'practice' }, 'setId'],
  ['listTeacherAssignments', { x: 1 }, 'x'],
  ['exportAssignment', { id: 42 }, 'id'],
  ['importResults', {}, 'assignmentId'],
  ['importResultsFromPaths', { files: [] }, 'files'],
  ['importResultsFromPaths', { files: ['/home/a/results'] }, 'a file is named by the token Lenses gave when it was picked'],
  ['importResultsFromPaths', { assignmentId: 'nope', files: ['0123456789abcdef0123456789abcdef'] }, 'assignmentId'],
  ['getClassOverview', { assignmentId: ID, extra: true }, 'extra'],
  ['exportClassCsv', { id: ID }, 'assignmentId'],
  ['printClassReport', {}, 'assignmentId'],
];

describe('the assignment channels in the contract', () => {
  it.each(BAD)('%s refuses %j', async (name, input, word) => {
    const { handlers } = await makeServices();
    const spy = vi.spyOn(handlers, name);
    const result = await dispatch(handlers, name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.message).toContain(`The call "${name}" was refused`);
      expect(result.error.message).toContain(word);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('returns values that match the output schemas, all the way from making to grading', async () => {
    const t = await unlockedTeacher();
    const s = await studentServices();
    const call = async (services: typeof t, name: ChannelName, input: unknown) => {
      const result = await dispatch(services.handlers, name, input, { caller: testCaller });
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return channels[name].output.parse(result.value) as unknown;
    };
    await call(t, 'getTeacherStatus', {});
    const id = await createSeedAssignment(t.handlers, 'assessment', { exerciseIds: ['attr-choice-direct-no-marks', 'attr-find-toll-source'] });
    await call(t, 'listTeacherAssignments', {});
    s.files.willOpen([{ name: 'a.lensesassignment', content: await exportedText(t, id) }]);
    await call(s, 'openAssignmentFile', {});
    await call(s, 'listAssignments', {});
    await call(s, 'saveAssignmentAnswer', { assignmentId: id, exerciseId: 'attr-find-toll-source', answer: { type: 'find', selections: [{ block: 'b1', start: 0, end: 5 }] }, timeSpentMs: 10 });
    await call(s, 'getAssignment', { id });
    await call(s, 'exportResults', { assignmentId: id, studentName: 'Anna' });
    t.files.willOpen([
      { name: 'anna.lensesresults', content: s.files.saved.at(-1)!.content },
      { name: 'gen.lensesresults', content: generatedResultsText(await teacherCopy(t.dir, id), 1) },
    ]);
    expect(await call(t, 'importResults', { assignmentId: id })).toMatchObject({ imported: [{ student: 'Anna' }, { student: 'Student 0002' }] });
    await call(t, 'getClassOverview', { assignmentId: id });
    await call(t, 'listSubmissions', { assignmentId: id });
    await call(t, 'exportClassCsv', { assignmentId: id });
    await call(t, 'keepTeacherUnlocked', {});
    await call(t, 'setTeacherIdleMinutes', { minutes: 5 });
    await call(t, 'lockTeacher', {});
  });

  it('asks for a file only for the caller the host names, never one the renderer’s arguments name', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['attr-choice-direct-no-marks'] });
    expect(await dispatch(t.handlers, 'exportAssignment', { id, caller: 'main-window' }, { caller: testCaller })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    // A host that names no caller: the files port is never asked for anybody.
    expect(await dispatch(t.handlers, 'exportAssignment', { id })).toEqual({ ok: false, error: { code: 'unavailable', message: 'No Lenses window asked for this file.' } });
    expect(t.files.saved).toEqual([]);
    expect(await dispatch(t.handlers, 'exportAssignment', { id }, { caller: testCaller })).toMatchObject({ ok: true, value: { saved: true } });
    expect(t.files.saved).toHaveLength(1);
  });

  it('gives a readable refusal for file dialogs when none are available', async () => {
    const { createServices } = await import('../../main/services');
    const { mkdtemp } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-nodialog-'));
    const { handlers } = await createServices({ userDataDir: dir, contentDir: path.resolve('content/sets'), appVersion: '0', host: 'test-harness' });
    await handlers.createProfile({ name: 'Sam' });
    expect(await dispatch(handlers, 'openAssignmentFile', {}, { caller: testCaller })).toEqual({ ok: false, error: { code: 'unavailable', message: 'Opening files is only possible in the Lenses app.' } });
  });
});
