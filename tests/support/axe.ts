/**
 * An axe-core scan of a Playwright page, failing the test on any violation (all of axe-core's
 * default rules, the whole document).
 *
 * The app has no frames, so axe-core runs in the page itself: injected once per document (a later
 * scan of the same document reuses it) and run with `axe.run`, as @axe-core/playwright's own
 * legacy mode does. @axe-core/playwright's default mode runs each frame apart and then joins the
 * results in a blank tab it opens and closes for every scan, which cost about 4 s a scan here;
 * a page with frames still gets that full scan.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';

// The axe-core that @axe-core/playwright itself injects, so both paths run the same rules.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
let axeSource: string | null = null;
const source = () => (axeSource ??= readFileSync(fromBuilder.resolve('axe-core/axe.min.js'), 'utf8'));

const summary = (violations: Result[]) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);

export async function expectAxeClean(page: Page): Promise<void> {
  let violations: Result[];
  if (page.frames().length > 1) {
    violations = (await new AxeBuilder({ page }).analyze()).violations;
    // axe-core joins frames' results in a tab of its own; when it closes, another tab may come to
    // the front, and Chromium throttles the test's page.
    await page.bringToFront();
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source());
    violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      // Passes and incomplete checks are not needed: axe-core then keeps one node of each.
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
  }
  expect(summary(violations), 'axe-core violations').toEqual([]);
}
