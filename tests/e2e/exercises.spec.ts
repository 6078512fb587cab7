import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import { dragSelect } from './text-selection';
import { orderShown, putInOrder } from './order-steps';
import type { ExerciseBank } from '../../content/schema/exercise';

const bank = JSON.parse(readFileSync('content/sets/gaza-2023-24/exercises.json', 'utf8')) as ExerciseBank;
const byId = (id: string) => {
  const e = bank.exercises.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
const url = (id: string, family?: string) => `#/exercises/gaza-2023-24/${id}${family ? `?family=${family}` : ''}`;
const feedback = (page: Page) => page.getByRole('status').filter({ hasText: /Correct|Not quite|Partly|Answer saved|answer is shown/ });
/** Move the keyboard word cursor in a find exercise until it sits on `word` (the live region says it). */
async function cursorTo(page: Page, word: string, max = 400) {
  const live = page.locator('.find [aria-live="polite"]');
  for (let i = 0; i < max; i += 1) {
    if ((await live.textContent())?.trim() === word) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`cursor never reached "${word}"`);
}

/**
 * Which tests run on both hosts. The exercise player, its controls and its feedback are the
 * renderer's, the same in both builds; what differs on the web host is where answers go (the core
 * in the web build's worker, over IndexedDB) and that path is the same for every type. So on the
 * web host run: find in the text (selection, partial credit and a retry, graded by the core),
 * every framing exercise in a row from the Library, and a typed answer kept across a reload and a
 * profile switch; with exercise-types.spec.ts's choice case, progress.spec.ts and the assignment
 * tests (a student answers on both hosts). The rest run on the desktop host only (`@one-host`,
 * playwright.config.ts), where exercise-types.spec.ts also runs every type.
 */
const ONE_HOST = { tag: ['@one-host'] };

test.describe('exercises', () => {
  test('find in the text: keyboard selection, hint, partial credit, retry, mouse selection, correct', async ({ page, harness }) => {
    await harness.open(url('attr-find-toll-source'));
    await expect(page.getByRole('heading', { name: byId('attr-find-toll-source').prompt })).toBeVisible();
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect(page.getByRole('note', { name: 'Hints' })).toContainText('Hint 1');
    // Keyboard only: into the article, to "according", extend to "Hamas", mark.
    await page.getByRole('group', { name: /Article: Overnight strikes/ }).focus();
    await cursorTo(page, 'according');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Your selections (1)' })).toBeVisible();
    await expect(page.locator('.selections li').first()).toContainText('according to Hamas');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    await expect(feedback(page)).toContainText('Partly right (50%)');
    // Nothing gives the answer away yet: no explanation, no marks on the answer.
    await expect(page.locator('mark.hl-explain')).toHaveCount(0);
    await expect(page.locator('.find-feedback')).not.toContainText('The Hamas Ministry of Health');
    await harness.screenshot('exercise-find-partial');
    await page.getByRole('button', { name: 'Try again' }).click();
    // Mouse: drag across the second source.
    await dragSelect(page, 'b2', 'The Hamas Ministry of Health');
    await expect(page.getByRole('heading', { name: 'Your selections (2)' })).toBeVisible();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');
    // The explained words are brought into view and the keyboard moves there.
    const explained = page.locator('mark.hl-explain[data-first]').first();
    await expect(explained).toBeFocused();
    await expect(explained).toBeInViewport();
    await harness.screenshot('exercise-find-correct');
    await harness.axe();
  });

  test('find in the text: a whole paragraph is too much, and the answer can be shown', ONE_HOST, async ({ page, harness }) => {
    await harness.open(url('frame-find-scare-quotes'));
    await page.getByRole('group', { name: /Article: Overnight strikes/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('Not quite');
    await expect(page.locator('.find-feedback')).toContainText('too long');
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await expect(page.locator('mark.key-mark')).toContainText('"reopened" discussions');
    await harness.screenshot('exercise-find-revealed');
  });

  test('multiple choice: wrong answer with feedback, retry, right answer, by keyboard', ONE_HOST, async ({ page, harness }) => {
    const ex = byId('attr-choice-qatar-statement');
    if (ex.type !== 'choice') throw new Error('type');
    const right = ex.options.find((o) => o.correct)!;
    const wrong = ex.options.find((o) => !o.correct)!;
    await harness.open(url(ex.id));
    await page.getByRole('radio', { name: wrong.text }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Check answer' }).press('Enter');
    await expect(feedback(page)).toContainText('Not quite');
    await expect(page.locator('.option.is-wrong').filter({ hasText: wrong.text })).toContainText(wrong.feedback);
    // Only the chosen answer is judged: the right one is neither named nor called "not right".
    await expect(page.locator('.option').filter({ hasText: right.text })).not.toContainText(/Not right|Right answer/u);
    await expect(page.locator('.option.is-wrong')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Why' })).toHaveCount(0);
    await harness.screenshot('exercise-choice-wrong');
    await page.getByRole('button', { name: 'Try again' }).press('Enter');
    await page.getByRole('radio', { name: right.text }).check();
    await page.getByRole('button', { name: 'Check answer' }).press('Enter');
    await expect(feedback(page)).toContainText('✓ Correct');
    await expect(page.getByText('The words this is about are highlighted')).toBeVisible();
    await expect(page.locator('mark.hl-explain').first()).toBeVisible();
    await harness.axe();
  });

  test('multiple choice: reveal the answer after a try', ONE_HOST, async ({ page, harness }) => {
    const ex = byId('frame-choice-neutral-sentence');
    if (ex.type !== 'choice') throw new Error('type');
    await harness.open(url(ex.id));
    await expect(page.getByRole('button', { name: 'Show the answer' })).toHaveCount(0);
    await page.getByRole('radio', { name: ex.options.find((o) => !o.correct)!.text }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await expect(page.locator('.option.is-key')).toContainText(ex.options.find((o) => o.correct)!.text);
    await expect(page.locator('.key-tag')).toContainText('Right answer');
    await expect(page.locator('.option.is-key')).not.toContainText('Not right');
    await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  });

  test('classify: by keyboard (lists) and by drag and drop, at school-laptop size', ONE_HOST, async ({ page, harness }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const ex = byId('attr-classify-attributed');
    if (ex.type !== 'classify') throw new Error('type');
    await harness.open(url(ex.id));
    const label = (id: string) => ex.categories.find((c) => c.id === id)!.label;
    // Every category is on screen beside the cards, so a card can be dragged to any of them.
    for (const c of ex.categories) await expect(page.locator(`section[data-zone="${c.id}"]`)).toBeInViewport();
    // Drag the first card onto its category, then the last one (further down the list: the categories stay in view).
    const first = ex.items[0]!;
    await page.locator(`li[data-item="${first.id}"]`).dragTo(page.locator(`section[data-zone="${first.category}"]`), { sourcePosition: { x: 12, y: 10 } });
    await expect(page.locator(`section[data-zone="${first.category}"] li[data-item="${first.id}"]`)).toBeVisible();
    const last = ex.items.at(-1)!;
    await page.locator(`li[data-item="${last.id}"]`).scrollIntoViewIfNeeded();
    await expect(page.locator(`section[data-zone="${last.category}"]`)).toBeInViewport();
    await page.locator(`li[data-item="${last.id}"]`).dragTo(page.locator(`section[data-zone="${last.category}"]`), { sourcePosition: { x: 12, y: 10 } });
    await expect(page.locator(`section[data-zone="${last.category}"] li[data-item="${last.id}"]`)).toBeVisible();
    await harness.screenshot('exercise-classify-dragged-1366');
    // One wrong placement by keyboard, the rest right.
    const [wrongItem, ...rest] = ex.items.slice(1, -1);
    const other = ex.categories.find((c) => c.id !== wrongItem!.category)!;
    await page.getByRole('combobox', { name: `Category for “${wrongItem!.ref.anchor.quote}”` }).selectOption({ label: other.label });
    for (const item of rest) await page.getByRole('combobox', { name: `Category for “${item.ref.anchor.quote}”` }).selectOption({ label: label(item.category) });
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText(/Partly right|Not quite/);
    await expect(page.locator('.chip.is-wrong')).toHaveCount(1);
    await harness.screenshot('exercise-classify-partial');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('combobox', { name: `Category for “${wrongItem!.ref.anchor.quote}”` }).selectOption({ label: label(wrongItem!.category) });
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');
    await harness.axe();
  });

  test('match: connect figures to what they count, with a hint and the answer shown', ONE_HOST, async ({ page, harness }) => {
    const ex = byId('num-match-what-counts');
    if (ex.type !== 'match') throw new Error('type');
    await harness.open(url(ex.id));
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect(page.getByRole('note', { name: 'Hints' })).toBeVisible();
    const option = (id: string) => ex.options.find((o) => o.id === id)!.text;
    for (const [i, item] of ex.items.entries()) {
      const pick = i === 0 ? ex.options.find((o) => o.id !== item.answer)!.text : option(item.answer);
      await page.getByRole('combobox', { name: item.ref.anchor.quote, exact: true }).selectOption({ label: pick });
    }
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('Partly right');
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await expect(page.locator('.match-table .key-tag').first()).toContainText(option(ex.items[0]!.answer));
    await harness.screenshot('exercise-match-revealed');
    await harness.axe();
  });

  test('order: move items with the keyboard and by dragging', ONE_HOST, async ({ page, harness }) => {
    const ex = byId('num-order-tolls');
    if (ex.type !== 'order') throw new Error('type');
    await harness.open(url(ex.id));
    const order = () => orderShown(page);
    const items = page.locator('.order-item');
    await expect(items).toHaveCount(ex.items.length);
    // A seeded shuffle: never the answer or its reverse, and the same again for the same student.
    const start = await order();
    expect(start).not.toEqual(ex.correctOrder);
    expect(start).not.toEqual([...ex.correctOrder].reverse());
    await harness.open(url(ex.id));
    await expect(items).toHaveCount(ex.items.length);
    expect(await order()).toEqual(start);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText(/Not quite|Partly/);
    await page.getByRole('button', { name: 'Try again' }).click();
    // Drag the item that should be first to the top.
    const firstId = ex.correctOrder[0]!;
    await page.locator(`.order-item[data-item="${firstId}"]`).dragTo(page.locator('.order-item').first());
    await expect(items.first()).toHaveAttribute('data-item', firstId);
    // Then keyboard: for each position, move the right item up with its button.
    await putInOrder(page, ex, 1);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');
    await harness.screenshot('exercise-order-correct');
    await harness.axe();
  });

  test('compare wording: pick the phrases, wrong then right', ONE_HOST, async ({ page, harness }) => {
    const ex = byId('num-compare-minimums');
    if (ex.type !== 'compare') throw new Error('type');
    await harness.open(url(ex.id));
    const box = (quote: string) => page.getByRole('checkbox', { name: new RegExp(quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await box(ex.phrases.find((p) => !p.correct)!.ref.anchor.quote).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('Not quite');
    await page.getByRole('button', { name: 'Try again' }).click();
    await box(ex.phrases.find((p) => !p.correct)!.ref.anchor.quote).uncheck();
    for (const p of ex.phrases.filter((x) => x.correct)) await box(p.ref.anchor.quote).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');
    await harness.screenshot('exercise-compare-correct');
  });

  test('written response: submit, then model answer and self-check', ONE_HOST, async ({ page, harness }) => {
    const ex = byId('num-written-tolls');
    if (ex.type !== 'written') throw new Error('type');
    await harness.open(url(ex.id));
    await expect(page.getByRole('button', { name: 'Submit answer' })).toBeDisabled();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(
      'The three tolls come from reports written on different dates, months apart, and each counts all deaths since 7 October, so a later total is bigger. ' +
        'Two of them are hedged as minimums with "over" and "more than". Only the Al Bawaba report names the ministry as the source in the same sentence.',
    );
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(feedback(page)).toContainText('Answer saved');
    await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
    await page.getByRole('checkbox', { name: ex.rubric[0]! }).check();
    await harness.screenshot('exercise-written-submitted');
    await harness.axe();
  });

  test('a student does every framing exercise in a row from the Library without dead ends', async ({ page, harness }) => {
    await harness.open('#/library');
    await page.getByRole('article', { name: 'Gaza war and ceasefire talks, 2023–24' }).getByRole('link', { name: /Practise/ }).click();
    await page.getByRole('link', { name: /Start framing exercises/ }).click();
    const framing = bank.exercises.filter((e) => e.family === 'framing');
    for (let i = 0; i < framing.length; i += 1) {
      await expect(page.getByText(`${i + 1} of ${framing.length} · Framing`)).toBeVisible();
      await expect(page.getByRole('heading', { name: framing[i]!.prompt })).toBeVisible();
      if (i < framing.length - 1) await page.getByRole('link', { name: 'Next exercise' }).click();
    }
    await page.getByRole('link', { name: 'Back to the exercise list' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Framing/ })).toBeVisible();
    await harness.screenshot('exercise-list');
    await harness.axe();
  });
});

test.describe('exercise screen: reading, keyboard and saving', () => {
  test('paragraph numbers in the margin match the prompt that names “paragraph 11” (subheadings count)', ONE_HOST, async ({ page, harness }) => {
    const ex = byId('frame-choice-soared');
    await harness.open(url(ex.id));
    await expect(page.getByRole('heading', { name: ex.prompt })).toBeVisible();
    const block = page.locator('.pane-text [data-block]').filter({ hasText: 'has soared to 27,708' });
    await expect(block.locator('.para-number')).toHaveText('Paragraph 11: ');
    // The subheading has a number too.
    await expect(page.locator('.pane-text .block-subheading .para-number')).toHaveCount(1);
    await harness.axe();
  });

  test('below 900 px the question and the answer come before the article', ONE_HOST, async ({ page, harness }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    const ex = byId('frame-choice-soared');
    await harness.open(url(ex.id));
    const prompt = await page.getByRole('heading', { name: ex.prompt }).boundingBox();
    const answers = await page.getByRole('group', { name: 'Choose one answer' }).boundingBox();
    const article = await page.locator('.pane-text').first().boundingBox();
    expect(prompt!.y).toBeLessThan(article!.y);
    expect(answers!.y).toBeLessThan(article!.y);
    await expect(page.getByRole('group', { name: 'Choose one answer' })).toBeInViewport();
    await harness.screenshot('exercise-800x900');
    await harness.axe();
  });

  test('find in the text: the first arrow press lands on the first word, with a visible caret', ONE_HOST, async ({ page, harness }) => {
    await harness.open(url('attr-find-toll-source'));
    const text = page.getByRole('group', { name: /Article: Overnight strikes/ });
    await text.focus();
    await expect(page.locator('mark.word-cursor')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    const first = (await page.locator('.find-text [data-block] [data-offset]').first().textContent())!.trim().split(/\s+/u)[0]!;
    await expect(page.locator('.find [aria-live="polite"]')).toHaveText(first);
    await expect(page.locator('mark.word-cursor')).toBeVisible();
    await expect(page.locator('mark.word-cursor')).toHaveText(first);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('mark.word-cursor')).not.toHaveText(first);
  });

  test('a typed answer survives a reload right after typing, and switching profile', async ({ page, harness }) => {
    await harness.open(url('num-written-tolls'));
    const box = page.getByRole('textbox', { name: 'Your answer' });
    await box.fill('The totals were counted on different dates');
    await page.reload();
    await expect(box).toHaveValue('The totals were counted on different dates');
    await box.fill('The totals were counted on different dates, by different sources');
    await page.getByRole('button', { name: 'Switch profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
    // Switching is not an error.
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Choose or create a profile first.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Test student' }).click();
    await expect(box).toHaveValue('The totals were counted on different dates, by different sources');
  });
});
