/**
 * Progress storage benchmark. Run: `npx tsx tests/bench/progress-bench.ts` (prints JSON).
 *
 * - append: one attempt appended durably (write + fdatasync), median and p95 over 500 appends,
 *   at the store and through the recordAttempt handler (content check + validation included);
 * - open and summary of journals holding 10,000 and 100,000 attempts: read whole (no checkpoint,
 *   median of 3), then with a checkpoint and CHECKPOINT_EVERY - 1 lines after it: the store alone,
 *   the summary alone, and end to end (new services, openProfile, getProgress), first run and
 *   median of 5, with the growth ratio from 10,000 to 100,000 and issue 15's budget (≤ 150 ms for
 *   100,000, growth far below linear).
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AttemptRecord } from '../../content/progress/attempt-record';
import { CHECKPOINT_EVERY, openAttemptStore } from '../../main/progress/attempt-store';
import { checkpointKey } from '../../main/progress/progress-checkpoint';
import { encodeRecord } from '../../main/progress/journal-lines';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import { shippedFromFolder } from '../../main/content/shipped-from-folder';
import { buildContentIndex } from '../../main/progress/progress-service';
import { createContentRepository } from '../../main/content/content-repository';
import { attemptInput, makeServices, progressContentDir } from '../support/progress-helpers';

const BUDGET_MS = 150;
const round = (n: number) => Math.round(n * 100) / 100;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}
/** Wall-clock and CPU milliseconds (CPU time is steadier when the machine is busy with other work). */
async function timeCpu<T>(fn: () => Promise<T> | T): Promise<[number, number, T]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return [performance.now() - start, (used.user + used.system) / 1000, value];
}

const EXERCISES: Array<[string, string, 'choice' | 'written']> = [
  ['tiny', 'attr-1', 'choice'],
  ['tiny', 'attr-2', 'choice'],
  ['tiny', 'num-1', 'choice'],
  ['tiny', 'frame-1', 'written'],
  ['tiny-two', 'attr-1', 'choice'],
  ['tiny-two', 'num-2', 'choice'],
];

/** A plausible history: one attempt every few minutes, a written answer (200–1,200 characters) one time in six. */
function syntheticRecord(i: number, profileId: string, start: number): AttemptRecord {
  const [setId, exerciseId, type] = EXERCISES[i % EXERCISES.length]!;
  const at = new Date(start + i * 173_000).toISOString();
  return {
    id: randomUUID(),
    profileId,
    setId,
    exerciseId,
    contentVersion: 1,
    answer: type === 'written' ? { type, text: 'The report does not say who fired. '.repeat(6 + (i % 30)), selfCheck: [true, i % 2 === 0] } : { type, selected: [i % 3 ? 'right' : 'wrong'] },
    score: (i % 5) / 4,
    correct: i % 5 === 4,
    hintsUsed: i % 3,
    revealed: i % 17 === 0,
    timeSpentMs: 5_000 + (i % 60) * 1_000,
    startedAt: at,
    submittedAt: at,
  };
}

async function benchAppend(root: string) {
  const store = await openAttemptStore({ key: 'attempts.jsonl', profileId: 'bench', storage: createNodeStorage(path.join(root, 'append')), now: () => new Date() });
  const start = Date.now();
  const store_ms: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const record = AttemptRecord.parse(syntheticRecord(i, 'bench', start));
    const [ms, result] = await time(() => store.add([record]));
    if (!result.storage.ok) throw new Error(result.storage.message);
    store_ms.push(ms);
  }
  const services = await makeServices(path.join(root, 'append-services'));
  await services.handlers.createProfile({ name: 'Bench' });
  const handler_ms: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const [ms] = await time(() => services.handlers.recordAttempt(attemptInput({ exerciseId: i % 2 ? 'attr-1' : 'num-1' })));
    handler_ms.push(ms);
  }
  await services.close();
  return {
    count: 500,
    store: { medianMs: round(median(store_ms)), p95Ms: round(percentile(store_ms, 95)) },
    recordAttemptHandler: { medianMs: round(median(handler_ms)), p95Ms: round(percentile(handler_ms, 95)) },
  };
}

/** Lines appended after the checkpoint before the checkpointed figures are taken (a checkpoint is written every CHECKPOINT_EVERY lines). */
const TAIL = CHECKPOINT_EVERY - 1;

async function benchSize(root: string, count: number) {
  const dir = path.join(root, `size-${count}`);
  const setup = await makeServices(dir);
  const profile = await setup.handlers.createProfile({ name: `Bench ${count}` });
  await setup.close();
  const key = `profiles/${profile.id}/attempts.jsonl`;
  const file = path.join(dir, ...key.split('/'));
  const checkpoint = path.join(dir, ...checkpointKey(key).split('/'));
  const start = Date.parse('2023-09-01T08:00:00.000Z');
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) lines.push(encodeRecord(syntheticRecord(i, profile.id, start)));
  await writeFile(file, lines.join(''));
  const bytes = (await stat(file)).size;
  const index = await buildContentIndex(createContentRepository(shippedFromFolder(progressContentDir)));
  const openStore = () => openAttemptStore({ key, profileId: profile.id, storage: createNodeStorage(dir), now: () => new Date() });

  // The journal read whole: no checkpoint (the first open after this change, or after a damaged checkpoint).
  const whole_ms: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await rm(checkpoint, { force: true });
    const [ms, store] = await time(async () => {
      const opened = await openStore();
      if (opened.summarise(index, { profileId: profile.id }).totalAttempts !== count) throw new Error('the summary is wrong');
      return opened;
    });
    if (store.opened.fromCheckpoint || store.opened.damagedLines !== 0) throw new Error('the journal did not read back whole');
    await store.flush(); // the checkpoint is written after opening
    whole_ms.push(ms);
  }
  // Attempts after the checkpoint, fewer than make the next one.
  await appendFile(file, Array.from({ length: TAIL }, (_, i) => encodeRecord(syntheticRecord(count + i, profile.id, start))).join(''));

  const open_ms: number[] = [];
  const summary_ms: number[] = [];
  const endToEnd_ms: number[] = [];
  const endToEndCpu_ms: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const [openMs, store] = await time(openStore);
    if (!store.opened.fromCheckpoint || store.opened.linesRead !== TAIL) throw new Error('the checkpoint was not used');
    const [summaryMs, summary] = await time(() => store.summarise(index, { profileId: profile.id }));
    if (summary.totalAttempts !== count + TAIL) throw new Error('the summary is wrong');
    open_ms.push(openMs);
    summary_ms.push(summaryMs);

    const [e2eMs, e2eCpuMs] = await timeCpu(async () => {
      const services = await makeServices(dir);
      await services.handlers.openProfile({ profileId: profile.id });
      const s = await services.handlers.getProgress({});
      if (s.totalAttempts !== count + TAIL) throw new Error('the summary is wrong');
      await services.close();
    });
    endToEnd_ms.push(e2eMs);
    endToEndCpu_ms.push(e2eCpuMs);
  }
  return {
    attempts: count,
    fileMB: round(bytes / 1024 / 1024),
    journalReadWholeMs: { first: round(whole_ms[0]!), median: round(median(whole_ms)) },
    linesAfterCheckpoint: TAIL,
    openMs: { first: round(open_ms[0]!), median: round(median(open_ms)) },
    summaryMs: { first: round(summary_ms[0]!), median: round(median(summary_ms)) },
    openProfileAndGetProgressMs: { first: round(endToEnd_ms[0]!), median: round(median(endToEnd_ms)), cpuMedian: round(median(endToEndCpu_ms)) },
  };
}

const root = await mkdtemp(path.join(os.tmpdir(), 'lenses-bench-'));
try {
  const append = await benchAppend(root);
  const small = await benchSize(root, 10_000);
  const large = await benchSize(root, 100_000);
  const ratio = (a: { median: number }, b: { median: number }) => round(b.median / a.median);
  console.log(
    JSON.stringify(
      {
        benchmark: 'progress-storage',
        node: process.version,
        /** Load average when the run ended: other work on the machine slows the wall-clock figures. */
        loadAverage: os.loadavg().map(round),
        cpus: os.cpus().length,
        platform: `${process.platform}-${process.arch}`,
        appendOneAttemptDurably: append,
        journals: [small, large],
        growth10kTo100k: {
          journalReadWhole: ratio(small.journalReadWholeMs, large.journalReadWholeMs),
          open: ratio(small.openMs, large.openMs),
          summary: ratio(small.summaryMs, large.summaryMs),
          openProfileAndGetProgress: ratio(small.openProfileAndGetProgressMs, large.openProfileAndGetProgressMs),
          openProfileAndGetProgressCpu: round(large.openProfileAndGetProgressMs.cpuMedian / small.openProfileAndGetProgressMs.cpuMedian),
        },
        // Issue 15: open a profile with 100,000 attempts and compute its progress (523 ms before the checkpoint).
        budget: {
          openProfileAndGetProgress100k: { budgetMs: BUDGET_MS, medianMs: large.openProfileAndGetProgressMs.median, met: large.openProfileAndGetProgressMs.median <= BUDGET_MS },
          growth10kTo100k: { budget: 'far below linear (10): under 3', ratio: ratio(small.openProfileAndGetProgressMs, large.openProfileAndGetProgressMs), met: ratio(small.openProfileAndGetProgressMs, large.openProfileAndGetProgressMs) < 3 },
        },
      },
      null,
      2,
    ),
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
