/**
 * The core as the web build runs it: createCore over the given storage (IndexedDB in the worker),
 * with the shipped sets bundled at build time and files, dialogs and printing in the calling tab.
 */
import { createCore, type Services } from '../core';
import { dialogsFromFilesPort } from '../platform/files/dialogs';
import type { Storage } from '../platform/storage/storage';
import { bundledShippedSets } from './shipped-sets';
import type { WorkerHost } from './worker-host';

export function createWebCore(host: WorkerHost, storage: Storage, appVersion: string): Promise<Services> {
  return createCore({
    storage,
    shipped: bundledShippedSets(),
    appVersion,
    host: 'web',
    teacherFiles: host.files,
    dialogs: dialogsFromFilesPort(host.files),
    printClassReport: host.printClassReport,
  });
}
