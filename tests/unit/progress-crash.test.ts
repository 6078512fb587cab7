import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { AttemptRecord } from '../../content/progress/attempt-record';
import { openAttemptStore } from '../../main/progress/attempt-store';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import { makeServices, tempDir, removeTempDirs } from '../support/progress-helpers';

afterAll(removeTempDirs);

const child = path.resolve('tests/support/append-attempts-child.ts');

/** Run the child until it has written `atLeast` attempts plus a random extra moment, then SIGKILL it. */
function runAndKill(userDataDir: string, profileId: string, atLeast: number): Promise<AttemptRecord[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, userDataDir, profileId], { stdio: ['ignore', 'pipe', 'pipe'] });
    const written: AttemptRecord[] = [];
    let stderr = '';
    let killing = false;
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: proc.stdout }).on('line', (line) => {
      if (!line.startsWith('written ')) return;
      written.push(JSON.parse(line.slice('written '.length)) as AttemptRecord);
      if (written.length >= atLeast && !killing) {
        killing = true;
        // Kill at a random moment in the middle of further appends.
        setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 40));
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(written);
      else reject(new Error(`the child ended by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('a process killed while appending attempts', () => {
  it('loses at most the record being written, and never damages earlier ones', async () => {
    const dir = await tempDir();
    const setup = await makeServices(dir);
    const profile = await setup.handlers.createProfile({ name: 'Crash test' });
    await setup.close();

    const reported = new Map<string, AttemptRecord>();
    const kills = 4;
    for (let round = 0; round < kills; round += 1) {
      for (const r of await runAndKill(dir, profile.id, 20 + round * 7)) reported.set(r.id, r);

      const services = await makeServices(dir);
      await services.handlers.openProfile({ profileId: profile.id });
      const summary = await services.handlers.getProgress({});
      const stored = new Map<string, AttemptRecord>();
      // Read the journal back through a fresh store to compare records field by field.
      const store = await openAttemptStore({ key: `profiles/${profile.id}/attempts.jsonl`, profileId: profile.id, storage: createNodeStorage(dir), now: () => new Date() });
      for (const r of await store.readAll()) stored.set(r.id, r);
      if (process.env.LENSES_CRASH_DEBUG) console.log({ round, reported: reported.size, stored: stored.size, damaged: store.opened.damagedLines, notices: summary.notices });

      for (const [id, r] of reported) expect(stored.get(id), `attempt ${id} reported as written`).toEqual(r);
      // Nothing else, except at most one attempt per kill that was written but not yet reported.
      expect(stored.size - reported.size).toBeGreaterThanOrEqual(0);
      expect(stored.size - reported.size).toBeLessThanOrEqual(round + 1);
      expect(summary.totalAttempts).toBe(stored.size);
      // If a line was torn, it was set aside (never deleted) and the student was told.
      if (store.opened.damagedLines > 0 || summary.notices.length > 0) {
        const aside = (await readdir(path.join(dir, 'profiles', profile.id))).filter((n) => n.includes('.damaged-'));
        expect(aside.length).toBeGreaterThan(0);
      }
      await services.close();
    }
  }, 60_000);
});
