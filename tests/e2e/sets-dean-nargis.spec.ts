import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test, expect, type Page } from './fixtures';
import { dragSelect } from './text-selection';
import { putInOrder } from './order-steps';
import type { ArticleSet } from '../../content/schema/article-set';
import type { Exercise, ExerciseBank } from '../../content/schema/exercise';

// School laptops: the commonest screen.
test.use({ viewport: { width: 1366, height: 768 } });

const load = (setId: string) => ({
  set: JSON.parse(readFileSync(`content/sets/${setId}/set.json`, 'utf8')) as ArticleSet,
  bank: JSON.parse(readFileSync(`content/sets/${setId}/exercises.json`, 'utf8')) as ExerciseBank,
});
const dean = load('hurricane-dean-2007');
const nargis = load('cyclone-nargis-2008');

function exercise<T extends Exercise['type']>(bank: ExerciseBank, id: string, type: T): Extract<Exercise, { type: T }> {
  const e = bank.exercises.find((x) => x.id === id);
  if (!e || e.type !== type) throw new Error(`no ${type} exercise ${id}`);
  return e as Extract<Exercise, { type: T }>;
}
/** The words of a column as a reader sees them, without the highlight labels meant for screen readers. */
const shownText = (region: Locator) =>
  region.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
const feedback = (page: Page) => page.getByRole('status').filter({ hasText: /Correct|Not quite|Partly/ });

async function checkAnswer(page: Page) {
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback(page)).toContainText('✓ Correct');
  await expect(page.locator('mark.hl-explain').first()).toBeVisible();
}

test.describe('the Hurricane Dean and Cyclone Nargis sets', () => {
  test('Hurricane Dean: four texts side by side, each with its outlet and date, the missing headline not invented', async ({ page, harness }) => {
    await harness.open('#/compare/hurricane-dean-2007');
    await expect(page.getByRole('heading', { level: 1, name: /Compare: Hurricane Dean, August 2007/ })).toBeVisible();
    await expect(page.locator('.article-column')).toHaveCount(dean.set.articles.length);
    const voa = page.getByRole('region', { name: /VOA, 23 August 2007/ });
    await expect(voa).toContainText(/Outlet\s*Voice of America \(VOA\)/);
    await expect(voa).toContainText('23 August 2007 (inferred)');
    // The story starts with its first sentence: there is no headline to show.
    await expect(voa.getByRole('heading', { name: /National Hurricane Center/ })).toHaveCount(0);
    // Its column name is a label by Lenses, said once in the key above the columns.
    await expect(page.getByText(/Article names are short titles given by Lenses/)).toBeVisible();
    expect(await shownText(voa)).toContain('The U.S. National Hurricane Center has downgraded tropical storm Dean to a tropical depression.');
    // Text as published, typos included.
    expect(await shownText(page.getByRole('region', { name: /Hurricane Dean over the Yucatan Peninsula/ }))).toContain('shows Hurrican Dean over the Yucatan Peninsula');
    await expect(page.getByRole('region', { name: /Weakening Dean makes landfall/ })).toContainText(/Outlet\s*Wikinews/);
    await harness.screenshot('sets18-compare-dean');
    await harness.axe();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await harness.screenshot('sets18-compare-dean-wide');
  });

  // Desktop host only (`@one-host`): the web build takes every set's exercises the same way (one
  // import.meta.glob over content/sets), and on the web host new-sets.spec.ts builds an assignment
  // from each set's exercises and exercises.spec.ts answers every type in the exercise player.
  test('Hurricane Dean: one exercise of each family', { tag: ['@one-host'] }, async ({ page, harness }) => {
    // Attribution: select who downgraded the storm.
    const find = exercise(dean.bank, 'attr-find-who-downgraded', 'find');
    await harness.open(`#/exercises/hurricane-dean-2007/${find.id}`);
    await expect(page.getByRole('heading', { name: find.prompt })).toBeVisible();
    await dragSelect(page, 'b1', 'National Hurricane Center');
    await expect(page.getByRole('heading', { name: 'Your selections (1)' })).toBeVisible();
    await checkAnswer(page);
    await harness.screenshot('sets18-dean-attribution-find');

    // Framing: the headline and the lead describe different hours, not a contradiction.
    const choice = exercise(dean.bank, 'frame-choice-weakening-headline', 'choice');
    await harness.open(`#/exercises/hurricane-dean-2007/${choice.id}`);
    await page.getByRole('radio', { name: choice.options.find((o) => !o.correct)!.text }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('Not quite');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('radio', { name: choice.options.find((o) => o.correct)!.text }).check();
    await checkAnswer(page);
    await harness.screenshot('sets18-dean-framing-choice');

    // Numbers: the toll in the order of the reports, up and then down.
    const order = exercise(dean.bank, 'num-order-death-toll', 'order');
    await harness.open(`#/exercises/hurricane-dean-2007/${order.id}`);
    await putInOrder(page, order);
    await checkAnswer(page);
    await expect(page.getByText(order.explanation.text)).toBeVisible();
    await harness.screenshot('sets18-dean-numbers-order');
    await harness.axe();
  });

  test('Cyclone Nargis: five texts side by side, each with its outlet and date', async ({ page, harness }) => {
    await harness.open('#/compare/cyclone-nargis-2008');
    await expect(page.getByRole('heading', { level: 1, name: /Compare: Cyclone Nargis/ })).toBeVisible();
    await expect(page.locator('.article-column')).toHaveCount(nargis.set.articles.length);
    const usgs = page.getByRole('region', { name: /Cyclone Nargis — 2008/ });
    await expect(usgs).toContainText(/Outlet\s*U\.S\. Geological Survey/);
    await expect(usgs).toContainText('about 6–10 May 2008 (inferred)');
    expect(await shownText(usgs)).toContain('hit the coastal region of Myanamr on May 3, 2008');
    await expect(page.getByRole('region', { name: /Burma Says 78,000 Dead/ })).toContainText(/Outlet\s*Voice of America \(VOA\)/);
    await harness.screenshot('sets18-compare-nargis');
    await harness.axe();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await harness.screenshot('sets18-compare-nargis-wide');
  });

  // Desktop host only (`@one-host`), as Hurricane Dean's above.
  test('Cyclone Nargis: one exercise of each family', { tag: ['@one-host'] }, async ({ page, harness }) => {
    // Attribution: which phrases say who counted.
    const compare = exercise(nargis.bank, 'attr-compare-who-counts', 'compare');
    await harness.open(`#/exercises/cyclone-nargis-2008/${compare.id}`);
    const box = (quote: string) => page.getByRole('checkbox', { name: new RegExp('^' + quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    for (const p of compare.phrases.filter((x) => x.correct)) await box(p.ref.anchor.quote).check();
    await checkAnswer(page);
    await harness.screenshot('sets18-nargis-attribution-compare');

    // Framing: the idiom that frames the aid.
    const find = exercise(nargis.bank, 'frame-find-drop-in-bucket', 'find');
    await harness.open(`#/exercises/cyclone-nargis-2008/${find.id}`);
    await expect(page.getByRole('heading', { name: find.prompt })).toBeVisible();
    await dragSelect(page, 'b6', 'drop in the bucket');
    await expect(page.getByRole('heading', { name: 'Your selections (1)' })).toBeVisible();
    await checkAnswer(page);
    await harness.screenshot('sets18-nargis-framing-find');

    // Numbers: what each hedge tells you.
    const match = exercise(nargis.bank, 'num-match-hedges', 'match');
    await harness.open(`#/exercises/cyclone-nargis-2008/${match.id}`);
    const option = (id: string) => match.options.find((o) => o.id === id)!.text;
    for (const item of match.items) {
      await page.getByRole('combobox', { name: item.ref.anchor.quote, exact: true }).selectOption({ label: option(item.answer) });
    }
    await checkAnswer(page);
    await harness.screenshot('sets18-nargis-numbers-match');
    await harness.axe();
  });
});
