// `node scripts/under-load.mjs [--runs N] [-- command ...]`: runs a command (default `npm test`) N times
// in a row (default 3) while every core is kept busy by a load generator, to show that the suite
// waits for states and not for time. The load is bounded: it stops when the runs end, and at the
// latest after two hours. Prints each run's closing "N passed, N failed" line and exits non-zero
// when any run failed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
let runs = 3;
const dash = args.indexOf('--');
const own = dash === -1 ? args : args.slice(0, dash);
const command = dash === -1 ? ['npm', 'test'] : args.slice(dash + 1);
for (let i = 0; i < own.length; i += 1) {
  if (own[i] === '--runs') runs = Number(own[(i += 1)]);
}
if (!Number.isInteger(runs) || runs < 1 || command.length === 0) {
  console.error('usage: node scripts/under-load.mjs [--runs N] [-- command ...]');
  process.exit(2);
}

// One spinning thread per core, each stopping by itself after two hours.
const spin = `const end = Date.now() + 2 * 60 * 60 * 1000; let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e6; i += 1) x = (x * 31 + i) % 1000003; }`;
const cores = availableParallelism();
const load = Array.from({ length: cores }, () => new Worker(spin, { eval: true }));
console.log(`load: ${cores} busy thread(s), one per core; running \`${command.join(' ')}\` ${runs} time(s)`);

const results = [];
for (let run = 1; run <= runs; run += 1) {
  const started = Date.now();
  const closing = await new Promise((resolve) => {
    let last = '';
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      for (const line of String(chunk).split('\n')) if (/\d+ passed, \d+ failed/u.test(line)) last = line.trim();
    });
    child.on('close', (code) => resolve({ code, last }));
  });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  results.push({ run, ...closing, minutes });
  console.log(`\nrun ${run} of ${runs} under load: exit ${closing.code}, ${closing.last || 'no closing line'} (${minutes} min)`);
}
await Promise.all(load.map((w) => w.terminate()));

console.log('\nUnder load:');
for (const r of results) console.log(`run ${r.run}: ${r.last || 'no closing line'}, exit ${r.code}, ${r.minutes} min`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
