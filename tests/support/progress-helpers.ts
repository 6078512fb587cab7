/** Shared helpers for the progress tests: temp folders, services over fixture content, a faulty disk. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type ServiceOptions, type Services } from '../../main/services';
import type { Storage } from '../../main/platform/storage/storage';
import type { AttemptInput } from '../../content/progress/progress-schemas';
import type { DialogPort, OpenedFile } from '../../main/platform/files/dialogs';

/** Two small sets: "tiny" (attr-1, attr-2 attribution; num-1 numbers; frame-1 framing, written) and "tiny-two" (attr-1, num-2). */
export const progressContentDir = path.resolve('tests/fixtures/progress-content');

const made: string[] = [];
export async function tempDir(prefix = 'lenses-progress-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
/** Remove the folders tempDir made (call from afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export function makeServices(userDataDir: string, extra: Partial<ServiceOptions> = {}): Promise<Services> {
  return createServices({ userDataDir, contentDir: progressContentDir, appVersion: '0.0.0-test', host: 'test-harness', ...extra });
}

export function attemptInput(overrides: Partial<AttemptInput> = {}): AttemptInput {
  return {
    setId: 'tiny',
    exerciseId: 'attr-1',
    contentVersion: 1,
    answer: { type: 'choice', selected: ['right'] },
    score: 1,
    correct: true,
    hintsUsed: 0,
    revealed: false,
    timeSpentMs: 4200,
    startedAt: '2024-05-01T09:30:00.000Z',
    ...overrides,
  };
}

export type FaultCode = 'ENOSPC' | 'EROFS' | 'EACCES' | 'EBUSY' | 'EPERM';

/**
 * The real file system, except that while `fault` is set every write fails with that code. With
 * `tearFirst`, an append writes the first half of its text before failing (a write cut short).
 */
export function faultyStorage() {
  const control: { fault: FaultCode | null; tearFirst: boolean; failedWrites: number } = { fault: null, tearFirst: false, failedWrites: 0 };
  const fail = () => {
    control.failedWrites += 1;
    return Object.assign(new Error(`${control.fault}: simulated failure`), { code: control.fault });
  };
  const wrap = (base: Storage): Storage => ({
    ...base,
    async appendDurably(file, text) {
      if (!control.fault) return base.appendDurably(file, text);
      if (control.tearFirst) await base.appendDurably(file, text.slice(0, Math.floor(text.length / 2)));
      throw fail();
    },
    async writeAtomically(file, data) {
      if (control.fault) throw fail();
      return base.writeAtomically(file, data);
    },
    async copyDurably(from, to) {
      if (control.fault) throw fail();
      return base.copyDurably(from, to);
    },
    async rename(from, to) {
      if (control.fault) throw fail();
      return base.rename(from, to);
    },
    async remove(key) {
      if (control.fault) throw fail();
      return base.remove(key);
    },
  });
  return { wrap, control };
}

/** A DialogPort that records what was saved and hands out the given files. */
export function fakeDialogs(files: OpenedFile[] = []) {
  const saved: Array<{ defaultName: string; content: string }> = [];
  const port: DialogPort = {
    async saveFile({ defaultName, content }) {
      saved.push({ defaultName, content });
      return { saved: true, path: `/exports/${defaultName}` };
    },
    async openFiles() {
      return files;
    },
  };
  return { port, saved, files };
}
