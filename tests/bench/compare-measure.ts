/**
 * How the benchmarks time the Compare screen (run.ts, and compare-profile.ts while profiling):
 * a visit from the Library until five columns with their highlights are drawn, and layer toggles.
 * In-page code is passed as text: tsx would otherwise add helpers the page does not have.
 */
import type { Page } from '@playwright/test';

/** The Compare budgets of issue 15 (gaza-2023-24, five articles, every layer on). */
export const COMPARE_BUDGETS_MS = { firstVisitWithLoad: 150, laterVisits: 50, toggleP95: 8 };

/** In-page code: resolves with the time since `t0` once the gaza-2023-24 set's five columns and their marks are drawn. */
const RESOLVE_WHEN_DRAWN = `const check = () =>
      document.querySelectorAll('.article-column').length === 5 && document.querySelectorAll('mark.hl').length > 0
        ? requestAnimationFrame(() => resolve(performance.now() - t0))
        : requestAnimationFrame(check);
    check();`;

/** Milliseconds from leaving the Library until the gaza-2023-24 set's five columns and their marks are on screen. */
export function visitCompare(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    location.hash = '#/compare/gaza-2023-24';
    ${RESOLVE_WHEN_DRAWN}
  })`) as Promise<number>;
}

/**
 * A student's first visit: the Library has been on screen for a second (the page idle meanwhile,
 * as when a student reads it), the pointer rests on the set's "Read side by side" link for 150 ms,
 * then the link is clicked. Milliseconds from the click until the five columns and their marks
 * are on screen. Not the budget's figure (visitCompare's, with no time and no pointer first).
 */
export async function visitCompareAsStudent(page: Page): Promise<number> {
  await page.waitForTimeout(1000);
  const link = page.locator('a[href="#/compare/gaza-2023-24"]');
  await link.hover();
  await page.waitForTimeout(150);
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('a[href="#/compare/gaza-2023-24"]').click();
    ${RESOLVE_WHEN_DRAWN}
  })`) as Promise<number>;
}

/** Milliseconds of one call for the gaza-2023-24 set's Compare view, as the screen makes it (the answer is about 200 KB of text). */
export function timeCompareViewCall(page: Page): Promise<number> {
  return page.evaluate(`(async () => {
    const t0 = performance.now();
    await window.lenses.getCompareView({ id: 'gaza-2023-24' });
    return performance.now() - t0;
  })()`) as Promise<number>;
}

/**
 * Switch the Numbers layer `times` times, one switch a frame. React flushes discrete events (a
 * click) synchronously, so the time around click() includes the re-render.
 */
export function toggleLayer(page: Page, times = 30): Promise<number[]> {
  return page.evaluate(`(async () => {
    const box = [...document.querySelectorAll('.layer-controls input[type=checkbox]')][1];
    const times = [];
    for (let i = 0; i < ${times}; i += 1) {
      const t0 = performance.now();
      box.click();
      times.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return times;
  })()`) as Promise<number[]>;
}
