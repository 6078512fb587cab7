import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import type { ArticleSet } from '../../content/schema/article-set';
import type { Exercise, ExerciseBank } from '../../content/schema/exercise';
import { shippedSetIds } from '../support/shipped-sets';
import { unlockTeacher } from './teacher-steps';
import { putInOrder } from './order-steps';

const load = (id: string) => ({
  set: JSON.parse(readFileSync(`content/sets/${id}/set.json`, 'utf8')) as ArticleSet,
  bank: JSON.parse(readFileSync(`content/sets/${id}/exercises.json`, 'utf8')) as ExerciseBank,
});

/** One exercise of each family per new set: a provenance question, a framing choice, a toll or count over time. */
const NEW_SETS = [
  { id: 'haiti-2010-earthquake', families: { attribution: 'attr-prov-ap-input', framing: 'frame-choice-unparalleled-quotes', numbers: 'num-order-toll-over-time' } },
  { id: 'h1n1-2009', families: { attribution: 'attr-prov-check-source', framing: 'frame-choice-pandemic-caveat', numbers: 'num-order-cases' } },
] as const;

const verdict = (page: Page) => page.locator('.feedback .verdict');

async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

/** Answer a choice or order exercise right, by keyboard. */
async function answerRight(page: Page, e: Exercise) {
  if (e.type === 'choice') {
    for (const o of e.options.filter((x) => x.correct)) {
      await page.getByRole(e.multiple ? 'checkbox' : 'radio', { name: o.text }).focus();
      await page.keyboard.press('Space');
    }
  } else if (e.type === 'order') {
    await putInOrder(page, e);
  } else throw new Error(`no keyboard answer for ${e.type} here`);
}

test.describe('the Haiti and H1N1 sets', () => {
  test('the Library lists every shipped set with its subject and dates, and “About these texts”', async ({ page, harness }) => {
    await harness.open('#/library');
    const ids = shippedSetIds();
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const list = page.getByRole('list', { name: 'Article sets' });
    await expect(list.getByRole('listitem')).toHaveCount(ids.length);
    for (const id of ids) {
      const { set } = load(id);
      const card = list.getByRole('article', { name: set.title });
      await expect(card).toContainText(`Subject${set.topic}`);
      await expect(card.getByRole('link', { name: /^Read side by side/ })).toBeVisible();
    }
    await expect(list.getByRole('article', { name: load('haiti-2010-earthquake').set.title })).toContainText('15 January 2010 – 25 January 2010');
    await expect(list.getByRole('article', { name: load('h1n1-2009').set.title })).toContainText('24 April 2009 – 11 June 2009');
    await harness.screenshot('library-sets');
    await page.setViewportSize({ width: 1366, height: 768 });
    await harness.screenshot('library-sets-1366');
    await harness.axe();

    // "About these texts" from the Library: loads the set and lists every article's licence and credit.
    const h1n1 = load('h1n1-2009').set;
    const aboutButton = list.getByRole('article', { name: h1n1.title }).getByRole('button', { name: /^About these texts/ });
    await aboutButton.click();
    const dialog = page.getByRole('dialog', { name: 'About these texts' });
    await expect(dialog).toBeVisible();
    for (const a of h1n1.articles) {
      await expect(dialog.getByRole('heading', { level: 3, name: a.shortTitle })).toBeVisible();
      await expect(dialog).toContainText(a.provenance!.credit);
    }
    await expect(dialog).toContainText('Licence: CC BY 2.5');
    await expect(dialog).toContainText('Licence: Public domain (US government work)');
    await harness.axe();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(aboutButton).toBeFocused();
  });

  // Desktop host only (`@one-host`): the web build takes every shipped set the same way (one
  // import.meta.glob over content/sets, tests/unit/web-serve-and-build.test.ts); on the web host
  // the Library test above lists each set and opens h1n1's “About these texts”, the test below
  // builds an assignment from each set's exercises, sets-dean-nargis.spec.ts reads two more sets
  // side by side, and Compare and the exercise player run there on the Gaza set.
  for (const { id, families } of NEW_SETS) {
    test(`${id}: read side by side with licence and credit, “About these texts”, one exercise of each family`, { tag: ['@one-host'] }, async ({ page, harness }) => {
      test.setTimeout(180_000);
      const { set, bank } = load(id);
      await harness.open('#/library');
      await page.getByRole('article', { name: set.title }).getByRole('link', { name: /^Read side by side/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Compare: ${set.title}` })).toBeVisible();
      await expect(page.locator('.article-column')).toHaveCount(set.articles.length);
      await page.setViewportSize({ width: 1366, height: 768 });
      await harness.screenshot(`compare-${id}-1366`);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await harness.screenshot(`compare-${id}-wide`);
      // Each source card names the licence; "How we know" gives the credit, the address and notes on the copy.
      for (const a of set.articles) {
        const column = page.getByRole('region', { name: a.shortTitle, exact: true });
        const licence = a.provenance!.licence;
        // The source card is one line until opened; its details name the licence, then how we know.
        await column.locator('.source-card > summary').click();
        await expect(column.locator('.source-card')).toContainText(`Licence${licence.status === 'stated' ? licence.name : 'Licence not stated'}`);
        await expect(column.locator('.source-card')).toContainText(a.provenance!.credit);
        if (a.provenance!.originalUrl) await expect(column.locator('.source-card')).toContainText(a.provenance!.originalUrl);
      }
      await harness.screenshot(`compare-${id}-how-we-know-wide`);
      await harness.axe();

      await page.getByRole('button', { name: /^About these texts/ }).click();
      const dialog = page.getByRole('dialog', { name: 'About these texts' });
      await expect(dialog.getByRole('heading', { level: 3 })).toHaveCount(set.articles.length);
      await expect(dialog).toContainText('Some information for this report');
      await page.setViewportSize({ width: 1366, height: 768 });
      await harness.screenshot(`about-texts-${id}-1366`);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();

      for (const [family, exerciseId] of Object.entries(families)) {
        const e = bank.exercises.find((x) => x.id === exerciseId)!;
        expect(e.family).toBe(family);
        await harness.open(`#/exercises/${id}/${exerciseId}`);
        await expect(page.getByRole('heading', { name: e.prompt })).toBeVisible();
        await press(page, 'Show a hint');
        await expect(page.getByRole('note', { name: 'Hints' })).toContainText(e.hints[0]!);
        await answerRight(page, e);
        await press(page, 'Check answer');
        await expect(verdict(page)).toContainText('✓ Correct');
        await expect(page.getByRole('status').filter({ has: verdict(page) })).toContainText(e.explanation.text.slice(0, 40));
        await harness.screenshot(`exercise-${id}-${family}`);
      }
      await harness.axe();
    });
  }

  test('a teacher builds an assignment from each shipped set', async ({ page, harness }) => {
    test.setTimeout(120_000);
    await harness.open('#/teacher');
    await unlockTeacher(page, '24680', true);
    for (const id of shippedSetIds()) {
      const { set, bank } = load(id);
      const title = `Reading: ${set.topic}`;
      await page.getByRole('link', { name: 'Teacher', exact: true }).first().click();
      await page.getByRole('link', { name: 'New assignment' }).click();
      // The form is drawn before its fields are used (the Teacher page's own sections share words with their labels).
      await expect(page.getByRole('heading', { level: 1, name: 'New assignment' })).toBeVisible();
      await page.getByRole('combobox', { name: 'Article set', exact: true }).selectOption({ label: set.title });
      await expect(page.getByRole('checkbox', { name: set.articles[0]!.shortTitle })).toBeChecked();
      await page.getByLabel('Title').fill(title);
      const first = bank.exercises[0]!;
      await page.getByRole('button', { name: `Add: ${first.prompt}` }).click();
      await expect(page.getByRole('heading', { name: 'In this assignment (1)' })).toBeVisible();
      await page.getByRole('button', { name: 'Create assignment' }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('table', { name: 'How each exercise went' })).toContainText(first.prompt);
    }
    await harness.screenshot('teacher-assignment-any-set');
  });
});
