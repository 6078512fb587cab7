/**
 * The worker's side of the web build, without the worker: connections from tabs (a SharedWorker
 * gets one port per tab, a dedicated Worker has one), contract calls run through the same
 * validating `dispatch` as Electron's IPC, each with its tab as the caller, and the files port and
 * printer the core is given (main/platform/files/files.web.ts, main/platform/print/print.web.ts),
 * which ask the caller's tab. Plain module over message ports, so it is
 * tested under Node with MessageChannel.
 */
import { createCallers, type Caller } from '../ipc/caller';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { UserFacingError } from '../ipc/user-facing-error';
import { createSerialQueue, type SerialQueue } from '../serial-queue';
import { fileChannels, type ChannelName, type ErrorCode } from '../ipc/contract';
import type { TeacherFilesPort } from '../platform/files/files';
import { createTabFiles } from '../platform/files/files.web';
import type { PrintClassReport } from '../platform/print/print';
import { createTabPrinter } from '../platform/print/print.web';
import {
  PageMessage,
  PROFILE_CHANNELS,
  type CoreState,
  type FileAnswer,
  type FileRequest,
  type ResultEnvelope,
  type WorkerMessage,
} from './worker-protocol';

/** What the host needs of a MessagePort (or of a dedicated worker's own scope). */
export interface PortLike {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?(): void;
}

export interface WorkerHost {
  /** A tab connected. */
  connect(port: PortLike): void;
  /** Serve calls with these handlers from now on; calls that arrived earlier run now. */
  serve(handlers: Handlers): void;
  /** Tell every tab how the core is doing; after 'failed', calls are answered with `message`. */
  setState(state: CoreState, message?: string): void;
  /** For the core: save and open in the tab that made the call. */
  readonly files: TeacherFilesPort;
  /** For the core: the class report's print view and the browser's print dialog, in that tab. */
  readonly printClassReport: PrintClassReport;
  /** How many tabs are connected (for tests). */
  connections(): number;
}

interface Connection {
  port: PortLike;
  /** The tab as the core sees it: handed to dispatch with each of its calls. */
  caller: Caller;
  /** This tab's calls that may ask for a file, one at a time (one dialog per tab). */
  fileCalls: SerialQueue;
  pending: Map<number, { resolve(answer: FileAnswer): void; reject(error: Error): void }>;
}

const FILE_CHANNELS: ReadonlySet<string> = new Set(fileChannels);

function isProfileChannel(name: string): name is ChannelName {
  return (PROFILE_CHANNELS as ReadonlySet<string>).has(name);
}

function profileIdOf(value: unknown): string | null {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

const tabGone = () => new UserFacingError('unavailable', 'The Lenses tab that asked for this file was closed.');

export function createWorkerHost(options: { log?: (message: string, error?: unknown) => void } = {}): WorkerHost {
  const log = options.log ?? (() => {});
  const connections = new Map<PortLike, Connection>();
  let state: { state: CoreState; message?: string } = { state: 'starting' };
  let handlers: Handlers | null = null;
  const waiting: Array<() => void> = [];
  let nextRequestId = 1;
  const callers = createCallers<PortLike>();
  /** The profile the core has open, as far as calls through this host show (the core starts with none). */
  let currentProfile: string | null = null;

  const post = (connection: Connection, message: WorkerMessage) => {
    try {
      connection.port.postMessage(message);
    } catch (error) {
      log('could not post to a tab', error);
    }
  };

  const ready = (): Promise<Handlers | null> =>
    handlers || state.state === 'failed' ? Promise.resolve(handlers) : new Promise((resolve) => waiting.push(() => resolve(handlers)));

  const failure = (code: ErrorCode, message: string): ResultEnvelope => ({ ok: false, error: { code, message } });

  async function runCall(connection: Connection, channel: string, input: unknown): Promise<ResultEnvelope> {
    const served = await ready();
    if (!served) return failure('storage', state.message ?? 'Lenses could not open its storage in this browser.');
    return dispatch(served, channel, input, { caller: connection.caller, log });
  }

  function onCall(connection: Connection, id: number, channel: string, input: unknown) {
    const run = FILE_CHANNELS.has(channel) ? connection.fileCalls(() => runCall(connection, channel, input)) : runCall(connection, channel, input);
    void run
      .catch((error: unknown): ResultEnvelope => {
        log(`call ${channel} failed`, error);
        return failure('internal', 'Something went wrong inside Lenses. Your saved work is safe; please try again.');
      })
      .then((envelope) => {
        if (!connections.has(connection.port)) return;
        post(connection, { type: 'result', id, envelope });
        // The core has one current profile: when it changes, every other tab must show the new one.
        if (envelope.ok && isProfileChannel(channel)) {
          const now = channel === 'closeProfile' ? null : profileIdOf(envelope.value);
          if (now !== currentProfile) {
            currentProfile = now;
            for (const other of connections.values()) if (other !== connection) post(other, { type: 'profile-changed' });
          }
        }
      });
  }

  function disconnect(connection: Connection) {
    connections.delete(connection.port);
    for (const { reject } of connection.pending.values()) reject(tabGone());
    connection.pending.clear();
  }

  function onMessage(connection: Connection, data: unknown) {
    const parsed = PageMessage.safeParse(data);
    if (!parsed.success) {
      log('a tab sent a message that is not part of the protocol');
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'call':
        onCall(connection, message.id, message.channel, message.input);
        return;
      case 'file-answer': {
        const waiter = connection.pending.get(message.id);
        connection.pending.delete(message.id);
        waiter?.resolve(message.answer);
        return;
      }
      case 'bye':
        disconnect(connection);
        return;
    }
  }

  /** Ask the caller's tab; refused when that tab has gone (or the caller is not one of this host's tabs). */
  function requestInTab(request: FileRequest, caller: Caller): Promise<FileAnswer> {
    const port = callers.targetOf(caller);
    const connection = port && connections.get(port);
    if (!connection) return Promise.reject(tabGone());
    const id = nextRequestId++;
    return new Promise<FileAnswer>((resolve, reject) => {
      connection.pending.set(id, { resolve, reject });
      post(connection, { type: 'file-request', id, request });
    });
  }

  const files = createTabFiles(requestInTab);

  const printClassReport = createTabPrinter(requestInTab);

  return {
    files,
    printClassReport,
    connect(port) {
      const connection: Connection = { port, caller: callers.callerFor(port), fileCalls: createSerialQueue(), pending: new Map() };
      connections.set(port, connection);
      port.addEventListener('message', (event) => onMessage(connection, event.data));
      port.start?.();
      post(connection, { type: 'status', ...state });
    },
    serve(served) {
      handlers = served;
      for (const wake of waiting.splice(0)) wake();
    },
    setState(next, message) {
      state = message === undefined ? { state: next } : { state: next, message };
      for (const connection of connections.values()) post(connection, { type: 'status', ...state });
      if (next === 'failed') for (const wake of waiting.splice(0)) wake();
    },
    connections: () => connections.size,
  };
}
