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

/** In-page code: resolves once the page is idle (an idle period of 40 ms or more: nothing left to do). */
const UNTIL_IDLE = `new Promise((resolve) => {
  const wait = () => requestIdleCallback((deadline) => (deadline.timeRemaining() >= 40 ? resolve(null) : wait()));
  wait();
})`;

/**
 * A student's first visit: the Library stays on screen until the page is idle (all it does after
 * drawing is done, as while a student reads it), the pointer rests on the set's "Read side by
 * side" link until the page is idle again, then the link is clicked. Milliseconds from the click
 * until the five columns and their marks are on screen. Not the budget's figure (visitCompare's:
 * the address set as soon as the Library shows, with no pointer first).
 */
export async function visitCompareAsStudent(page: Page): Promise<number> {
  await page.evaluate(UNTIL_IDLE);
  await page.locator('a[href="#/compare/gaza-2023-24"]').hover();
  await page.evaluate(UNTIL_IDLE);
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
