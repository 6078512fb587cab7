/**
 * Benchmark: importing a class's results files into the class overview.
 * Run with `npx tsx tests/bench/assignments.bench.ts`. Prints JSON.
 *
 * For 30 and 1,000 generated results files (an assessment of all 44 seed exercises; each file
 * ~18 KB as the student's Lenses writes it), in a fresh user-data folder each run: import them from
 * a folder on disk (importResultsFromPaths: look up each file in the folder, read it, parse and
 * validate it with zod, check its assignment, version, answers and name/submission against those
 * already in, then one atomic, fsynced write of the whole results store), then build the overview
 * (getClassOverview: grade every answer with the teacher copy, from the results just stored, which
 * the store keeps in memory). The timed figure is those two steps together; writing the files
 * before, and reading the store back from disk after a restart (`overviewAfterRestartMs`, printed
 * beside it), are outside it. The generated class answers each exercise in two ways (fully right or
 * fully wrong), so grading each different answer once (class-overview.ts) does most here; a class
 * whose answers all differ grades more (tests/unit/class-overview-random.test.ts checks the results
 * are the same). Budget (issue 15): import and overview of 1,000 files within 1,000 ms (1,523 ms
 * when the issue was written), growing linearly. CPU time is printed too: it is steadier than
 * wall-clock time on a busy machine; the main thread's own CPU time (`mainThreadCpuMs`, Linux only)
 * is the work the import and overview put on the thread that runs them: where `totalMs` is well
 * above it, the machine was busy with other work (on a shared 2-core machine, runs of the same code
 * minutes apart differed by half as much again and more). Five runs per size, their median. This
 * bench runs in its own process in `npm run bench` (after the startup, web and progress benches,
 * before the analysis one), so nothing measured before it shares its heap.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createSeedAssignment, generatedResultsText, makeServices, teacherCopy, TEACHER_PIN, unlockedTeacher } from '../support/assignments';

const RUNS = 5;
const BUDGET_MS = 1000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** CPU time of this process's main thread so far, in ms (Linux: the scheduler's figure for the thread); null elsewhere. */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

async function once(count: number) {
  const t = await unlockedTeacher();
  const id = await createSeedAssignment(t.handlers, 'assessment');
  const copy = await teacherCopy(t.dir, id);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lenses-bench-results-'));
  let bytes = 0;
  for (let s = 0; s < count; s += 1) {
    const text = generatedResultsText(copy, s);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(folder, `student-${s}.lensesresults`), text);
  }

  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuMs();
  const start = performance.now();
  const report = await t.handlers.importResultsFromPaths({ assignmentId: id, files: [t.picked.grant(folder)] });
  const imported = performance.now();
  const overview = await t.handlers.getClassOverview({ assignmentId: id });
  const done = performance.now();
  const used = process.cpuUsage(cpu);
  const mainCpuAfter = mainThreadCpuMs();
  if (report.imported.length !== count || report.rejected.length !== 0 || overview.students.length !== count) {
    throw new Error(`expected ${count} imported, got ${report.imported.length} (${report.rejected.length} rejected)`);
  }

  const restarted = await makeServices({ dir: t.dir });
  await restarted.handlers.unlockTeacher({ pin: TEACHER_PIN });
  const coldStart = performance.now();
  await restarted.handlers.getClassOverview({ assignmentId: id });
  const coldMs = performance.now() - coldStart;

  await rm(folder, { recursive: true, force: true });
  await rm(t.dir, { recursive: true, force: true });
  return { importMs: imported - start, overviewMs: done - imported, totalMs: done - start, totalCpuMs: (used.user + used.system) / 1000, mainThreadCpuMs: mainCpu === null || mainCpuAfter === null ? Number.NaN : mainCpuAfter - mainCpu, coldOverviewMs: coldMs, averageFileBytes: bytes / count };
}

async function measure(count: number) {
  const runs: Array<Awaited<ReturnType<typeof once>>> = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await once(count));
  const pick = (k: keyof (typeof runs)[number]) => round(median(runs.map((r) => r[k])));
  return {
    files: count,
    averageFileKB: round(pick('averageFileBytes') / 1024),
    importMs: pick('importMs'),
    overviewMs: pick('overviewMs'),
    totalMs: pick('totalMs'),
    totalCpuMs: pick('totalCpuMs'),
    mainThreadCpuMs: Number.isNaN(pick('mainThreadCpuMs')) ? null : pick('mainThreadCpuMs'),
    perFileMs: round(pick('totalMs') / count, 2),
    overviewAfterRestartMs: pick('coldOverviewMs'),
  };
}

async function main() {
  await once(5); // warm up: module loading, JIT, the seed set
  const small = await measure(30);
  const large = await measure(1000);
  const growth = large.totalMs / small.totalMs;
  console.log(
    JSON.stringify(
      {
        machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
        runsPerSize: RUNS,
        sizes: [small, large],
        growth: {
          totalRatio: round(growth, 2),
          linearRatio: round(1000 / 30, 2),
          perFileRatio: round(large.perFileMs / small.perFileMs, 2),
        },
        budget: {
          figure: 'import 1,000 results files into the class overview (import and overview)',
          budgetMs: BUDGET_MS,
          totalMs: large.totalMs,
          met: large.totalMs <= BUDGET_MS,
          growth: 'linear: per-file time for 1,000 files at most that for 30',
          growthMet: large.perFileMs <= small.perFileMs * 1.1,
        },
      },
      null,
      2,
    ),
  );
}

await main();
