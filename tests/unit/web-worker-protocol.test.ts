/** The messages between a tab and the web build's worker: what fits the protocol and what is dropped. */
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../main/ipc/contract';
import { readWorkerMessage } from '../../renderer/web/worker-messages';
import { DROPPED_ASSIGNMENT_EXTENSION } from '../../renderer/web/page-files';
import { ASSIGNMENT_FILE_EXTENSION } from '../../content/assignments/assignment-file';
import { FileAnswer, FileRequest, PageMessage, PROFILE_CHANNELS, WorkerMessage } from '../../main/web/worker-protocol';

describe('page → worker messages', () => {
  it('accepts calls, file answers and bye', () => {
    expect(PageMessage.safeParse({ type: 'call', id: 1, channel: 'listProfiles', input: {} }).success).toBe(true);
    expect(PageMessage.safeParse({ type: 'call', id: 0, channel: 'getArticleSet', input: { id: 'x' } }).success).toBe(true);
    expect(PageMessage.safeParse({ type: 'file-answer', id: 3, answer: { kind: 'saved', saved: true, path: 'your downloads (a.json)' } }).success).toBe(true);
    expect(PageMessage.safeParse({ type: 'file-answer', id: 3, answer: { kind: 'opened', files: [new File(['{}'], 'a.lensesassignment')] } }).success).toBe(true);
    expect(PageMessage.safeParse({ type: 'file-answer', id: 3, answer: { kind: 'printed' } }).success).toBe(true);
    expect(PageMessage.safeParse({ type: 'bye' }).success).toBe(true);
  });

  it('refuses anything else: unknown types, bad ids, extra fields, files that are not File objects', () => {
    const refused = [
      null,
      'call',
      { type: 'hello' },
      { type: 'call', id: -1, channel: 'listProfiles', input: {} },
      { type: 'call', id: 1.5, channel: 'listProfiles', input: {} },
      { type: 'call', id: '1', channel: 'listProfiles', input: {} },
      { type: 'call', id: 1, channel: '', input: {} },
      { type: 'call', id: 1, channel: 'x'.repeat(101), input: {} },
      { type: 'call', id: 1, channel: 'listProfiles', input: {}, extra: true },
      { type: 'file-answer', id: 1, answer: { kind: 'opened', files: [{ name: 'a.txt', text: 'hi' }] } },
      { type: 'file-answer', id: 1, answer: { kind: 'saved' } },
      { type: 'file-answer', id: 1, answer: { kind: 'deleted' } },
      { type: 'bye', now: true },
    ];
    for (const message of refused) expect(PageMessage.safeParse(message).success, JSON.stringify(message)).toBe(false);
  });
});

describe('worker → page messages', () => {
  it('accepts results with the contract’s error codes, file requests, status and profile changes', () => {
    expect(WorkerMessage.safeParse({ type: 'result', id: 1, envelope: { ok: true, value: { anything: [1, 2] } } }).success).toBe(true);
    expect(WorkerMessage.safeParse({ type: 'result', id: 1, envelope: { ok: false, error: { code: 'no-profile', message: 'Choose a profile.' } } }).success).toBe(true);
    expect(WorkerMessage.safeParse({ type: 'file-request', id: 2, request: { kind: 'save', title: 'Export', defaultName: 'p.json', filters: [{ name: 'JSON', extensions: ['json'] }], content: '{}' } }).success).toBe(true);
    expect(WorkerMessage.safeParse({ type: 'file-request', id: 2, request: { kind: 'open', title: 'Open', filters: [], multiple: true } }).success).toBe(true);
    expect(WorkerMessage.safeParse({ type: 'file-request', id: 2, request: { kind: 'print', assignmentId: 'a', title: 'T', defaultName: 't.pdf' } }).success).toBe(true);
    for (const state of ['starting', 'waiting-for-other-tab', 'ready', 'failed']) expect(WorkerMessage.safeParse({ type: 'status', state }).success).toBe(true);
    expect(WorkerMessage.safeParse({ type: 'profile-changed' }).success).toBe(true);
  });

  it('refuses error codes outside the contract, empty file names and unknown states', () => {
    expect(WorkerMessage.safeParse({ type: 'result', id: 1, envelope: { ok: false, error: { code: 'oops', message: 'x' } } }).success).toBe(false);
    expect(WorkerMessage.safeParse({ type: 'result', id: 1, envelope: { ok: true } }).success).toBe(false);
    expect(FileRequest.safeParse({ kind: 'save', title: 'Export', defaultName: '', filters: [], content: '' }).success).toBe(false);
    expect(FileRequest.safeParse({ kind: 'open', title: 'Open', filters: [{ name: 'x', extensions: 'json' }], multiple: false }).success).toBe(false);
    expect(WorkerMessage.safeParse({ type: 'status', state: 'sleeping' }).success).toBe(false);
    expect(FileAnswer.safeParse({ kind: 'failed' }).success).toBe(false);
  });

  it('names only real contract calls as profile calls', () => {
    for (const name of PROFILE_CHANNELS) expect(channelNames).toContain(name);
  });
});

describe('the tab’s own check of worker messages (no zod in the page)', () => {
  const samples: unknown[] = [
    { type: 'result', id: 1, envelope: { ok: true, value: null } },
    { type: 'result', id: 1, envelope: { ok: true, value: { sets: [] } } },
    { type: 'result', id: 2, envelope: { ok: false, error: { code: 'no-profile', message: 'x' } } },
    { type: 'file-request', id: 2, request: { kind: 'save', title: 'E', defaultName: 'p.json', filters: [{ name: 'J', extensions: ['json'] }], content: '{}' } },
    { type: 'file-request', id: 2, request: { kind: 'open', title: 'O', filters: [], multiple: false } },
    { type: 'file-request', id: 2, request: { kind: 'print', assignmentId: 'a', title: 'T', defaultName: 't.pdf' } },
    { type: 'status', state: 'ready' },
    { type: 'status', state: 'failed', message: 'no storage' },
    { type: 'profile-changed' },
    // Refused by both:
    null,
    [],
    { type: 'result', id: -1, envelope: { ok: true, value: 1 } },
    { type: 'result', id: 1, envelope: { ok: true } },
    { type: 'result', id: 1, envelope: { ok: 'yes', value: 1 } },
    { type: 'result', id: 1, envelope: { ok: true, value: 1 }, more: 1 },
    { type: 'file-request', id: 2, request: { kind: 'save', title: 'E', defaultName: '', filters: [], content: '' } },
    { type: 'file-request', id: 2, request: { kind: 'open', title: 'O', filters: [{ name: 'x', extensions: 'json' }], multiple: false } },
    { type: 'file-request', id: 2, request: { kind: 'delete', path: '/' } },
    { type: 'status', state: 'sleeping' },
    { type: 'status', state: 'ready', message: 3 },
    { type: 'profile-changed', profile: 'x' },
    { type: 'navigate', url: 'https://example.org/' },
  ];

  it('agrees with the zod schemas on every sample', () => {
    for (const sample of samples) expect(readWorkerMessage(sample) !== null, JSON.stringify(sample)).toBe(WorkerMessage.safeParse(sample).success);
  });

  it('uses the assignment file extension of the file format', () => {
    expect(DROPPED_ASSIGNMENT_EXTENSION).toBe(ASSIGNMENT_FILE_EXTENSION);
  });
});
