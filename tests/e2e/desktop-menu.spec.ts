/**
 * The desktop's application menu. Desktop only (the web project does not run desktop-*.spec.ts):
 * a browser tab has no application menu; the same screens are reached by the navigation there.
 */
import { test, expect } from './fixtures';

test.describe('application menu', () => {
  test('menu commands from main move between screens', async ({ page, harness }) => {
    await harness.open();
    await harness.menu('go-progress');
    await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
    await harness.menu('show-about');
    await expect(page.getByRole('dialog', { name: 'About Lenses' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
