/**
 * The web build's "main process": the same core as Electron (createCore), over IndexedDB, in a
 * worker. Run as a SharedWorker, one core serves every tab of the origin; where the browser has
 * no SharedWorker, each tab starts a dedicated Worker and only the one holding the Web Lock opens
 * the storage, so two cores never write at once. (A SharedWorker takes the lock too: after an
 * update, the new version's worker waits until tabs of the old one are closed.)
 */
import { describeStorageError } from '../platform/storage/storage';
import { openIndexedDbStorage } from '../platform/storage/storage.web';
import { createWebCore } from './web-core';
import { createWorkerHost, type PortLike } from './worker-host';
import { CORE_LOCK_NAME, WEB_DATABASE_NAME } from './worker-protocol';

declare const __LENSES_VERSION__: string;

interface ConnectEvent extends Event {
  readonly ports: readonly MessagePort[];
}

const scope = globalThis as unknown as {
  addEventListener(type: 'connect', listener: (event: ConnectEvent) => void): void;
  navigator: { locks?: LockManager };
};
const shared = typeof (globalThis as { SharedWorkerGlobalScope?: unknown }).SharedWorkerGlobalScope === 'function';

const host = createWorkerHost({ log: (message, error) => console.error(`[lenses] ${message}`, error ?? '') });

if (shared) {
  scope.addEventListener('connect', (event) => {
    for (const port of event.ports) host.connect(port as unknown as PortLike);
  });
} else {
  host.connect(globalThis as unknown as PortLike);
}

/** Open the storage and serve; resolves only if starting failed (the lock is held for the worker's life). */
async function run(): Promise<void> {
  host.setState('starting');
  try {
    const storage = await openIndexedDbStorage({ name: WEB_DATABASE_NAME });
    const core = await createWebCore(host, storage, __LENSES_VERSION__);
    host.serve(core.handlers);
    host.setState('ready');
  } catch (error) {
    console.error('[lenses] the core could not start', error);
    host.setState('failed', `Lenses could not open its storage in this browser: ${describeStorageError(error)}.`);
    return;
  }
  await new Promise<never>(() => {});
}

async function start(): Promise<void> {
  const locks = scope.navigator.locks;
  if (!locks) {
    // A SharedWorker is one per origin already; a dedicated worker without locks could race another tab.
    if (shared) return run();
    host.setState('failed', 'This browser is too old for Lenses in a tab: it has neither shared workers nor Web Locks. Please update it.');
    return;
  }
  const gotIt = await locks.request(CORE_LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await run();
    return true;
  });
  if (gotIt) return;
  host.setState(
    'waiting-for-other-tab',
    shared
      ? 'Another version of Lenses is still open in another tab. Close that tab and Lenses continues here.'
      : 'This browser cannot share Lenses between tabs, and it is open in another tab. Close that tab and Lenses continues here.',
  );
  await locks.request(CORE_LOCK_NAME, () => run());
}

void start();
