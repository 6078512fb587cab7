/** The disk storage: the conformance suite over a fresh temporary folder per test. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import { describeStorageConformance } from './storage-conformance';

const folders: string[] = [];

describeStorageConformance('Node (files on disk)', async (faults) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lenses-storage-'));
  folders.push(folder);
  return createNodeStorage(folder, faults);
});

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});
