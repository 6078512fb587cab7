import { afterAll, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { channels } from '../../main/ipc/contract';
import { IMPORT_MAX_BYTES } from '../../main/progress/progress-file';
import { attemptInput, fakeDialogs, faultyStorage, makeServices, tempDir, removeTempDirs } from '../support/progress-helpers';
import { testCaller } from '../support/memory-files-port';

afterAll(removeTempDirs);

/** Wait until a condition holds (polling), or fail after a few seconds. */
async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const wrongChoice = { answer: { type: 'choice' as const, selected: ['wrong'] }, score: 0, correct: false };

describe('recording attempts', () => {
  it('keeps every attempt across a restart (new services over the same folder)', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const profile = await first.handlers.createProfile({ name: 'Ana' });
    const written = [];
    for (let i = 0; i < 12; i += 1) {
      const { attempt, storage } = await first.handlers.recordAttempt(attemptInput({ exerciseId: i % 2 ? 'attr-1' : 'attr-2', hintsUsed: i % 3 }));
      expect(storage).toEqual({ ok: true, pending: 0 });
      expect(attempt).toMatchObject({ profileId: profile.id, setId: 'tiny', hintsUsed: i % 3 });
      written.push(attempt);
    }
    await first.close();

    const second = await makeServices(dir);
    await second.handlers.openProfile({ profileId: profile.id });
    const summary = await second.handlers.getProgress({});
    expect(summary.totalAttempts).toBe(12);
    expect(summary.recent.map((r) => r.id)).toEqual(written.slice(-12).reverse().map((a) => a.id));
  });

  it('needs a current profile', async () => {
    const { handlers } = await makeServices(await tempDir());
    for (const [channel, input] of [
      ['recordAttempt', attemptInput()],
      ['getProgress', {}],
      ['getResumeState', {}],
      ['saveResumeState', { route: '#/library' }],
      ['resetProgress', { confirm: true }],
      ['exportProgress', {}],
      ['importProgress', {}],
    ] as const) {
      expect(await dispatch(handlers, channel, input)).toEqual({ ok: false, error: { code: 'no-profile', message: 'Choose or create a profile first.' } });
    }
  });

  it('refuses attempts for exercises that do not exist or answers of the wrong type', async () => {
    const { handlers } = await makeServices(await tempDir());
    await handlers.createProfile({ name: 'Ana' });
    const noSet = await dispatch(handlers, 'recordAttempt', attemptInput({ setId: 'nope' }));
    expect(noSet.ok || noSet.error).toEqual({ code: 'not-found', message: 'There is no article set called "nope".' });
    const noExercise = await dispatch(handlers, 'recordAttempt', attemptInput({ exerciseId: 'frame-9' }));
    expect(noExercise.ok || noExercise.error.code).toBe('not-found');
    const wrongType = await dispatch(handlers, 'recordAttempt', attemptInput({ exerciseId: 'frame-1' }));
    expect(wrongType.ok || wrongType.error.message).toBe('Exercise "frame-1" takes a written answer, not a choice answer.');
  });
});

describe('the progress summary', () => {
  it('summarises by exercise, family, set, recent attempts and day', async () => {
    let clock = Date.parse('2024-05-01T10:00:00.000Z');
    const { handlers } = await makeServices(await tempDir(), { now: () => new Date(clock) });
    await handlers.createProfile({ name: 'Ana' });
    const at = async (iso: string, input: Parameters<typeof attemptInput>[0]) => {
      clock = Date.parse(iso);
      return (await handlers.recordAttempt(attemptInput(input))).attempt;
    };
    await at('2024-05-01T10:00:00.000Z', { exerciseId: 'attr-1', ...wrongChoice });
    await at('2024-05-01T10:05:00.000Z', { exerciseId: 'attr-1', score: 1, correct: true });
    await at('2024-05-01T10:09:00.000Z', { exerciseId: 'attr-1', score: 0.5, correct: false });
    await at('2024-05-03T11:00:00.000Z', { exerciseId: 'attr-2', score: 0.8, correct: false });
    await at('2024-05-03T11:30:00.000Z', { exerciseId: 'num-1', ...wrongChoice });
    await at('2024-05-03T12:00:00.000Z', { setId: 'tiny-two', exerciseId: 'num-2', score: 1, correct: true });

    const s = await handlers.getProgress({});
    expect(channels.getProgress.output.parse(s)).toEqual(s);
    expect(s.totalAttempts).toBe(6);
    expect(s.exercises.map((e) => [e.setId, e.exerciseId, e.family, e.attempts, e.bestScore, e.lastScore, e.correctEver])).toEqual([
      ['tiny', 'attr-1', 'attribution', 3, 1, 0.5, true],
      ['tiny', 'attr-2', 'attribution', 1, 0.8, 0.8, false],
      ['tiny', 'num-1', 'numbers', 1, 0, 0, false],
      ['tiny-two', 'num-2', 'numbers', 1, 1, 1, true],
    ]);
    expect(s.exercises[0]!.lastAttemptAt).toBe('2024-05-01T10:09:00.000Z');
    // attribution: attr-1, attr-2 in tiny and attr-1 in tiny-two; numbers: num-1, num-2; framing: frame-1.
    // Mastery is the first try of the latest sitting: attr-1 was right on its second try, then
    // practised again (0.5 on that sitting's first try); retries do not raise it.
    expect(s.families).toEqual([
      { family: 'attribution', totalExercises: 3, attemptedExercises: 2, correctExercises: 1, firstTryExercises: 0, mastery: (0.5 + 0.8 + 0) / 3 },
      { family: 'framing', totalExercises: 1, attemptedExercises: 0, correctExercises: 0, firstTryExercises: 0, mastery: 0 },
      { family: 'numbers', totalExercises: 2, attemptedExercises: 2, correctExercises: 1, firstTryExercises: 1, mastery: 0.5 },
    ]);
    // attr-1 (correct) and attr-2 (best 0.8) complete tiny's 2 of 4; num-2 completes 1 of tiny-two's 2.
    expect(s.sets).toEqual([
      { setId: 'tiny', title: 'Tiny set', completed: 2, firstTry: 0, total: 4 },
      { setId: 'tiny-two', title: 'Tiny set two', completed: 1, firstTry: 1, total: 2 },
    ]);
    expect(s.recent.map((r) => [r.exerciseId, r.family, r.score])).toEqual([
      ['num-2', 'numbers', 1],
      ['num-1', 'numbers', 0],
      ['attr-2', 'attribution', 0.8],
      ['attr-1', 'attribution', 0.5],
      ['attr-1', 'attribution', 1],
      ['attr-1', 'attribution', 0],
    ]);
    const day = (iso: string) => {
      const d = new Date(iso);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(s.timeline).toEqual([
      { day: day('2024-05-01T10:00:00.000Z'), attempts: 3, meanScore: 0.5 },
      { day: day('2024-05-03T11:00:00.000Z'), attempts: 3, meanScore: 0.6 },
    ]);
    expect(s.notices).toEqual([]);
  });

  it('lists only the last 20 attempts, newest first', async () => {
    let clock = Date.parse('2024-05-01T10:00:00.000Z');
    const { handlers } = await makeServices(await tempDir(), { now: () => new Date(clock) });
    await handlers.createProfile({ name: 'Ana' });
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      clock += 60_000;
      ids.push((await handlers.recordAttempt(attemptInput())).attempt.id);
    }
    const s = await handlers.getProgress({});
    expect(s.recent.map((r) => r.id)).toEqual(ids.slice(-20).reverse());
  });
});

describe('resume state', () => {
  it('merges saves, deletes drafts set to null, and survives a restart', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const ana = await first.handlers.createProfile({ name: 'Ana' });
    // A new student meets Compare with one highlight layer on, not all three at once.
    expect(await first.handlers.getResumeState({})).toEqual({ route: null, drafts: {}, ui: { attribution: true, numbers: false, framing: false } });
    await first.handlers.saveResumeState({ route: '#/exercises/tiny/attr-1', drafts: { 'attr-1': { type: 'choice', selected: ['right'] } } });
    await first.handlers.saveResumeState({ drafts: { 'frame-1': { type: 'written', text: 'Half an answer', selfCheck: [] } }, ui: { framing: true } });
    const { resume, storage } = await first.handlers.saveResumeState({ drafts: { 'attr-1': null } });
    expect(storage.ok).toBe(true);
    const expected = {
      route: '#/exercises/tiny/attr-1',
      drafts: { 'frame-1': { type: 'written', text: 'Half an answer', selfCheck: [] } },
      ui: { attribution: true, numbers: false, framing: true },
    };
    expect(resume).toEqual(expected);
    await first.close();

    const second = await makeServices(dir);
    await second.handlers.openProfile({ profileId: ana.id });
    expect(await second.handlers.getResumeState({})).toEqual(expected);
    await second.handlers.createProfile({ name: 'Ben' });
    expect((await second.handlers.getResumeState({})).drafts).toEqual({});
  });

  it('refuses drafts that are not answers and routes that are not routes', async () => {
    const { handlers } = await makeServices(await tempDir());
    await handlers.createProfile({ name: 'Ana' });
    for (const bad of [{ route: 'https://example.com' }, { drafts: { 'attr-1': { type: 'choice', selected: 'right' } } }, { drafts: { '../x': null } }, { ui: { glow: true } }]) {
      const r = await dispatch(handlers, 'saveResumeState', bad);
      expect(r.ok || r.error.code, JSON.stringify(bad)).toBe('invalid-arguments');
    }
  });

  it('sets a damaged resume.json aside and starts fresh', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const ana = await first.handlers.createProfile({ name: 'Ana' });
    await first.handlers.saveResumeState({ route: '#/library' });
    await first.close();
    await writeFile(path.join(dir, 'profiles', ana.id, 'resume.json'), '{"format":1,"route":');
    const { handlers } = await makeServices(dir);
    await handlers.openProfile({ profileId: ana.id });
    expect((await handlers.getResumeState({})).route).toBeNull();
    expect((await handlers.getProgress({})).notices[0]).toMatch(/^Where you left off could not be read and was set aside in .*resume\.json\.damaged-/u);
  });
});

describe('reset', () => {
  it('removes the attempts from view but keeps the old journal on disk', async () => {
    const dir = await tempDir();
    const { handlers } = await makeServices(dir);
    const ana = await handlers.createProfile({ name: 'Ana' });
    for (let i = 0; i < 3; i += 1) await handlers.recordAttempt(attemptInput());
    expect((await dispatch(handlers, 'resetProgress', {})).ok).toBe(false);
    expect(await handlers.resetProgress({ confirm: true })).toEqual({ removed: 3 });
    expect((await handlers.getProgress({})).totalAttempts).toBe(0);
    const files = await readdir(path.join(dir, 'profiles', ana.id));
    const aside = files.find((n) => n.startsWith('attempts.jsonl.reset-'));
    expect(aside).toBeDefined();
    expect((await readFile(path.join(dir, 'profiles', ana.id, aside!), 'utf8')).trim().split('\n')).toHaveLength(3);
    await handlers.recordAttempt(attemptInput());
    const fresh = await makeServices(dir);
    await fresh.handlers.openProfile({ profileId: ana.id });
    expect((await fresh.handlers.getProgress({})).totalAttempts).toBe(1);
  });
});

describe('export and import', () => {
  async function exportedFile() {
    const dialogs = fakeDialogs();
    const { handlers } = await makeServices(await tempDir(), { dialogs: dialogs.port, now: () => new Date('2024-05-06T08:00:00.000Z') });
    await handlers.createProfile({ name: 'Ana Lee' });
    await handlers.recordAttempt(attemptInput());
    await handlers.recordAttempt(attemptInput({ exerciseId: 'num-1', ...wrongChoice }));
    await handlers.recordAttempt(attemptInput({ exerciseId: 'frame-1', answer: { type: 'written', text: 'Nobody is named.', selfCheck: [true] }, score: 1 }));
    const result = await handlers.exportProgress({}, testCaller);
    const saved = dialogs.saved[0]!;
    expect(result).toEqual({ saved: true, path: `/exports/${saved.defaultName}` });
    expect(saved.defaultName).toMatch(/^lenses-progress-Ana-Lee-2024-05-0\d\.json$/u);
    return saved.content;
  }

  it('exports one JSON file with the profile name and every attempt', async () => {
    const content = await exportedFile();
    const file = JSON.parse(content) as { kind: string; format: number; exportedAt: string; profile: { name: string }; attempts: unknown[] };
    expect(file).toMatchObject({ kind: 'lenses-progress', format: 1, exportedAt: '2024-05-06T08:00:00.000Z', profile: { name: 'Ana Lee' } });
    expect(file.attempts).toHaveLength(3);
  });

  it('imports into the current profile, and importing the same file again adds nothing', async () => {
    const content = await exportedFile();
    const dialogs = fakeDialogs([{ name: 'ana.json', content }]);
    const dir = await tempDir();
    const { handlers } = await makeServices(dir, { dialogs: dialogs.port });
    const ben = await handlers.createProfile({ name: 'Ben' });
    await handlers.recordAttempt(attemptInput({ exerciseId: 'attr-2' }));
    expect(await handlers.importProgress({}, testCaller)).toEqual({ files: [{ name: 'ana.json', added: 3, duplicates: 0 }] });
    expect(await handlers.importProgress({}, testCaller)).toEqual({ files: [{ name: 'ana.json', added: 0, duplicates: 3 }] });
    const progress = await handlers.getProgress({});
    expect(progress.totalAttempts).toBe(4);

    const fresh = await makeServices(dir, { dialogs: dialogs.port });
    await fresh.handlers.openProfile({ profileId: ben.id });
    expect((await fresh.handlers.getProgress({})).totalAttempts).toBe(4);
    expect(await fresh.handlers.importProgress({}, testCaller)).toEqual({ files: [{ name: 'ana.json', added: 0, duplicates: 3 }] });
  });

  it('refuses bad files with a message naming the file and the reason, and imports nothing from them', async () => {
    const good = await exportedFile();
    const parsed = JSON.parse(good) as { attempts: Array<Record<string, unknown>> };
    const badAttempt = { ...parsed, attempts: [parsed.attempts[0], { ...parsed.attempts[1], score: 7 }] };
    const files = [
      { name: 'notes.txt', content: 'Dear diary' },
      { name: 'other.json', content: '{"kind":"something-else","format":1}' },
      { name: 'future.json', content: JSON.stringify({ ...parsed, format: 2 }) },
      { name: 'huge.json', content: ' '.repeat(IMPORT_MAX_BYTES + 1) },
      { name: 'edited.json', content: JSON.stringify(badAttempt) },
      { name: 'locked.json', content: '', error: 'it could not be read (the file is locked by another program).' },
    ];
    const dialogs = fakeDialogs(files);
    const { handlers } = await makeServices(await tempDir(), { dialogs: dialogs.port });
    await handlers.createProfile({ name: 'Ben' });
    const result = await dispatch(handlers, 'importProgress', {}, { caller: testCaller });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = channels.importProgress.output.parse(result.value);
    expect(out.files.map((f) => [f.name, f.added, f.duplicates, f.error])).toEqual([
      ['notes.txt', 0, 0, '"notes.txt" was not imported: it is not a Lenses progress file (its text is not JSON).'],
      ['other.json', 0, 0, '"other.json" was not imported: it is not a Lenses progress file.'],
      ['future.json', 0, 0, '"future.json" was not imported: it was saved by a newer version of Lenses (file format 2). Update Lenses, then import it again.'],
      ['huge.json', 0, 0, '"huge.json" was not imported: it is larger than a progress file can be (more than 20 MB).'],
      ['edited.json', 0, 0, '"edited.json" was not imported: attempt 2, score: is too large (at most 1).'],
      ['locked.json', 0, 0, '"locked.json" was not imported: it could not be read (the file is locked by another program).'],
    ]);
    expect((await handlers.getProgress({})).totalAttempts).toBe(0);
  });

  it('reports that file dialogs are not available when no dialog port is given', async () => {
    const { handlers } = await makeServices(await tempDir());
    await handlers.createProfile({ name: 'Ana' });
    expect(await dispatch(handlers, 'exportProgress', {}, { caller: testCaller })).toEqual({ ok: false, error: { code: 'unavailable', message: 'File dialogs are not available here.' } });
    expect((await dispatch(handlers, 'importProgress', {}, { caller: testCaller })).ok).toBe(false);
  });

  it('says so when the person cancels the save dialog', async () => {
    const { handlers } = await makeServices(await tempDir(), {
      dialogs: { saveFile: async () => ({ saved: false }), openFiles: async () => [] },
    });
    await handlers.createProfile({ name: 'Ana' });
    expect(await handlers.exportProgress({}, testCaller)).toEqual({ saved: false });
    expect(await handlers.importProgress({}, testCaller)).toEqual({ files: [] });
  });
});

describe('when the disk cannot be written', () => {
  for (const [code, reason] of [
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'the folder is read-only for this account'],
    ['EBUSY', 'the file is locked by another program'],
    ['EPERM', 'the file is locked by another program'],
  ] as const) {
    it(`${code}: keeps attempts in memory, says why, and writes them once the fault clears`, async () => {
      const dir = await tempDir();
      const { wrap, control } = faultyStorage();
      const { handlers, close } = await makeServices(dir, { wrapStorage: wrap });
      const ana = await handlers.createProfile({ name: 'Ana' });
      await handlers.recordAttempt(attemptInput());
      const file = path.join(dir, 'profiles', ana.id, 'attempts.jsonl');

      control.fault = code;
      const first = await handlers.recordAttempt(attemptInput({ exerciseId: 'attr-2' }));
      const message = `Lenses could not save to ${file} (${reason}). Your answers are kept while the app is open; it will keep trying.`;
      expect(first.storage).toEqual({ ok: false, message, pending: 1 });
      const second = await handlers.recordAttempt(attemptInput({ exerciseId: 'num-1', ...wrongChoice }));
      expect(second.storage).toEqual({ ok: false, message, pending: 2 });
      expect(await handlers.getStorageStatus({})).toEqual({ ok: false, message, pending: 2 });
      // The summary already counts them.
      expect((await handlers.getProgress({})).totalAttempts).toBe(3);
      // Reset refuses rather than losing them.
      expect((await dispatch(handlers, 'resetProgress', { confirm: true })).ok).toBe(false);

      control.fault = null;
      expect(await handlers.getStorageStatus({})).toEqual({ ok: true, pending: 0 });
      await close();
      const fresh = await makeServices(dir);
      await fresh.handlers.openProfile({ profileId: ana.id });
      const summary = await fresh.handlers.getProgress({});
      expect(summary.totalAttempts).toBe(3);
      expect(summary.notices).toEqual([]);
      expect([first.attempt.id, second.attempt.id].every((id) => summary.recent.some((r) => r.id === id))).toBe(true);
    });
  }

  it('a write cut short by a full disk costs nothing once space is back', async () => {
    const dir = await tempDir();
    const { wrap, control } = faultyStorage();
    const { handlers } = await makeServices(dir, { wrapStorage: wrap });
    const ana = await handlers.createProfile({ name: 'Ana' });
    await handlers.recordAttempt(attemptInput());
    control.fault = 'ENOSPC';
    control.tearFirst = true;
    const cut = await handlers.recordAttempt(attemptInput({ exerciseId: 'attr-2' }));
    expect(cut.storage.pending).toBe(1);
    control.fault = null;
    const next = await handlers.recordAttempt(attemptInput({ exerciseId: 'num-1' }));
    expect(next.storage).toEqual({ ok: true, pending: 0 });

    const fresh = await makeServices(dir);
    await fresh.handlers.openProfile({ profileId: ana.id });
    const summary = await fresh.handlers.getProgress({});
    expect(summary.totalAttempts).toBe(3);
    // The half-written line was set aside and the student told; every attempt is there.
    expect(summary.notices[0]).toMatch(/^Some progress could not be read and was set aside in .*attempts\.jsonl\.damaged-.*; everything else is kept\.$/u);
    expect(summary.recent.map((r) => r.id)).toContain(cut.attempt.id);
    // The notice comes with the status call, not with every attempt recorded.
    expect((await fresh.handlers.recordAttempt(attemptInput())).storage).toEqual({ ok: true, pending: 0 });
    expect(await fresh.handlers.getStorageStatus({})).toEqual({ ok: true, pending: 0, message: summary.notices[0] });
  });

  it('keeps resume state in memory too, and retries in the background', async () => {
    const dir = await tempDir();
    const { wrap, control } = faultyStorage();
    const { handlers, close } = await makeServices(dir, { wrapStorage: wrap, storageRetryMs: 20 });
    const ana = await handlers.createProfile({ name: 'Ana' });
    control.fault = 'EROFS';
    const saved = await handlers.saveResumeState({ route: '#/compare/tiny' });
    expect(saved.storage).toMatchObject({ ok: false, pending: 1, message: expect.stringContaining('(the disk is read-only)') });
    expect((await handlers.getResumeState({})).route).toBe('#/compare/tiny');
    const failuresBefore = control.failedWrites;
    await waitFor(() => control.failedWrites > failuresBefore); // it keeps trying on its own
    control.fault = null;
    const file = path.join(dir, 'profiles', ana.id, 'resume.json');
    await waitFor(() => readFile(file, 'utf8').then(() => true, () => false));
    const stored = JSON.parse(await readFile(file, 'utf8')) as { route: string };
    expect(stored.route).toBe('#/compare/tiny');
    expect(await handlers.getStorageStatus({})).toEqual({ ok: true, pending: 0 });
    await close();
  });

  it('refuses to create a profile it cannot save, with the reason', async () => {
    const { wrap, control } = faultyStorage();
    const { handlers } = await makeServices(await tempDir(), { wrapStorage: wrap });
    control.fault = 'ENOSPC';
    const r = await dispatch(handlers, 'createProfile', { name: 'Ana' });
    expect(r.ok || r.error).toEqual({ code: 'storage', message: expect.stringMatching(/^Lenses could not save the new profile in .* \(the disk is full\)\.$/u) });
    control.fault = null;
    expect((await handlers.listProfiles({})).profiles).toEqual([]);
    expect((await dispatch(handlers, 'createProfile', { name: 'Ana' })).ok).toBe(true);
  });
});
