/**
 * The core on the desktop and in the Node tests: storage in the user-data folder, the shipped
 * sets read from content/sets, and files by path from the disk. Created with the folders they work
 * in, so tests run the handlers under Node in a temporary folder and the browser test harness
 * serves the renderer with the very same handlers.
 */
import { createCore, type CoreOptions, type Services } from './core';
import { shippedFromFolder } from './content/shipped-from-folder';
import { createNodeStorage } from './platform/storage/storage.nodejs';
import type { Storage } from './platform/storage/storage';
import { createDiskPathFiles } from './platform/files/picked-from-disk.nodejs';
import { createPickedFiles, type PickedFiles } from './platform/files/picked-files';
import { articleThreadScript, threadArticleWorker } from './article-thread/host';

export type { Services };

export interface ServiceOptions extends Omit<CoreOptions, 'storage' | 'shipped' | 'host'> {
  userDataDir: string;
  /** The folder of shipped article sets (content/sets). */
  contentDir: string;
  host: 'electron' | 'test-harness';
  /** The files the person picked, by token (main grants them; default: a fresh, empty registry). */
  pickedFiles?: PickedFiles;
  /** Wrap the folder's storage (tests make it fail the way a full, read-only or locked disk does). */
  wrapStorage?: (storage: Storage) => Storage;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const { userDataDir, contentDir, wrapStorage, pickedFiles, ...rest } = options;
  const storage = createNodeStorage(userDataDir);
  // Imports and the analyser run in a worker thread with a time and memory limit: the window stays responsive.
  const articleWorker = threadArticleWorker({ script: articleThreadScript });
  const core = await createCore({
    pathFiles: createDiskPathFiles(pickedFiles ?? createPickedFiles()),
    articleWorker,
    ...rest,
    storage: wrapStorage ? wrapStorage(storage) : storage,
    shipped: shippedFromFolder(contentDir),
  });
  return {
    handlers: core.handlers,
    close: async () => {
      await core.close();
      await articleWorker.close();
    },
  };
}
