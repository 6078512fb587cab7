/**
 * The sandboxed preload as it ships: bundled as scripts/build-main.mjs bundles it, then run against
 * a stand-in for Electron (the real binary cannot run here). It must expose exactly the contract
 * as `window.lenses`, pass calls and their answers through, and drop events main should never send.
 */
import { build } from 'esbuild';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadBuildOptions } from '../../scripts/bundle-options.mjs';
import { channelNames, type LensesApi } from '../../main/ipc/contract';

type Listener = (event: unknown, payload: unknown) => void;

let bundled: Promise<string> | null = null;
const preloadCode = () => (bundled ??= build({ ...preloadBuildOptions(), write: false, outfile: 'preload.cjs', logLevel: 'silent' }).then((r) => r.outputFiles[0]!.text));

async function runPreload() {
  const code = await preloadCode();
  const exposed = new Map<string, unknown>();
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Listener[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return channel === 'lenses:getAppInfo' ? { ok: true, value: { name: 'Lenses' } } : { ok: false, error: { code: 'not-found', message: 'There is no such thing.' } };
      },
      on: (channel: string, listener: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) => listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
    },
    webUtils: { getPathForFile: () => '' },
  };
  const required: string[] = [];
  const module = { exports: {} };
  vm.runInNewContext(code, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`the sandboxed preload may require only electron, not ${name}`);
    },
  });
  const send = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({}, payload);
  };
  return { code, exposed, invoked, send, required };
}

describe('the preload as bundled', () => {
  it('is small: the channel names and two small schemas, not the contract with all of zod', async () => {
    const { code } = await runPreload();
    expect(code.length).toBeLessThan(64 * 1024);
  });

  it('exposes window.lenses with one method per channel, and passes calls and answers through', async () => {
    const { exposed, invoked, required } = await runPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['lenses']);
    const api = exposed.get('lenses') as LensesApi;
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'onMenuCommand', 'onOpenFile', 'fileToken'].sort());
    expect(await api.getAppInfo({})).toEqual({ name: 'Lenses' });
    await expect(api.getArticleSet({ id: 'missing' })).rejects.toThrow('There is no such thing.');
    expect(invoked).toEqual([
      ['lenses:getAppInfo', {}],
      ['lenses:getArticleSet', { id: 'missing' }],
    ]);
  });

  it('passes on menu commands and files to open, and drops anything else main might send', async () => {
    const { exposed, send } = await runPreload();
    const api = exposed.get('lenses') as LensesApi;
    const commands: unknown[] = [];
    const files: unknown[] = [];
    api.onMenuCommand((c) => commands.push(c));
    const file = { file: 'a'.repeat(32), name: 'class 7b.lensesresults', kind: 'results' };
    // A file opened before the page listens is kept until it does.
    send('lenses:open-file', file);
    api.onOpenFile((f) => files.push(f));
    send('lenses:menu-command', 'go-library');
    send('lenses:menu-command', 'format-disk');
    send('lenses:menu-command', { command: 'go-library' });
    send('lenses:open-file', { ...file, file: '../../etc/passwd' });
    send('lenses:open-file', { ...file, path: '/home/student/x' });
    send('lenses:open-file', { ...file, kind: 'script' });
    expect(commands).toEqual(['go-library']);
    expect(files).toEqual([file]);
  });
});
