/**
 * Fills in (or re-checks) `start`/`end` in tests/fixtures/analysis/{,holdout/}*.expected.json from each
 * span's quotation, context and occurrence. Run: npx tsx tests/support/analysis-fixture-offsets.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIR, HOLDOUT_DIR, fixtureNames, readAuthored, resolveSpan, type AuthoredSpan } from './analysis-fixtures';

let failures = 0;
for (const [dir, name] of [FIXTURE_DIR, HOLDOUT_DIR].flatMap((d) => fixtureNames(d).map((n) => [d, n] as const))) {
  const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const out: AuthoredSpan[] = [];
  for (const span of readAuthored(name, dir)) {
    try {
      const { start, end } = resolveSpan(text, span);
      out.push({ kind: span.kind, text: span.text, ...(span.context === undefined ? {} : { context: span.context }), ...(span.occurrence === undefined ? {} : { occurrence: span.occurrence }), start, end });
    } catch (error) {
      failures += 1;
      console.error(`${name}: ${(error as Error).message}`);
      out.push(span);
    }
  }
  out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0));
  const body = out.map((s) => `  ${JSON.stringify(s)}`).join(',\n');
  writeFileSync(path.join(dir, `${name}.expected.json`), `{\n "spans": [\n${body}\n ]\n}\n`);
  console.log(`${name}: ${out.length} spans`);
}
process.exitCode = failures ? 1 : 0;
