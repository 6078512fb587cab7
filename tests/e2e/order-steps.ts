/** Putting an order exercise's items in order by keyboard, as a student does: several specs share it. */
import { expect, type Page } from './fixtures';
import type { Exercise } from '../../content/schema/exercise';

/** The order exercise's items as shown, top to bottom (their ids). */
export const orderShown = (page: Page) => page.locator('.order-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));

/**
 * Move each item up to its place with its "Move up" button (focus, Enter), from position `from` on
 * (the items above it already in place). One press moves one place: each move is waited for before
 * the next press, since a read before the re-render would move an item twice.
 */
export async function putInOrder(page: Page, exercise: Extract<Exercise, { type: 'order' }>, from = 0) {
  await expect(page.locator('.order-item')).toHaveCount(exercise.items.length);
  for (let pos = from; pos < exercise.correctOrder.length; pos += 1) {
    const id = exercise.correctOrder[pos]!;
    const label = exercise.items.find((i) => i.id === id)!.label;
    for (let at = (await orderShown(page)).indexOf(id); at > pos; at -= 1) {
      await page.getByRole('button', { name: `Move up: ${label}` }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await orderShown(page)).indexOf(id)).toBe(at - 1);
    }
  }
  await expect.poll(() => orderShown(page)).toEqual(exercise.correctOrder);
}
