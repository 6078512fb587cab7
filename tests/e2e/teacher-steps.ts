/** Steps several teacher specs share: opening teacher mode and building an assignment. */
import { expect, type Page } from './fixtures';

export async function unlockTeacher(page: Page, pin: string, first = false) {
  await page.getByLabel('Teacher PIN', { exact: true }).fill(pin);
  if (first) await page.getByLabel('The same PIN again').fill(pin);
  await page.getByRole('button', { name: first ? 'Set PIN and open' : 'Open teacher mode' }).click();
  if (first) {
    // The one-time recovery code is shown before teacher mode opens.
    await expect(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    await page.getByRole('button', { name: 'I have written it down' }).click();
  }
  await expect(page.getByRole('button', { name: 'Lock teacher mode' })).toBeVisible();
}

export async function buildAssignment(page: Page, title: string, mode: 'Practice' | 'Assessment', prompts: RegExp[]) {
  await page.getByRole('link', { name: 'New assignment' }).click();
  // The form is drawn before its fields are used (the Teacher page's own sections share words with their labels).
  await expect(page.getByRole('heading', { level: 1, name: 'New assignment' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  // The exercises below are the seed set's; other sets may come first in the list.
  await page.getByRole('combobox', { name: 'Article set', exact: true }).selectOption('gaza-2023-24');
  await page.getByLabel('Instructions for students').fill('Read the reports, then answer.');
  await page.getByLabel('Due date (optional)').fill('2026-12-01');
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  for (const prompt of prompts) {
    await page.getByRole('button', { name: new RegExp(`^Add: .*${prompt.source}`) }).click();
  }
  await expect(page.getByRole('heading', { name: `In this assignment (${prompts.length})` })).toBeVisible();
  await page.getByRole('button', { name: 'Create assignment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
