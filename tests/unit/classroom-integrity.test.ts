/**
 * Issue 11, in the core: teacher mode locks (one rule for every teacher channel, profile switch,
 * idle), fails closed when the teacher file is lost, one PIN module whose wrong tries survive a
 * restart, assignment work per profile with tries that a damaged file cannot reset, assessments
 * that withhold the shipped answer keys, and results names a teacher can judge.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { channelNames, teacherOnlyChannels, type ChannelName } from '../../main/ipc/contract';
import { teacherAssignmentChannels, teacherSessionChannels } from '../../main/ipc/assignment-channels';
import { authoringChannels } from '../../main/ipc/authoring-channels';
import { hashPin } from '../../main/progress/pin';
import { parseCompareView } from '../../content/logic/compare-view';
import { nameKey, visibleName } from '../../content/assignments/student-name';
import { createSeedAssignment, exportedText, generatedResultsText, makeServices, studentServices, teacherCopy, TEACHER_PIN, testClock, unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

const locked = { ok: false, error: { code: 'locked', message: 'The teacher area is locked. Enter the teacher PIN first.' } };

describe('teacher mode locks', () => {
  it('refuses every teacher and authoring channel while locked, through one rule', async () => {
    const expected = new Set([...Object.keys(teacherSessionChannels), ...Object.keys(teacherAssignmentChannels), ...Object.keys(authoringChannels)]);
    expect(new Set(teacherOnlyChannels)).toEqual(expected);
    // Student, profile and PIN channels stay open (a student must be able to unlock or use Lenses).
    for (const name of ['getTeacherStatus', 'unlockTeacher', 'setTeacherPin', 'recoverTeacherPin', 'lockTeacher', 'getAssignment', 'openProfile', 'getArticleSet', 'getCompareView'] as ChannelName[]) {
      expect(teacherOnlyChannels.has(name), name).toBe(false);
    }
    const t = await unlockedTeacher();
    await t.handlers.lockTeacher({});
    for (const name of channelNames.filter((n) => teacherOnlyChannels.has(n))) {
      // The rule runs before the handler reads its input, so any input is refused the same way.
      const handler = t.handlers[name] as (input: unknown) => Promise<unknown>;
      await expect(handler({}), name).rejects.toEqual(new UserFacingError('locked', 'The teacher area is locked. Enter the teacher PIN first.'));
    }
    // And through the validating dispatcher with real arguments.
    expect(await dispatch(t.handlers, 'listTeacherAssignments', {})).toEqual(locked);
    expect(await dispatch(t.handlers, 'listDrafts', {})).toEqual(locked);
  });

  it('locks when the profile changes: opened, created or closed', async () => {
    const t = await unlockedTeacher();
    const a = await t.handlers.createProfile({ name: 'Ana' });
    await t.handlers.unlockTeacher({ pin: TEACHER_PIN });
    expect((await t.handlers.getTeacherStatus({})).unlocked).toBe(true);
    await t.handlers.createProfile({ name: 'Ben' });
    expect((await t.handlers.getTeacherStatus({})).unlocked).toBe(false);
    expect(await dispatch(t.handlers, 'listTeacherAssignments', {})).toEqual(locked);
    await t.handlers.unlockTeacher({ pin: TEACHER_PIN });
    await t.handlers.openProfile({ profileId: a.id });
    expect((await t.handlers.getTeacherStatus({})).unlocked).toBe(false);
    await t.handlers.unlockTeacher({ pin: TEACHER_PIN });
    await t.handlers.closeProfile({});
    expect((await t.handlers.getTeacherStatus({})).unlocked).toBe(false);
  });

  it('locks after the idle period without teacher calls (10 minutes unless the teacher chooses)', async () => {
    const clock = testClock();
    const t = await unlockedTeacher({ clock });
    clock.advance(9 * 60_000);
    await t.handlers.keepTeacherUnlocked({});
    clock.advance(9 * 60_000);
    expect((await t.handlers.listTeacherAssignments({})).assignments).toEqual([]);
    clock.advance(10 * 60_000 + 1);
    expect(await dispatch(t.handlers, 'listTeacherAssignments', {})).toEqual(locked);
    expect(await t.handlers.getTeacherStatus({})).toMatchObject({ unlocked: false, idleMinutes: 10 });

    await t.handlers.unlockTeacher({ pin: TEACHER_PIN });
    expect(await t.handlers.setTeacherIdleMinutes({ minutes: 2 })).toMatchObject({ idleMinutes: 2, unlocked: true });
    clock.advance(2 * 60_000 + 1);
    expect((await t.handlers.getTeacherStatus({})).unlocked).toBe(false);
    // The choice is kept across a restart.
    await expect((await makeServices({ dir: t.dir, clock })).handlers.getTeacherStatus({})).resolves.toMatchObject({ idleMinutes: 2 });
    expect(await dispatch(t.handlers, 'setTeacherIdleMinutes', { minutes: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('starts locked after a restart', async () => {
    const t = await unlockedTeacher();
    const again = await makeServices({ dir: t.dir });
    expect(await again.handlers.getTeacherStatus({})).toMatchObject({ pinSet: true, unlocked: false });
  });
});

describe('a missing or damaged teacher file keeps teacher mode locked', () => {
  for (const damage of ['damaged', 'deleted'] as const) {
    it(`when ${damage}: sets it aside, says so, and only the recovery code sets a new PIN`, async () => {
      const t = await makeServices();
      const { recoveryCode } = await t.handlers.setTeacherPin({ pin: TEACHER_PIN });
      const file = path.join(t.dir, 'teacher.json');
      if (damage === 'damaged') await writeFile(file, '{"format":2,"pin":');
      else await rm(file);
      const again = await makeServices({ dir: t.dir });
      const status = await again.handlers.getTeacherStatus({});
      expect(status).toMatchObject({ pinSet: true, unlocked: false, hasRecoveryCode: true });
      expect(status.problem).toContain(damage === 'damaged' ? 'could not be read and was set aside as' : 'is missing');
      expect(status.problem).toContain('stays locked');
      if (damage === 'damaged') expect((await readdir(t.dir)).some((n) => n.startsWith('teacher.json.damaged-'))).toBe(true);
      // Not "no PIN": no new PIN without the code, no way in with the old one, nothing teacher-only.
      expect(await dispatch(again.handlers, 'setTeacherPin', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'locked' } });
      expect(await dispatch(again.handlers, 'unlockTeacher', { pin: TEACHER_PIN })).toMatchObject({ ok: false, error: { code: 'locked' } });
      expect(await dispatch(again.handlers, 'listTeacherAssignments', {})).toEqual(locked);
      expect(await dispatch(again.handlers, 'recoverTeacherPin', { code: 'AAAA-BBBB-CCCC-DDDD-EEEE', pin: '1111' })).toMatchObject({ ok: false, error: { code: 'wrong-pin', message: 'That recovery code is not right.' } });

      const recovered = await again.handlers.recoverTeacherPin({ code: recoveryCode.toLowerCase().replaceAll('-', ' '), pin: '1111' });
      expect(recovered).toMatchObject({ pinSet: true, unlocked: true, problem: null });
      expect(recovered.recoveryCode).not.toBe(recoveryCode);
      await again.handlers.lockTeacher({});
      expect(await again.handlers.unlockTeacher({ pin: '1111' })).toMatchObject({ unlocked: true });
      // A code works once: the old one is replaced by the new one.
      expect(await dispatch(again.handlers, 'recoverTeacherPin', { code: recoveryCode, pin: '2222' })).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    });
  }

  it('opens a teacher PIN stored in the old format, and keeps its wrong-try count', async () => {
    const t = await makeServices();
    const { algorithm: _a, ...hash } = await hashPin(TEACHER_PIN);
    await writeFile(path.join(t.dir, 'teacher.json'), JSON.stringify({ format: 1, pin: { kdf: 'scrypt', ...hash }, wrongTries: 5, blockedUntil: t.clock.now().getTime() + 30_000 }));
    expect(await dispatch(t.handlers, 'unlockTeacher', { pin: TEACHER_PIN })).toMatchObject({ ok: false, error: { code: 'too-many-tries' } });
    t.clock.advance(30_001);
    expect(await t.handlers.unlockTeacher({ pin: TEACHER_PIN })).toMatchObject({ pinSet: true, unlocked: true, hasRecoveryCode: false });
    // The marker that a PIN was set is written now: deleting teacher.json no longer means "no PIN".
    await rm(path.join(t.dir, 'teacher.json'));
    expect(await (await makeServices({ dir: t.dir })).handlers.getTeacherStatus({})).toMatchObject({ pinSet: true, unlocked: false });
  });
});

describe('one PIN module', () => {
  it('keeps profile wrong-try counts across a restart', async () => {
    const clock = testClock();
    const first = await makeServices({ clock });
    const ana = await first.handlers.createProfile({ name: 'Ana', pin: '1234' });
    await first.handlers.closeProfile({});
    for (let i = 0; i < 5; i += 1) expect(await dispatch(first.handlers, 'openProfile', { profileId: ana.id, pin: '0000' })).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    const restarted = await makeServices({ dir: first.dir, clock });
    expect(await dispatch(restarted.handlers, 'openProfile', { profileId: ana.id, pin: '1234' })).toEqual({ ok: false, error: { code: 'too-many-tries', message: 'Too many wrong PINs. Wait 30 seconds, then try again.' } });
    clock.advance(30_001);
    expect((await restarted.handlers.openProfile({ profileId: ana.id, pin: '1234' })).id).toBe(ana.id);
  });

  it('stores profile and teacher PINs in one form, at one cost', async () => {
    const t = await unlockedTeacher();
    await t.handlers.createProfile({ name: 'Ana', pin: '1234' });
    const teacher = JSON.parse(await readFile(path.join(t.dir, 'teacher.json'), 'utf8')) as { pin: Record<string, unknown> };
    const profiles = JSON.parse(await readFile(path.join(t.dir, 'profiles.json'), 'utf8')) as { profiles: Array<{ pin: Record<string, unknown> }> };
    const shape = (p: Record<string, unknown>) => ({ ...p, salt: undefined, hash: undefined });
    expect(shape(profiles.profiles[0]!.pin)).toEqual(shape(teacher.pin));
  });
});

describe('assignment work belongs to a profile', () => {
  it('refuses every assignment channel without a profile; profile B never reads A’s answers or tries', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['attr-choice-direct-no-marks'], attemptsAllowed: 1 });
    const text = await exportedText(t, id);
    const s = await makeServices();
    s.files.willOpen([{ name: 'a.lensesassignment', content: text }]);
    for (const [name, input] of [['openAssignmentFile', {}], ['listAssignments', {}], ['getAssignment', { id }], ['exportResults', { assignmentId: id, studentName: 'X' }]] as const) {
      expect(await dispatch(s.handlers, name, input), name).toMatchObject({ ok: false, error: { code: 'no-profile' } });
    }
    await s.handlers.createProfile({ name: 'Ana' });
    s.files.willOpen([{ name: 'a.lensesassignment', content: text }]);
    await s.handlers.openAssignmentFile({}, testCaller);
    await s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: 'attr-choice-direct-no-marks', answer: { type: 'choice', selected: ['direct'] }, timeSpentMs: 10 });

    await s.handlers.createProfile({ name: 'Ben' });
    expect((await s.handlers.listAssignments({})).assignments).toEqual([]);
    expect(await dispatch(s.handlers, 'getAssignment', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    s.files.willOpen([{ name: 'a.lensesassignment', content: text }]);
    expect((await s.handlers.openAssignmentFile({}, testCaller)).alreadyHad).toBe(false);
    expect((await s.handlers.getAssignment({ id })).answers).toEqual({});
    // Ben has his own one try, not Ana's used one.
    const ben = await s.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: 'attr-choice-direct-no-marks', answer: { type: 'choice', selected: ['reported'] }, timeSpentMs: 10 });
    expect(ben.saved.attempts).toBe(1);
    await s.handlers.exportResults({ assignmentId: id, studentName: 'Ben' }, testCaller);
    expect(JSON.parse(s.files.saved.at(-1)!.content).answers).toEqual([expect.objectContaining({ answer: { type: 'choice', selected: ['reported'] }, attempts: 1 })]);
  });

  it('counts tries from an append-only record: damaging or deleting the progress file gives none back', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['attr-choice-direct-no-marks'], attemptsAllowed: 2 });
    const s = await studentServices();
    s.files.willOpen([{ name: 'a.lensesassignment', content: await exportedText(t, id) }]);
    await s.handlers.openAssignmentFile({}, testCaller);
    const save = (h = s.handlers) => dispatch(h, 'saveAssignmentAnswer', { assignmentId: id, exerciseId: 'attr-choice-direct-no-marks', answer: { type: 'choice', selected: ['opinion'] }, timeSpentMs: 1 });
    expect((await save()).ok).toBe(true);
    expect((await save()).ok).toBe(true);
    const folder = path.join(s.dir, 'profiles', s.profileId, 'assignments', id);
    for (const damage of [() => writeFile(path.join(folder, 'progress.json'), '{"broken'), () => rm(path.join(folder, 'progress.json'), { force: true })]) {
      await damage();
      const again = await studentServices({ dir: s.dir });
      expect(await save(again.handlers)).toMatchObject({ ok: false, error: { code: 'attempts-used' } });
    }
  });
});

describe('assessments and the answer keys shipped with Lenses', () => {
  it('withholds the assessment’s exercises and its articles’ highlights on that profile until the results are saved', async () => {
    const t = await unlockedTeacher();
    const { set } = (await t.handlers.getArticleSet({ id: 'gaza-2023-24' }));
    const article = set.articles.find((a) => a.annotations.length > 0)!;
    const { id } = await t.handlers.createAssignment({ title: 'Test', setId: 'gaza-2023-24', articleIds: [article.id], exerciseIds: ['attr-find-toll-source'], due: null, attemptsAllowed: null, mode: 'assessment' });
    const text = await exportedText(t, id);
    const s = await studentServices();
    const full = await s.handlers.getArticleSet({ id: 'gaza-2023-24' });
    expect(full.withheld).toBeUndefined();
    // Compare's prepared view of the full set is made (and kept) before the assessment opens.
    const fullView = await s.handlers.getCompareView({ id: 'gaza-2023-24' });
    expect(fullView.withheld).toBeUndefined();
    expect(parseCompareView(fullView.view).highlights[article.id]!.length).toBeGreaterThan(0);
    s.files.willOpen([{ name: 'a.lensesassignment', content: text }]);
    await s.handlers.openAssignmentFile({}, testCaller);
    const during = await s.handlers.getArticleSet({ id: 'gaza-2023-24' });
    expect(during.withheld).toEqual({ assessments: ['Test'], exerciseIds: ['attr-find-toll-source'], articleIds: [article.id] });
    expect(during.exercises.map((e) => e.id)).not.toContain('attr-find-toll-source');
    expect(during.exercises).toHaveLength(full.exercises.length - 1);
    expect(during.set.articles.find((a) => a.id === article.id)!.annotations).toEqual([]);
    expect(during.set.links.some((l) => l.members.some((m) => m.article === article.id))).toBe(false);
    // Compare's view leaves out the same, whatever it prepared before.
    const duringView = await s.handlers.getCompareView({ id: 'gaza-2023-24' });
    expect(duringView.withheld).toEqual(during.withheld);
    const withheldView = parseCompareView(duringView.view);
    expect(withheldView.set).toEqual(during.set);
    expect(withheldView.highlights[article.id]).toEqual([]);
    expect(duringView.view).not.toContain(`"${article.annotations[0]!.id}"`);
    // Another profile on the same computer is not affected by Sam's assessment.
    await s.handlers.createProfile({ name: 'Other' });
    expect((await s.handlers.getArticleSet({ id: 'gaza-2023-24' })).withheld).toBeUndefined();
    const back = await studentServices({ dir: s.dir });
    await back.handlers.saveAssignmentAnswer({ assignmentId: id, exerciseId: 'attr-find-toll-source', answer: { type: 'find', selections: [] }, timeSpentMs: 1 });
    await back.handlers.exportResults({ assignmentId: id, studentName: 'Sam' }, testCaller);
    expect((await back.handlers.getArticleSet({ id: 'gaza-2023-24' })).withheld).toBeUndefined();
    expect(parseCompareView((await back.handlers.getCompareView({ id: 'gaza-2023-24' })).view).highlights[article.id]).toEqual(parseCompareView(fullView.view).highlights[article.id]);
  });
});

describe('results the teacher can judge', () => {
  it.each([
    ['zero-width space', 'Anna\u200B Smith'],
    ['zero-width joiner inside a word', 'An\u200Dna Smith'],
    ['Cyrillic look-alikes', 'Аnnа Smith'],
    ['Greek look-alike', 'Αnna Smith'],
    ['full-width letters', 'Ａｎｎａ Ｓｍｉｔｈ'],
    ['right-to-left override', '\u202EAnna Smith\u202C'],
    ['case and spaces', '  anna   SMITH '],
  ])('one student despite %s', (_why, name) => {
    expect(nameKey(name)).toBe(nameKey('Anna Smith'));
  });

  it('keeps different names apart and shows invisible characters', () => {
    expect(nameKey('Anna Smith')).not.toBe(nameKey('Anne Smith'));
    expect(visibleName('Anna\u200B Smith')).toBe('Anna⟨U+200B⟩ Smith');
    expect(visibleName('\u202EAnna')).toBe('⟨U+202E⟩Anna');
  });

  it('holds a forged file beside the real one; the teacher keeps the real one, or removes a result', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['attr-choice-direct-no-marks', 'num-choice-sum'] });
    const copy = await teacherCopy(t.dir, id);
    // The forgery comes first, under a look-alike of Anna's name.
    t.files.willOpen([
      { name: 'forged.lensesresults', content: generatedResultsText(copy, 0, 'Аnna\u200B') },
      { name: 'real.lensesresults', content: generatedResultsText(copy, 1, 'Anna') },
    ]);
    const report = await t.handlers.importResults({ assignmentId: id }, testCaller);
    expect(report.imported.map((i) => i.file)).toEqual(['forged.lensesresults']);
    expect(report.held?.map((h) => h.file)).toEqual(['real.lensesresults']);
    const { submissions, held } = await t.handlers.listSubmissions({ assignmentId: id });
    expect(submissions).toEqual([expect.objectContaining({ fileName: 'forged.lensesresults', shownName: 'Аnna⟨U+200B⟩', looksOdd: true })]);
    expect(held).toEqual([expect.objectContaining({ reason: 'same-name', incoming: expect.objectContaining({ fileName: 'real.lensesresults', looksOdd: false }), existing: expect.objectContaining({ fileName: 'forged.lensesresults' }) })]);
    await t.handlers.resolveHeldResults({ assignmentId: id, heldId: held[0]!.id, keep: 'incoming' });
    const after = await t.handlers.listSubmissions({ assignmentId: id });
    expect(after.held).toEqual([]);
    expect(after.submissions.map((x) => x.fileName)).toEqual(['real.lensesresults']);
    expect((await t.handlers.getClassOverview({ assignmentId: id })).students.map((x) => x.name)).toEqual(['Anna']);
    // A copy of Anna's file under another name is the same submission: held too.
    t.files.willOpen([{ name: 'copy.lensesresults', content: generatedResultsText(copy, 1, 'Bob') }]);
    expect((await t.handlers.importResults({ assignmentId: id }, testCaller)).held).toEqual([expect.objectContaining({ student: 'Bob', reason: expect.stringContaining('same answers') })]);
    const [copied] = (await t.handlers.listSubmissions({ assignmentId: id })).held;
    expect(copied?.reason).toBe('same-submission');
    await t.handlers.resolveHeldResults({ assignmentId: id, heldId: copied!.id, keep: 'both' });
    expect((await t.handlers.getClassOverview({ assignmentId: id })).students.map((x) => x.name)).toEqual(['Anna', 'Bob']);
    const bob = (await t.handlers.listSubmissions({ assignmentId: id })).submissions.find((x) => x.name === 'Bob')!;
    await t.handlers.removeImportedResults({ assignmentId: id, entryId: bob.id });
    const restarted = await makeServices({ dir: t.dir });
    await restarted.handlers.unlockTeacher({ pin: TEACHER_PIN });
    expect((await restarted.handlers.getClassOverview({ assignmentId: id })).students.map((x) => x.name)).toEqual(['Anna']);
  });
});
