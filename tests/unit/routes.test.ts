/** Addresses are parsed defensively, and one that does not parse is never kept as the place to resume. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { parseRoute, routeToHash, tryParseRoute, type Route } from '../../renderer/src/shared/routes';
import { makeServices, removeTempDirs, tempDir } from '../support/progress-helpers';

afterAll(removeTempDirs);

const MALFORMED = ['#/compare/%', '#/teacher/draft/%E0%A4%A', '#/exercises/a%2', '#/assignment/%00x', '#/compare/a%2Fb', `#/library${'x'.repeat(600)}`, 'compare/x'];

describe('the route parser', () => {
  it('turns a malformed address into the Library instead of throwing', () => {
    for (const hash of MALFORMED) {
      expect(() => parseRoute(hash), hash).not.toThrow();
      expect(parseRoute(hash), hash).toEqual({ screen: 'library' });
      expect(tryParseRoute(hash), hash).toBeNull();
    }
  });

  it('reads every address it writes', () => {
    const routes: Route[] = [
      { screen: 'library' },
      { screen: 'compare', setId: 'gaza-2023-24', articles: ['a-1', 'b 2'] },
      { screen: 'exercises', setId: 's', exerciseId: 'e-1', family: 'framing' },
      { screen: 'teacher', draftId: 'flood-abc', articleId: 'river' },
      { screen: 'assignment', id: '0b7c…', exerciseId: 'x' },
      { screen: 'print', assignmentId: 'a%b' },
    ];
    for (const route of routes) expect(parseRoute(routeToHash(route))).toMatchObject(route);
    expect(parseRoute('')).toEqual({ screen: 'library' });
  });
});

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
