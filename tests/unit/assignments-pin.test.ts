import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { LOCKOUT_MS, MAX_WRONG_TRIES } from '../../main/teacher-mode/teacher-pin';
import { PIN_COST } from '../../main/progress/pin';
import { makeServices, TEACHER_PIN, testClock } from '../support/assignments';

describe('the teacher PIN', () => {
  it('starts with no PIN and locked; setting one unlocks', async () => {
    const { handlers } = await makeServices();
    expect(await handlers.getTeacherStatus({})).toEqual({ pinSet: false, unlocked: false, retryInSeconds: null, idleMinutes: 10, hasRecoveryCode: false, problem: null });
    expect(await handlers.setTeacherPin({ pin: TEACHER_PIN })).toEqual({ pinSet: true, unlocked: true, retryInSeconds: null, idleMinutes: 10, hasRecoveryCode: true, problem: null, recoveryCode: expect.stringMatching(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/) });
  });

  it('stores only a salted scrypt hash, written atomically as JSON, in the same form as profile PINs', async () => {
    const { handlers, dir } = await makeServices();
    await handlers.setTeacherPin({ pin: TEACHER_PIN });
    const text = await readFile(path.join(dir, 'teacher.json'), 'utf8');
    expect(text).not.toContain(TEACHER_PIN);
    const stored = JSON.parse(text) as { pin: { algorithm: string; N: number; salt: string; hash: string } };
    expect(stored.pin).toMatchObject({ algorithm: 'scrypt', N: PIN_COST.N, r: PIN_COST.r, p: PIN_COST.p });
    expect(Buffer.from(stored.pin.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(stored.pin.hash, 'base64')).toHaveLength(32);
    // The same PIN elsewhere gets another salt, so another hash.
    const other = await makeServices();
    await other.handlers.setTeacherPin({ pin: TEACHER_PIN });
    const otherStored = JSON.parse(await readFile(path.join(other.dir, 'teacher.json'), 'utf8')) as { pin: { hash: string } };
    expect(otherStored.pin.hash).not.toBe(stored.pin.hash);
  });

  it('locks, unlocks with the right PIN, and refuses a wrong one with a plain message', async () => {
    const { handlers } = await makeServices();
    await handlers.setTeacherPin({ pin: TEACHER_PIN });
    expect(await handlers.lockTeacher({})).toMatchObject({ pinSet: true, unlocked: false });
    const wrong = await dispatch(handlers, 'unlockTeacher', { pin: '1357' });
    expect(wrong).toEqual({ ok: false, error: { code: 'wrong-pin', message: 'That PIN is not right.' } });
    expect(await handlers.unlockTeacher({ pin: TEACHER_PIN })).toMatchObject({ unlocked: true });
  });

  it('keeps the PIN across restarts, and starts locked', async () => {
    const first = await makeServices();
    await first.handlers.setTeacherPin({ pin: TEACHER_PIN });
    const again = await makeServices({ dir: first.dir });
    expect(await again.handlers.getTeacherStatus({})).toMatchObject({ pinSet: true, unlocked: false });
    expect(await again.handlers.unlockTeacher({ pin: TEACHER_PIN })).toMatchObject({ unlocked: true });
  });

  it('lets the PIN be changed only while unlocked', async () => {
    const { handlers } = await makeServices();
    await handlers.setTeacherPin({ pin: TEACHER_PIN });
    await handlers.lockTeacher({});
    expect(await dispatch(handlers, 'setTeacherPin', { pin: '9999' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    await handlers.unlockTeacher({ pin: TEACHER_PIN });
    await handlers.setTeacherPin({ pin: '97531' });
    await handlers.lockTeacher({});
    expect(await dispatch(handlers, 'unlockTeacher', { pin: TEACHER_PIN })).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(await handlers.unlockTeacher({ pin: '97531' })).toMatchObject({ unlocked: true });
  });

  it(`waits ${LOCKOUT_MS / 1000} s after ${MAX_WRONG_TRIES} wrong tries, even for the right PIN, and remembers it across restarts`, async () => {
    const clock = testClock();
    const { handlers, dir } = await makeServices({ clock });
    await handlers.setTeacherPin({ pin: TEACHER_PIN });
    await handlers.lockTeacher({});
    for (let i = 0; i < MAX_WRONG_TRIES; i += 1) {
      expect(await dispatch(handlers, 'unlockTeacher', { pin: '0000' })).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    }
    const blocked = await dispatch(handlers, 'unlockTeacher', { pin: TEACHER_PIN });
    expect(blocked).toEqual({ ok: false, error: { code: 'too-many-tries', message: 'Too many wrong PINs. Wait 30 seconds, then try again.' } });
    expect(await handlers.getTeacherStatus({})).toMatchObject({ pinSet: true, unlocked: false, retryInSeconds: 30 });

    const restarted = await makeServices({ dir, clock });
    clock.advance(20_000);
    expect(await dispatch(restarted.handlers, 'unlockTeacher', { pin: TEACHER_PIN })).toMatchObject({ ok: false, error: { code: 'too-many-tries', message: expect.stringContaining('10 seconds') } });

    clock.advance(10_001);
    // Still past the limit: one more wrong try waits again.
    expect(await dispatch(restarted.handlers, 'unlockTeacher', { pin: '0000' })).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(await dispatch(restarted.handlers, 'unlockTeacher', { pin: TEACHER_PIN })).toMatchObject({ ok: false, error: { code: 'too-many-tries' } });
    clock.advance(LOCKOUT_MS);
    expect(await restarted.handlers.unlockTeacher({ pin: TEACHER_PIN })).toMatchObject({ pinSet: true, unlocked: true, retryInSeconds: null });
    // A right PIN resets the count: five more wrong tries are allowed before the next wait.
    await restarted.handlers.lockTeacher({});
    for (let i = 0; i < MAX_WRONG_TRIES - 1; i += 1) await dispatch(restarted.handlers, 'unlockTeacher', { pin: '0000' });
    expect(await restarted.handlers.unlockTeacher({ pin: TEACHER_PIN })).toMatchObject({ unlocked: true });
  });

  it('keeps every teacher channel behind the PIN', async () => {
    const { handlers } = await makeServices();
    const id = '11111111-2222-4333-8444-555555555555';
    const calls: Array<[string, unknown]> = [
      ['createAssignment', { title: 'x', setId: 'gaza-2023-24', articleIds: ['a'], exerciseIds: ['b'], due: null, attemptsAllowed: null, mode: 'practice' }],
      ['listTeacherAssignments', {}],
      ['exportAssignment', { id }],
      ['importResults', { assignmentId: id }],
      ['importResultsFromPaths', { assignmentId: id, files: ['0123456789abcdef0123456789abcdef'] }],
      ['getClassOverview', { assignmentId: id }],
      ['exportClassCsv', { assignmentId: id }],
      ['printClassReport', { assignmentId: id }],
    ];
    for (const [name, input] of calls) {
      expect(await dispatch(handlers, name, input), name).toEqual({ ok: false, error: { code: 'locked', message: 'The teacher area is locked. Enter the teacher PIN first.' } });
    }
    await handlers.setTeacherPin({ pin: TEACHER_PIN });
    await handlers.lockTeacher({});
    expect(await dispatch(handlers, 'listTeacherAssignments', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('refuses PINs that are not 4 to 12 digits, and unlocking before a PIN is set', async () => {
    const { handlers } = await makeServices();
    for (const pin of ['123', '1234567890123', 'abcd', '12 34', '', 1234]) {
      expect(await dispatch(handlers, 'setTeacherPin', { pin }), String(pin)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    expect(await dispatch(handlers, 'unlockTeacher', { pin: '1234' })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('No teacher PIN') } });
  });
});
