/**
 * The web build's worker host under Node: the real core (createWebCore over IndexedDB, here
 * fake-indexeddb, with the bundled shipped sets), tabs as in-process ports. Calls go through the
 * same dispatch as Electron; file requests go to the tab that made the call.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../main/core';
import type { ChannelName } from '../../main/ipc/contract';
import { openIndexedDbStorage } from '../../main/platform/storage/storage.web';
import { createWebCore } from '../../main/web/web-core';
import { createWorkerHost, type PortLike, type WorkerHost } from '../../main/web/worker-host';
import type { FileAnswer, WorkerMessage } from '../../main/web/worker-protocol';
import { createSeedAssignment, exportedText, unlockedTeacher } from '../support/assignments';
import { shippedSetIds } from '../support/shipped-sets';

type Result = Extract<WorkerMessage, { type: 'result' }>;
type FileRequestMessage = Extract<WorkerMessage, { type: 'file-request' }>;

interface Tab {
  received: WorkerMessage[];
  send(message: unknown): void;
  /** Send a call; resolves with its result message. */
  call(channel: ChannelName | string, input?: unknown): Promise<Result>;
  /** The next file request this tab gets. */
  fileRequest(): Promise<FileRequestMessage>;
  answer(request: FileRequestMessage, answer: FileAnswer): void;
}

let nextCallId = 1;

function openTab(host: WorkerHost): Tab {
  let listener: ((event: MessageEvent) => void) | null = null;
  const received: WorkerMessage[] = [];
  const port: PortLike = {
    postMessage: (message) => void received.push(message),
    addEventListener: (_type, l) => void (listener = l),
  };
  host.connect(port);
  const send = (message: unknown) => listener?.({ data: message } as MessageEvent);
  const seenRequests = new Set<number>();
  return {
    received,
    send,
    // Waits for the answer up to just under the suite's 30 s test timeout: the first call loads
    // every shipped set, which took over 5 s on a loaded 2-core machine (a clean-clone CI run).
    async call(channel, input = {}) {
      const id = nextCallId++;
      send({ type: 'call', id, channel, input });
      return vi.waitFor(
        () => {
          const found = received.find((m): m is Result => m.type === 'result' && m.id === id);
          if (!found) throw new Error(`no result for ${channel} yet`);
          return found;
        },
        { timeout: 25_000, interval: 2 },
      );
    },
    fileRequest: () =>
      vi.waitFor(
        () => {
          const found = received.find((m): m is FileRequestMessage => m.type === 'file-request' && !seenRequests.has(m.id));
          if (!found) throw new Error('no file request yet');
          seenRequests.add(found.id);
          return found;
        },
        { timeout: 25_000, interval: 2 },
      ),
    answer: (request, answer) => send({ type: 'file-answer', id: request.id, answer }),
  };
}

let core: Services | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function servedHost(): Promise<WorkerHost> {
  const host = createWorkerHost();
  core = await createWebCore(host, await openIndexedDbStorage({ name: 'lenses', indexedDB: new IDBFactory() }), '9.9.9-test');
  host.serve(core.handlers);
  host.setState('ready');
  return host;
}

describe('the worker host', () => {
  it('holds calls until the core is served, then answers them through the validating dispatch', async () => {
    const host = createWorkerHost();
    const tab = openTab(host);
    expect(tab.received[0]).toEqual({ type: 'status', state: 'starting' });
    const early = tab.call('getAppInfo');
    await new Promise((r) => setTimeout(r, 20));
    expect(tab.received.some((m) => m.type === 'result')).toBe(false);

    core = await createWebCore(host, await openIndexedDbStorage({ name: 'lenses', indexedDB: new IDBFactory() }), '9.9.9-test');
    host.serve(core.handlers);
    host.setState('ready');
    expect((await early).envelope).toEqual({ ok: true, value: { name: 'Lenses', version: '9.9.9-test', host: 'web' } });
    expect(tab.received).toContainEqual({ type: 'status', state: 'ready' });

    const sets = await tab.call('listArticleSets');
    expect(sets.envelope).toMatchObject({ ok: true, value: { problems: [] } });
    const listed = sets.envelope.ok ? (sets.envelope.value as { sets: Array<{ id: string; origin: string }> }).sets : [];
    // Every shipped set folder is served, all of them as shipped sets.
    expect(listed.map((s) => s.id)).toEqual(shippedSetIds());
    expect(listed.every((s) => s.origin === 'shipped')).toBe(true);
    expect(listed.find((s) => s.id === 'gaza-2023-24')).toMatchObject({ exerciseCount: 51 });
    expect((await tab.call('createProfile', { name: '' })).envelope).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect((await tab.call('deleteEverything')).envelope).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('drops messages that are not part of the protocol', async () => {
    const host = await servedHost();
    const tab = openTab(host);
    tab.send({ type: 'call', id: -4, channel: 'getAppInfo', input: {} });
    tab.send('getAppInfo');
    tab.send({ type: 'file-answer', id: 99, answer: { kind: 'printed' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(tab.received.filter((m) => m.type === 'result')).toEqual([]);
    expect((await tab.call('getAppInfo')).envelope).toMatchObject({ ok: true });
  });

  it('answers every call with a readable storage message when the core could not start', async () => {
    const host = createWorkerHost();
    const tab = openTab(host);
    const pending = tab.call('listProfiles');
    host.setState('failed', 'Lenses could not open its storage in this browser: a private window.');
    expect((await pending).envelope).toEqual({ ok: false, error: { code: 'storage', message: 'Lenses could not open its storage in this browser: a private window.' } });
    expect(tab.received).toContainEqual({ type: 'status', state: 'failed', message: 'Lenses could not open its storage in this browser: a private window.' });
  });

  it('asks the tab that made the call for the download, and tells the other tabs when the profile changes', async () => {
    const host = await servedHost();
    const a = openTab(host);
    const b = openTab(host);
    await a.call('createProfile', { name: 'Amira' });
    expect(b.received).toContainEqual({ type: 'profile-changed' });
    expect(a.received).not.toContainEqual({ type: 'profile-changed' });

    const exporting = b.call('exportProgress');
    const request = await b.fileRequest();
    expect(request.request).toMatchObject({ kind: 'save', defaultName: expect.stringMatching(/^lenses-progress-Amira-.*\.json$/u) });
    if (request.request.kind !== 'save') throw new Error('not a save');
    expect(JSON.parse(request.request.content)).toMatchObject({ profile: { name: 'Amira' }, attempts: [] });
    b.answer(request, { kind: 'saved', saved: true, path: 'your downloads (p.json)' });
    expect((await exporting).envelope).toEqual({ ok: true, value: { saved: true, path: 'your downloads (p.json)' } });
    expect(a.received.some((m) => m.type === 'file-request')).toBe(false);
  });

  it('opens an assignment from the File the tab picked', async () => {
    const teacher = await unlockedTeacher();
    const text = await exportedText(teacher, await createSeedAssignment(teacher.handlers, 'practice', { title: 'From a tab', exerciseIds: ['num-choice-sum'] }));
    const host = await servedHost();
    const tab = openTab(host);
    await tab.call('createProfile', { name: 'Ben' });

    const opening = tab.call('openAssignmentFile');
    const request = await tab.fileRequest();
    expect(request.request).toEqual({ kind: 'open', title: 'Open an assignment', filters: [{ name: expect.any(String), extensions: ['lensesassignment'] }], multiple: false });
    tab.answer(request, { kind: 'opened', files: [new File([text], 'from-a-tab.lensesassignment')] });
    expect((await opening).envelope).toMatchObject({ ok: true, value: { assignment: { title: 'From a tab' } } });

    // Cancelled: no file, no assignment.
    const cancelled = tab.call('openAssignmentFile');
    tab.answer(await tab.fileRequest(), { kind: 'opened', files: [] });
    expect((await cancelled).envelope).toEqual({ ok: true, value: { assignment: null, alreadyHad: false } });
  });

  it('asks the tab that made the file call, even when another tab called later and both have calls open', async () => {
    const host = await servedHost();
    const a = openTab(host);
    const b = openTab(host);
    await a.call('createProfile', { name: 'Cleo' });
    const fromA = a.call('exportProgress');
    const requestA = await a.fileRequest();
    // B calls later, while A's download is still waiting: B's file call asks B, not A.
    const fromB = b.call('exportProgress');
    const requestB = await b.fileRequest();
    expect(a.received.filter((m) => m.type === 'file-request')).toEqual([requestA]);
    expect(b.received.filter((m) => m.type === 'file-request')).toEqual([requestB]);
    b.answer(requestB, { kind: 'saved', saved: true, path: 'your downloads (b.json)' });
    expect((await fromB).envelope).toEqual({ ok: true, value: { saved: true, path: 'your downloads (b.json)' } });
    a.answer(requestA, { kind: 'saved', saved: false });
    expect((await fromA).envelope).toEqual({ ok: true, value: { saved: false } });
  });

  it('runs one tab\'s file calls one at a time, and fails a file call whose tab went away', async () => {
    const host = await servedHost();
    const a = openTab(host);
    const b = openTab(host);
    await a.call('createProfile', { name: 'Cleo' });
    const first = a.call('exportProgress');
    const second = a.call('exportProgress');
    const requestA = await a.fileRequest();
    await b.call('getAppInfo');
    // A's second dialog waits until its first is answered.
    expect(a.received.filter((m) => m.type === 'file-request')).toEqual([requestA]);
    a.answer(requestA, { kind: 'saved', saved: false });
    expect((await first).envelope).toEqual({ ok: true, value: { saved: false } });
    a.answer(await a.fileRequest(), { kind: 'saved', saved: false });
    expect((await second).envelope).toEqual({ ok: true, value: { saved: false } });

    a.send({ type: 'call', id: 1, channel: 'exportProgress', input: {} });
    const leaving = await a.fileRequest();
    expect(leaving.request.kind).toBe('save');
    a.send({ type: 'bye' });
    expect(host.connections()).toBe(1);
    // B's file call is B's own, and A, gone, gets nothing more (its file request was refused).
    const fromB = b.call('exportProgress');
    b.answer(await b.fileRequest(), { kind: 'saved', saved: false });
    expect((await fromB).envelope).toEqual({ ok: true, value: { saved: false } });
    expect(a.received.filter((m) => m.type === 'result' && m.id === 1)).toEqual([]);
  });

  it('prints in the calling tab and says nothing was saved as a file', async () => {
    const host = await servedHost();
    const tab = openTab(host);
    await tab.call('setTeacherPin', { pin: '2468' });
    const set = await tab.call('getArticleSet', { id: 'gaza-2023-24' });
    if (!set.envelope.ok) throw new Error('no set');
    const { set: articleSet, exercises } = set.envelope.value as { set: { id: string; articles: Array<{ id: string }> }; exercises: Array<{ id: string }> };
    const created = await tab.call('createAssignment', {
      title: 'Printed',
      setId: articleSet.id,
      articleIds: articleSet.articles.map((x) => x.id),
      exerciseIds: [exercises[0]!.id],
      due: null,
      attemptsAllowed: null,
      mode: 'practice',
    });
    if (!created.envelope.ok) throw new Error(created.envelope.error.message);
    const { id } = created.envelope.value as { id: string };
    const printing = tab.call('printClassReport', { assignmentId: id });
    const request = await tab.fileRequest();
    expect(request.request).toMatchObject({ kind: 'print', assignmentId: id, title: 'Printed' });
    tab.answer(request, { kind: 'printed' });
    expect((await printing).envelope).toEqual({ ok: true, value: { saved: false } });

    const failing = tab.call('printClassReport', { assignmentId: id });
    tab.answer(await tab.fileRequest(), { kind: 'failed', message: 'The class report did not get ready to print.' });
    expect((await failing).envelope).toEqual({ ok: false, error: { code: 'unavailable', message: 'The class report did not get ready to print.' } });
  });
});
