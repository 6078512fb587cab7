/**
 * The web build's worker (main/web/worker.ts, bundled the way a browser gets it) run in a bare
 * JavaScript context with only what a browser worker has: no Buffer, no process, no require. A
 * Node global anywhere in the core would throw here, as it does in the browser. Calls go in and
 * answers come out as the page's messages do, through the worker's own protocol.
 */
import { describe, expect, it } from 'vitest';
import { build, type Plugin } from 'esbuild';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { indexedDB as fakeIndexedDb, IDBKeyRange } from 'fake-indexeddb';

const root = path.resolve('.');

/** Vite's import.meta.glob for the shipped sets, done by hand for esbuild: one lazy import per file. */
const shippedSetsGlob: Plugin = {
  name: 'shipped-sets-glob',
  setup(b) {
    // esbuild takes Go regular expressions: no /u flag.
    b.onLoad({ filter: /[\\/]main[\\/]web[\\/]shipped-sets\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const sets = (await readdir(path.join(root, 'content', 'sets'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
      const glob = (file: string) => `{${sets.map((s) => `${JSON.stringify(`../../content/sets/${s}/${file}`)}: () => import(${JSON.stringify(`../../content/sets/${s}/${file}`)}).then((m) => m.default)`).join(', ')}}`;
      const contents = source.replace(/import\.meta\.glob\('\.\.\/\.\.\/content\/sets\/\*\/(set|exercises)\.json', \{ import: 'default' \}\)/gu, (_m, file: string) => glob(`${file}.json`));
      // Compare's prepared views: none here (the core works each view out).
      const withViews = contents.replace("import.meta.glob('../../content/sets/*/compare-view.json', { query: '?raw', import: 'default' })", '{}');
      if (contents === source || withViews === contents) throw new Error('shipped-sets.ts no longer uses import.meta.glob as this test expects');
      return { contents: withViews, loader: 'ts' };
    });
  },
};

async function workerBundle(): Promise<string> {
  const out = await build({
    entryPoints: ['main/web/worker.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { __LENSES_VERSION__: '"9.9.9-vm"' },
    // As in renderer/vite.web.config.ts: linkedom needs cssom's module build.
    alias: { '@acemir/cssom': path.join(root, 'node_modules', '@acemir', 'cssom', 'lib', 'index.js') },
    plugins: [shippedSetsGlob],
  });
  return (out.outputFiles[0] as { text: string }).text;
}

interface Message {
  type: string;
  id?: number;
  [key: string]: unknown;
}

/** A context with a browser worker's globals (from Node's own web APIs) and nothing of Node's. */
function workerContext() {
  const listeners: Array<(event: { data: unknown }) => void> = [];
  const fromWorker: Message[] = [];
  const waiting: Array<() => void> = [];
  const scope: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    TextEncoder,
    TextDecoder,
    URL,
    Blob,
    File,
    DOMException,
    DecompressionStream,
    ReadableStream,
    WritableStream,
    TransformStream,
    crypto: globalThis.crypto,
    atob,
    btoa,
    indexedDB: fakeIndexedDb,
    IDBKeyRange,
    navigator: { locks: { request: (_name: string, _options: unknown, callback: (lock: unknown) => unknown) => Promise.resolve(callback({ name: 'lenses-core', mode: 'exclusive' })) } },
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    postMessage: (message: Message) => {
      fromWorker.push(structuredClone(message));
      waiting.splice(0).forEach((wake) => wake());
    },
  };
  const context = vm.createContext(scope);
  /** Hand the worker a message as a tab would: made inside its own realm, as a structured clone is. */
  const send = (message: unknown, extra?: { file: File }) => {
    const data = vm.runInContext(`(${JSON.stringify(message)})`, context) as { answer?: { files?: unknown[] } };
    if (extra && data.answer) data.answer.files = vm.runInContext('[]', context) as unknown[];
    if (extra) data.answer?.files?.push(extra.file);
    for (const listener of listeners) listener({ data });
  };
  const next = async (match: (m: Message) => boolean): Promise<Message> => {
    for (;;) {
      const found = fromWorker.findIndex(match);
      if (found !== -1) return fromWorker.splice(found, 1)[0] as Message;
      await new Promise<void>((wake) => waiting.push(wake));
    }
  };
  return { context, send, next };
}

describe('the web build’s worker in a context without Node', () => {
  it('has no Node globals, starts, and answers calls, exporting and importing progress', { timeout: 120_000 }, async () => {
    const code = await workerBundle();
    const { context, send, next } = workerContext();
    expect(vm.runInContext('[typeof Buffer, typeof process, typeof require, typeof __dirname, typeof global, typeof window, typeof document]', context)).toEqual(Array(7).fill('undefined'));
    vm.runInContext(code, context, { filename: 'worker.js' });
    await next((m) => m.type === 'status' && m.state === 'ready');

    let id = 0;
    const call = async (channel: string, input: unknown = {}) => {
      id += 1;
      send({ type: 'call', id, channel, input });
      const callId = id;
      return (await next((m) => m.type === 'result' && m.id === callId)).envelope as { ok: boolean; value?: unknown; error?: { message: string } };
    };
    expect(await call('getAppInfo')).toEqual({ ok: true, value: { name: 'Lenses', version: '9.9.9-vm', host: 'web' } });
    const sets = await call('listArticleSets');
    expect(sets.ok).toBe(true);
    expect(JSON.stringify(sets.value)).toContain('gaza-2023-24');
    expect(await call('createProfile', { name: 'Ada' })).toMatchObject({ ok: true, value: { name: 'Ada' } });

    // Export: the worker asks the tab to save a download.
    id += 1;
    const exportId = id;
    send({ type: 'call', id: exportId, channel: 'exportProgress', input: {} });
    const save = await next((m) => m.type === 'file-request');
    const saved = (save.request as { kind: string; content: string; defaultName: string });
    expect(saved.kind).toBe('save');
    send({ type: 'file-answer', id: save.id, answer: { kind: 'saved', saved: true, path: `your downloads (${saved.defaultName})` } });
    expect((await next((m) => m.type === 'result' && m.id === exportId)).envelope).toMatchObject({ ok: true, value: { saved: true } });

    // Import the same file: the restore path of a student whose browser cleared its storage.
    id += 1;
    const importId = id;
    send({ type: 'call', id: importId, channel: 'importProgress', input: {} });
    const open = await next((m) => m.type === 'file-request');
    expect(open.request).toMatchObject({ kind: 'open' });
    send({ type: 'file-answer', id: open.id, answer: { kind: 'opened', files: [] } }, { file: new File([saved.content], saved.defaultName, { type: 'application/json' }) });
    expect((await next((m) => m.type === 'result' && m.id === importId)).envelope).toEqual({
      ok: true,
      value: { files: [{ name: saved.defaultName, added: 0, duplicates: 0 }] },
    });
  });
});
