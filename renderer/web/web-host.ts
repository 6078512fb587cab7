/**
 * The web build's stand-in for Electron's preload: connects to the worker that runs the core,
 * exposes `window.lenses` built by the same createLensesApi over postMessage, and answers the
 * worker's file requests in this tab. Imported before the React app, so `window.lenses` exists
 * when it starts. Also registers the service worker (offline use) and asks for persistent storage.
 */
import workerUrl from '../../main/web/worker.ts?worker&url';
import { createLensesApi } from '../../main/ipc/api-client';
import type { Envelope, MenuCommand } from '../../main/ipc/contract';
import type { CoreState, PageMessage } from '../../main/web/worker-protocol';
import { STORAGE_PERSISTENCE_EVENT } from '../src/shell/storage-persistence';
import { answerFileRequest, DROPPED_ASSIGNMENT_EXTENSION, keepDroppedFile } from './page-files';
import { showProfileChanged, showStatus } from './status';
import { readWorkerMessage } from './worker-messages';

interface Endpoint {
  post(message: PageMessage): void;
  listen(listener: (data: unknown) => void): void;
}

function missingFeature(): string | null {
  if (typeof indexedDB === 'undefined') return 'this browser does not let Lenses store data (no IndexedDB; a private window may be the reason)';
  if (typeof Worker === 'undefined') return 'this browser cannot run Lenses in the background (no web workers)';
  return null;
}

function connect(): Endpoint {
  const options: WorkerOptions = { type: 'module', name: 'lenses-core' };
  if (typeof SharedWorker === 'function') {
    const worker = new SharedWorker(workerUrl, options);
    worker.addEventListener('error', () => showStatus('failed', 'Lenses could not start its background worker in this browser.'));
    const port = worker.port;
    return {
      post: (message) => port.postMessage(message),
      listen(listener) {
        port.addEventListener('message', (event) => listener(event.data));
        port.start();
      },
    };
  }
  const worker = new Worker(workerUrl, options);
  worker.addEventListener('error', () => showStatus('failed', 'Lenses could not start its background worker in this browser.'));
  return {
    post: (message) => worker.postMessage(message),
    listen: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
  };
}

const menuListeners = new Set<(command: MenuCommand) => void>();

function install(endpoint: Endpoint): void {
  let nextId = 1;
  const waiting = new Map<number, (envelope: Envelope<unknown>) => void>();
  let state: CoreState = 'starting';

  endpoint.listen((data) => {
    const message = readWorkerMessage(data);
    if (!message) return;
    switch (message.type) {
      case 'result': {
        const resolve = waiting.get(message.id);
        waiting.delete(message.id);
        resolve?.(message.envelope as Envelope<unknown>);
        return;
      }
      case 'file-request':
        void answerFileRequest(message.request).then((answer) => endpoint.post({ type: 'file-answer', id: message.id, answer }));
        return;
      case 'status':
        state = message.state;
        showStatus(message.state, message.message);
        return;
      case 'profile-changed':
        showProfileChanged();
        return;
    }
  });

  const api = createLensesApi(
    (channel, input) =>
      new Promise<Envelope<unknown>>((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        endpoint.post({ type: 'call', id, channel, input });
      }),
    (listener) => {
      menuListeners.add(listener);
      return () => void menuListeners.delete(listener);
    },
    // Files reach the page as File objects, never as paths: a dropped assignment goes through
    // "Open an assignment" (below), which asks this tab for the file.
    { subscribeOpenFile: () => () => {}, fileToken: async () => null },
  );
  Object.defineProperty(window, 'lenses', { value: api, writable: false, configurable: false });

  window.addEventListener('pagehide', (event) => {
    if (!event.persisted && state !== 'failed') endpoint.post({ type: 'bye' });
  });
}

/** An assignment file dropped on the window opens like "Open an assignment", with the dropped file as the answer. */
function acceptDroppedAssignments(): void {
  const isAssignment = (file: File) => file.name.toLowerCase().endsWith(`.${DROPPED_ASSIGNMENT_EXTENSION}`);
  window.addEventListener(
    'drop',
    (event) => {
      const file = [...(event.dataTransfer?.files ?? [])].find(isAssignment);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      keepDroppedFile(file);
      for (const listener of menuListeners) listener('open-assignment');
    },
    { capture: true },
  );
}

function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.warn('[lenses] offline use is not available:', error));
}

/** Ask the browser not to clear Lenses' data when space runs low; the app says so when it may. */
function askForPersistentStorage(): void {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return;
  storage
    .persisted()
    .then((already) => already || storage.persist())
    .then(
      (granted) => window.dispatchEvent(new CustomEvent(STORAGE_PERSISTENCE_EVENT, { detail: granted })),
      () => window.dispatchEvent(new CustomEvent(STORAGE_PERSISTENCE_EVENT, { detail: false })),
    );
}

const missing = missingFeature();
if (missing) {
  showStatus('failed', `Lenses cannot run in this browser: ${missing}.`);
} else {
  try {
    install(connect());
    acceptDroppedAssignments();
  } catch (error) {
    showStatus('failed', `Lenses could not start in this browser: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // After the first paint: neither is needed to show the app.
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

function afterLoad(): void {
  registerServiceWorker();
  askForPersistentStorage();
}
