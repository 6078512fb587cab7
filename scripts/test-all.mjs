// `npm test`: every layer, one summary. Content check, build (desktop and web), unit tests (Vitest: tests/unit in Node, the renderer's tests in happy-dom),
// browser end-to-end (Playwright, real Chromium: the harness and the web build) and the Electron end-to-end test (skipped with a
// printed reason where no Electron binary exists). Ends with "N passed, N failed[, N skipped]".
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const out = 'test-results';
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const skipReasons = [];

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** Run a command with its output held back; resolves with its status and what it printed, in order. */
function runQuietly(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', (error) => resolve({ ok: false, output: `${error.message}\n` }));
    child.on('close', (status) => resolve({ ok: status === 0, output: Buffer.concat(output).toString() }));
  });
}

/** Several commands at once (CI has two cores; each of these leaves one mostly idle): each one's output printed whole, in the order given. */
async function runTogether(steps) {
  const results = await Promise.all(steps.map(([, command, args]) => runQuietly(command, args)));
  steps.forEach(([title], i) => {
    console.log(`\n▶ ${title}`);
    process.stdout.write(results[i].output);
  });
  return results.map((r) => r.ok);
}

// 1. Content check (one check), beside 2. the build (the browser and Electron layers test the
// built app; the web project tests dist/web). The build is `npm run build` and `npm run build:web`,
// with their shared first step (Compare's prepared views) done once and the rest side by side.
const [contentOk, viewsOk] = await runTogether([
  ['content:check', 'npx', ['tsx', 'content/check.ts']],
  ['build:views (part of build and build:web)', 'npm', ['run', '-s', 'build:views']],
]);
if (contentOk) totals.passed += 1;
else totals.failed += 1;
const builtOk =
  viewsOk &&
  (
    await runTogether([
      ['build:renderer (build)', 'npm', ['run', '-s', 'build:renderer']],
      ['build:main (build)', 'npm', ['run', '-s', 'build:main']],
      ['build:web-bundle (build:web)', 'npm', ['run', '-s', 'build:web-bundle']],
    ])
  ).every(Boolean);
if (!builtOk) {
  totals.failed += 1;
  console.log(`\nThe build failed, so the browser and Electron layers cannot run.`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(1);
}

// 3. Unit tests: both Vitest projects (vitest.config.ts), Node's tests/unit and the renderer's renderer/src/**/*.test.ts[x] in happy-dom.
const vitestJson = `${out}/vitest.json`;
rmSync(vitestJson, { force: true });
run('unit tests (Vitest: Node, and the renderer in happy-dom)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A test file that fails to load has no test results: count it as a failure too.
  const broken = (v.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0);
  totals.failed += broken.length;
  for (const f of broken) console.log(`unit test file failed to load: ${f.name}`);
} else {
  totals.failed += 1;
  console.log('Vitest wrote no results.');
}

// 4. Browser and Electron end-to-end (Playwright).
const pwJson = `${out}/playwright.json`;
rmSync(pwJson, { force: true });
run('end-to-end (Playwright: real Chromium; Electron where a binary exists)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
});
if (existsSync(pwJson)) {
  const p = JSON.parse(readFileSync(pwJson, 'utf8'));
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'skipped') {
          totals.skipped += 1;
          const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
          skipReasons.push(`${spec.title}: ${reason}`);
        } else if (t.status === 'expected' || t.status === 'flaky') totals.passed += 1;
        else totals.failed += 1;
      }
    }
    for (const s of suite.suites ?? []) visit(s);
  };
  for (const s of p.suites ?? []) visit(s);
  for (const e of p.errors ?? []) {
    totals.failed += 1;
    console.log(`Playwright error: ${e.message ?? e}`);
  }
} else {
  totals.failed += 1;
  console.log('Playwright wrote no results.');
}

console.log('');
for (const r of skipReasons) console.log(`skipped: ${r}`);
console.log(`Screenshots: ${out}/screens/`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
