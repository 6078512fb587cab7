/**
 * An address that does not parse is never kept as the place to resume. (The route parser itself is
 * tested beside it, in renderer/src/shared/routes.test.ts.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { makeServices, removeTempDirs, tempDir } from '../support/progress-helpers';

afterAll(removeTempDirs);

describe('the resume state', () => {
  it('refuses to save an address that does not parse', async () => {
    const services = await makeServices(await tempDir());
    await services.handlers.createProfile({ name: 'Ana' });
    const r = await dispatch(services.handlers, 'saveResumeState', { route: '#/compare/%' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/the address is malformed/u) } });
    expect((await services.handlers.getResumeState({})).route).toBeNull();
  });

  it('drops a malformed address saved by an older Lenses, keeping the drafts', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const ana = await first.handlers.createProfile({ name: 'Ana' });
    await first.handlers.saveResumeState({ route: '#/exercises/tiny/attr-1', drafts: { 'attr-1': { type: 'choice', selected: ['right'] } } });
    await first.close();
    const file = path.join(dir, 'profiles', ana.id, 'resume.json');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { route: string };
    await writeFile(file, JSON.stringify({ ...stored, route: '#/compare/%' }));

    const second = await makeServices(dir);
    await second.handlers.openProfile({ profileId: ana.id });
    expect(await second.handlers.getResumeState({})).toMatchObject({ route: null, drafts: { 'attr-1': { type: 'choice', selected: ['right'] } } });
    expect((await second.handlers.getStorageStatus({})).message).toBeUndefined();
  });
});
