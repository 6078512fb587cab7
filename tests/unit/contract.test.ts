import { describe, expect, it, vi } from 'vitest';
import { channels, channelNames } from '../../main/ipc/contract';
import { dispatch, type Handlers } from '../../main/ipc/dispatch';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { createLensesApi } from '../../main/ipc/api-client';
import { createServices } from '../../main/services';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp } from 'node:fs/promises';

const contentDir = path.resolve('content/sets');

async function realHandlers(): Promise<Handlers> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-contract-'));
  return (await createServices({ userDataDir: dir, contentDir, appVersion: '1.2.3', host: 'test-harness' })).handlers;
}

describe('the contract', () => {
  it('has a handler for every channel and no handler outside it', async () => {
    const handlers = await realHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('refuses arguments that fail the schema with a readable message and does not call the handler', async () => {
    const handlers = await realHandlers();
    const spy = vi.spyOn(handlers, 'getArticleSet');
    const result = await dispatch(handlers, 'getArticleSet', { id: '../../etc/passwd' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('The call "getArticleSet" was refused: id:') },
    });
    expect(spy).not.toHaveBeenCalled();
    const extra = await dispatch(handlers, 'getAppInfo', { sneaky: true });
    expect(extra.ok).toBe(false);
  });

  it('refuses unknown channels, including prototype names', async () => {
    const handlers = await realHandlers();
    for (const name of ['deleteEverything', '__proto__', 'constructor', 42]) {
      const result = await dispatch(handlers, name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown-channel');
    }
  });

  it('passes user-facing errors through and hides internal ones', async () => {
    const handlers = await realHandlers();
    const missing = await dispatch(handlers, 'getArticleSet', { id: 'no-such-set' });
    expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no article set called "no-such-set".' } });
    const broken: Handlers = {
      ...handlers,
      getAppInfo: () => {
        throw new Error('EACCES: secret path /home/x');
      },
    };
    const log = vi.fn();
    const result = await dispatch(broken, 'getAppInfo', {}, { log });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('secret');
    }
    expect(log).toHaveBeenCalled();
    void UserFacingError;
  });

  it('returns results that match the output schemas', async () => {
    const handlers = await realHandlers();
    const info = await dispatch(handlers, 'getAppInfo', {});
    expect(info.ok && channels.getAppInfo.output.parse(info.value)).toMatchObject({ name: 'Lenses', version: '1.2.3' });
    const list = await dispatch(handlers, 'listArticleSets', {});
    expect(list.ok).toBe(true);
    if (list.ok) channels.listArticleSets.output.parse(list.value);
  });
});

describe('the api object the preload exposes', () => {
  it('has exactly one method per channel plus the menu and open-file subscriptions and fileToken', () => {
    const api = createLensesApi(async () => ({ ok: true, value: null }), () => () => {});
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'onMenuCommand', 'onOpenFile', 'fileToken'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('unwraps results and throws the readable message on errors', async () => {
    const handlers = await realHandlers();
    const api = createLensesApi((channel, input) => dispatch(handlers, channel, input), () => () => {});
    expect((await api.getAppInfo({})).name).toBe('Lenses');
    await expect(api.getArticleSet({ id: 'Bad Id' })).rejects.toThrow(/refused: id: an id uses lower-case letters/);
    await expect(api.getArticleSet({ id: 'missing' })).rejects.toThrow('There is no article set called "missing".');
  });
});
