import { afterAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { attemptInput, makeServices, tempDir, removeTempDirs } from '../support/progress-helpers';

afterAll(removeTempDirs);

describe('profiles', () => {
  it('creates profiles, makes the new one current, and lists them by name', async () => {
    const dir = await tempDir();
    const { handlers } = await makeServices(dir);
    expect(await handlers.getCurrentProfile({})).toBeNull();
    const zoe = await handlers.createProfile({ name: 'Zoë' });
    expect(zoe).toMatchObject({ name: 'Zoë', hasPin: false });
    expect(zoe.id).toMatch(/^[a-z0-9][a-z0-9-]*$/u);
    expect(await handlers.getCurrentProfile({})).toEqual(zoe);
    await handlers.createProfile({ name: 'adam', pin: '0420' });
    const { profiles } = await handlers.listProfiles({});
    expect(profiles.map((p) => [p.name, p.hasPin])).toEqual([
      ['adam', true],
      ['Zoë', false],
    ]);
    expect(await handlers.closeProfile({})).toEqual({ ok: true });
    expect(await handlers.getCurrentProfile({})).toBeNull();
  });

  it('trims names and refuses a name already used, whatever its case', async () => {
    const dir = await tempDir();
    const { handlers } = await makeServices(dir);
    const p = await dispatch(handlers, 'createProfile', { name: '  Maya Lind  ' });
    expect(p.ok && (p.value as { name: string }).name).toBe('Maya Lind');
    const again = await dispatch(handlers, 'createProfile', { name: 'MAYA LIND' });
    expect(again).toEqual({ ok: false, error: { code: 'name-taken', message: 'There is already a profile called "MAYA LIND". Choose another name.' } });
    for (const name of ['', '   ', 'x'.repeat(41), 'tab\there']) {
      const bad = await dispatch(handlers, 'createProfile', { name });
      expect(bad.ok, JSON.stringify(name)).toBe(false);
      if (!bad.ok) expect(bad.error.code).toBe('invalid-arguments');
    }
  });

  it('stores only a salted hash of the PIN', async () => {
    const dir = await tempDir();
    const { handlers } = await makeServices(dir);
    const a = await handlers.createProfile({ name: 'Ana', pin: '7391' });
    const b = await handlers.createProfile({ name: 'Ben', pin: '7391' });
    for (const file of ['profiles.json', path.join('profiles', a.id, 'profile.json')]) {
      const text = await readFile(path.join(dir, file), 'utf8');
      expect(text).not.toContain('7391');
    }
    const stored = JSON.parse(await readFile(path.join(dir, 'profiles.json'), 'utf8')) as { profiles: Array<{ id: string; pin: { salt: string; hash: string } }> };
    const [pa, pb] = [a.id, b.id].map((id) => stored.profiles.find((p) => p.id === id)!.pin);
    expect(pa!.salt).not.toBe(pb!.salt);
    expect(pa!.hash).not.toBe(pb!.hash);
  });

  it('opens a profile with its PIN and refuses a wrong or missing one', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const ana = await first.handlers.createProfile({ name: 'Ana', pin: '1234' });
    await first.close();

    const { handlers } = await makeServices(dir);
    const wrong = await dispatch(handlers, 'openProfile', { profileId: ana.id, pin: '4321' });
    expect(wrong).toEqual({ ok: false, error: { code: 'wrong-pin', message: 'That PIN is not right.' } });
    const missing = await dispatch(handlers, 'openProfile', { profileId: ana.id });
    expect(missing).toEqual({ ok: false, error: { code: 'wrong-pin', message: 'That PIN is not right.' } });
    expect(await handlers.getCurrentProfile({})).toBeNull();
    const right = await dispatch(handlers, 'openProfile', { profileId: ana.id, pin: '1234' });
    expect(right).toMatchObject({ ok: true, value: { id: ana.id, name: 'Ana', hasPin: true } });
    expect((await handlers.getCurrentProfile({}))?.id).toBe(ana.id);
    const unknown = await dispatch(handlers, 'openProfile', { profileId: 'no-such-profile' });
    expect(unknown.ok || unknown.error.code).toBe('not-found');
  });

  it('refuses every try for 30 seconds after 5 wrong PINs, then lets the right one in', async () => {
    const dir = await tempDir();
    let clock = Date.parse('2024-06-01T12:00:00.000Z');
    const { handlers } = await makeServices(dir, { now: () => new Date(clock) });
    const ana = await handlers.createProfile({ name: 'Ana', pin: '1234' });
    await handlers.closeProfile({});
    for (let i = 0; i < 5; i += 1) {
      const r = await dispatch(handlers, 'openProfile', { profileId: ana.id, pin: '0000' });
      expect(r.ok || r.error.code).toBe('wrong-pin');
    }
    const locked = await dispatch(handlers, 'openProfile', { profileId: ana.id, pin: '1234' });
    expect(locked).toEqual({ ok: false, error: { code: 'too-many-tries', message: 'Too many wrong PINs. Wait 30 seconds, then try again.' } });
    clock += 20_000;
    const stillLocked = await dispatch(handlers, 'openProfile', { profileId: ana.id, pin: '1234' });
    expect(stillLocked.ok || stillLocked.error.message).toBe('Too many wrong PINs. Wait 10 seconds, then try again.');
    clock += 10_001;
    expect((await dispatch(handlers, 'openProfile', { profileId: ana.id, pin: '1234' })).ok).toBe(true);
  });

  it('keeps each profile’s attempts to itself', async () => {
    const dir = await tempDir();
    const { handlers } = await makeServices(dir);
    const ana = await handlers.createProfile({ name: 'Ana' });
    await handlers.recordAttempt(attemptInput({ exerciseId: 'attr-1' }));
    await handlers.recordAttempt(attemptInput({ exerciseId: 'attr-2' }));
    const ben = await handlers.createProfile({ name: 'Ben' });
    expect((await handlers.getProgress({})).totalAttempts).toBe(0);
    await handlers.recordAttempt(attemptInput({ exerciseId: 'num-1', answer: { type: 'choice', selected: ['wrong'] }, score: 0, correct: false }));
    const benProgress = await handlers.getProgress({});
    expect(benProgress.profileId).toBe(ben.id);
    expect(benProgress.exercises.map((e) => e.exerciseId)).toEqual(['num-1']);

    const fresh = await makeServices(dir);
    await fresh.handlers.openProfile({ profileId: ana.id });
    expect((await fresh.handlers.getProgress({})).exercises.map((e) => e.exerciseId)).toEqual(['attr-1', 'attr-2']);
    expect(await readdir(path.join(dir, 'profiles'))).toEqual(expect.arrayContaining([ana.id, ben.id]));
  });

  it('rebuilds the list of profiles from their folders when profiles.json is damaged', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const ana = await first.handlers.createProfile({ name: 'Ana', pin: '2468' });
    await first.handlers.recordAttempt(attemptInput());
    await first.close();
    await writeFile(path.join(dir, 'profiles.json'), '{"format":1,"profiles":[{"id":');
    // A folder with attempts but no profile copy (e.g. from an older build) comes back too.
    await mkdir(path.join(dir, 'profiles', 'old-one'), { recursive: true });
    await writeFile(path.join(dir, 'profiles', 'old-one', 'attempts.jsonl'), '');

    const { handlers } = await makeServices(dir);
    const { profiles } = await handlers.listProfiles({});
    expect(profiles.map((p) => [p.name, p.hasPin])).toEqual([
      ['Ana', true],
      ['Recovered profile 1', false],
    ]);
    expect((await dispatch(handlers, 'openProfile', { profileId: ana.id })).ok).toBe(false);
    await handlers.openProfile({ profileId: ana.id, pin: '2468' });
    expect((await handlers.getProgress({})).totalAttempts).toBe(1);
    const status = await handlers.getStorageStatus({});
    expect(status.message).toMatch(/The list of profiles could not be read and was set aside in .*profiles\.json\.damaged-/u);
    expect((await readdir(dir)).some((n) => n.startsWith('profiles.json.damaged-'))).toBe(true);
  });
});
