import { test, expect } from './fixtures';

const SET = '#/compare/gaza-2023-24';

async function openCompare(page: import('@playwright/test').Page, harness: { open(hash: string): Promise<void> }) {
  await harness.open(SET);
  await expect(page.locator('.article-column')).toHaveCount(5);
}

test.describe('Compare screen', () => {
  test('shows five articles side by side, each under its source card', async ({ page, harness }) => {
    await harness.open(SET);
    await expect(page.getByRole('heading', { level: 1, name: /Compare: Gaza war/ })).toBeVisible();
    const columns = page.locator('.article-column');
    await expect(columns).toHaveCount(5);
    const efe = page.getByRole('region', { name: /Truce ends and fighting resumes/ });
    await expect(efe).toContainText(/Outlet\s*EFE/);
    await expect(efe).toContainText('1 December 2023 (inferred)');
    await expect(efe).toContainText(/Agency\s*EFE \(Spanish news agency\)/);
    await expect(page.getByRole('region', { name: /Overnight strikes/ })).toContainText('Outlet unknown');
    // Text as published, typos included.
    await expect(page.getByRole('region', { name: /Netanyahu tells Blinken/ })).toContainText('the Ministry of Health said. Gaza Health.');
    await harness.screenshot('compare-five-columns');
  });

  test('each highlight layer switches on and off on its own', async ({ page, harness }) => {
    await openCompare(page, harness);
    const layer = (name: RegExp) => page.getByRole('checkbox', { name });
    // Highlights a reader can see: a mark with a background colour and an underline.
    const count = (kind: string) =>
      page.locator(`mark.hl-${kind}`).evaluateAll(
        (els) => els.filter((e) => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)' && getComputedStyle(e).textDecorationLine !== 'none').length,
      );
    expect(await count('attribution')).toBeGreaterThan(50);
    expect(await count('number')).toBeGreaterThan(30);
    expect(await count('framing')).toBeGreaterThan(50);
    await layer(/^Attribution/).uncheck();
    await expect.poll(() => count('attribution')).toBe(0);
    expect(await count('number')).toBeGreaterThan(30);
    await layer(/^Numbers/).uncheck();
    await expect.poll(() => count('number')).toBe(0);
    expect(await count('framing')).toBeGreaterThan(50);
    await harness.screenshot('compare-framing-only');
    await layer(/^Framing/).uncheck();
    await expect.poll(() => count('framing')).toBe(0);
    await expect(page.locator('.step-count').first()).toHaveText('0 highlighted');
    await layer(/^Numbers/).check();
    await expect.poll(() => count('number')).toBeGreaterThan(30);
    expect(await count('attribution')).toBe(0);
    // Screen readers are not told about hidden layers either.
    expect(await page.locator('mark.hl-attribution > .visually-hidden').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(0);
    await harness.screenshot('compare-numbers-only');
  });

  test('keyboard users step through highlights and read each note', async ({ page, harness }) => {
    await harness.open(SET);
    const column = page.getByRole('region', { name: /Truce ends and fighting resumes/ });
    await column.getByRole('button', { name: 'Next highlight' }).click();
    const note = page.getByRole('region', { name: /Note for “Truce ends/ });
    await expect(note).not.toBeEmpty();
    const first = (await note.textContent()) ?? '';
    // Arrow keys move on from the focused highlight.
    await expect(page.locator('mark.is-active')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(note).not.toHaveText(first);
    await page.keyboard.press('ArrowLeft');
    await expect(note).toHaveText(first);
  });

  test('choosing a linked figure marks its counterparts in the other columns', async ({ page, harness }) => {
    await harness.open(SET);
    await page.locator('[data-column="truce-ends-fighting-resumes"] mark[data-mark="truce-ends-fighting-resumes/t3-over-15000"]').first().click({ position: { x: 3, y: 3 } });
    const note = page.getByRole('region', { name: /Note for “Truce ends/ });
    await expect(note).toContainText('Cumulative death toll in Gaza');
    await expect(note).toContainText('over 15,000');
    const counterpart = page.locator('[data-column="netanyahu-blinken-rafah"] mark[data-mark="netanyahu-blinken-rafah/t2-more-than-32000"]').first();
    await expect(counterpart).toHaveClass(/is-linked/);
    await expect(counterpart).toBeInViewport();
    await expect(page.locator('[data-column="cairo-talks-delegation"] mark[data-mark="cairo-talks-delegation/t4-27708"]').first()).toHaveClass(/is-linked/);
    await harness.screenshot('compare-linked-toll');
    // Jumping from the note goes to the counterpart and shows its note there.
    await note.getByRole('button', { name: /Hamas delegation arrives in Cairo.*27,708/ }).click();
    await expect(page.getByRole('region', { name: /Note for “Hamas delegation/ })).toContainText('27,708');
  });

  test('choose, reorder and close columns', async ({ page, harness }) => {
    await harness.open(SET);
    const picker = page.getByRole('group', { name: /Articles shown/ });
    await picker.getByRole('checkbox', { name: 'Tanks advance into northwest Rafah' }).uncheck();
    await picker.getByRole('checkbox', { name: 'Overnight strikes, and talks about a Rafah offensive' }).uncheck();
    await expect(page.locator('.article-column')).toHaveCount(3);
    const titles = () => page.locator('.article-column h2').allInnerTexts();
    expect((await titles())[0]).toContain('Netanyahu tells Blinken');
    await page.getByRole('button', { name: 'Move “Netanyahu tells Blinken Israel will go into Rafah” right' }).click();
    expect((await titles())[1]).toContain('Netanyahu tells Blinken');
    await page.getByRole('button', { name: 'Close “Hamas delegation arrives in Cairo for talks”' }).click();
    await expect(page.locator('.article-column')).toHaveCount(2);
    await harness.screenshot('compare-two-columns');
    // The choice is in the address, so it survives a reload.
    await page.reload();
    await expect(page.locator('.article-column')).toHaveCount(2);
  });

  test('narrow windows stack the columns', async ({ page, harness }) => {
    await page.setViewportSize({ width: 760, height: 900 });
    await openCompare(page, harness);
    const boxes = await page.locator('.article-column').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    expect(new Set(boxes.map(Math.round)).size).toBe(1);
    await harness.screenshot('compare-narrow');
  });

  test('the numbers table lines up one toll counted on different dates, and sorts', async ({ page, harness }) => {
    await harness.open(SET);
    await page.getByRole('tab', { name: 'Numbers table' }).click();
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const tollRows = table.getByRole('row').filter({ hasText: 'Cumulative death toll in Gaza' });
    await expect(tollRows.filter({ hasText: 'over 15,000' })).toHaveCount(1);
    await expect(tollRows.filter({ hasText: '27,708' })).toHaveCount(1);
    await expect(tollRows.filter({ hasText: 'more than 32,000' })).toHaveCount(1);
    await expect(page.getByText(/with no source given/)).toBeVisible();
    await expect(table.getByText('⚠ No source given').first()).toBeVisible();
    // Sort by figure, largest first.
    const figureHeader = table.getByRole('columnheader', { name: /Figure/ });
    await figureHeader.getByRole('button').click();
    await expect(figureHeader).toHaveAttribute('aria-sort', 'ascending');
    await figureHeader.getByRole('button').click();
    await expect(figureHeader).toHaveAttribute('aria-sort', 'descending');
    const values = await table.locator('tbody .row-value').allInnerTexts();
    const numbers = values.map((v) => Number(v.replace(/,/g, '')));
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await harness.screenshot('compare-numbers-table');
    // Sort by date: the toll rows come in date order.
    await table.getByRole('columnheader', { name: /As of/ }).getByRole('button').click();
    const order = await tollRows.locator('td:nth-child(2) button').allInnerTexts();
    const idx = (s: string) => order.findIndex((o) => o.includes(s));
    expect(idx('15,000')).toBeLessThan(idx('27,708'));
    expect(idx('27,708')).toBeLessThan(idx('32,000'));
  });

  test('Library and Compare have no axe-core violations', async ({ page, harness }) => {
    await harness.open(SET);
    await expect(page.locator('.article-column')).toHaveCount(5);
    await page.locator('mark[data-mark="truce-ends-fighting-resumes/t3-over-15000"]').first().click({ position: { x: 3, y: 3 } });
    await harness.axe();
    await page.getByRole('tab', { name: 'Numbers table' }).click();
    await harness.axe();
  });
});
