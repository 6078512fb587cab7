import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import type { ExerciseBank } from '../../content/schema/exercise';

/** The progress screen counts a family's exercises across every shipped set. */
const numbersTotal = readdirSync('content/sets')
  .filter((d) => !d.startsWith('.') && existsSync(`content/sets/${d}/exercises.json`))
  .map((d) => JSON.parse(readFileSync(`content/sets/${d}/exercises.json`, 'utf8')) as ExerciseBank)
  .reduce((n, bank) => n + bank.exercises.filter((e) => e.family === 'numbers').length, 0);
const numbersMeter = (page: Page) => page.getByRole('listitem').filter({ hasText: 'Differing numbers' });

test.describe('profiles and progress', () => {
  test('progress and position survive a restart; a wrong PIN does not open a profile; profiles are separate', async ({ page, harness }) => {
    await harness.open('#/library', { profile: null });
    await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
    await harness.axe();
    await harness.screenshot('profile-gate');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Amira');
    await page.getByLabel('PIN (optional, 4 digits)').fill('2468');
    await page.getByRole('button', { name: 'Create profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByText('Amira')).toBeVisible();

    // Answer one exercise right.
    await page.goto(`${harness.origin}/index.html#/exercises/gaza-2023-24/num-choice-sum?family=numbers`);
    await page.getByRole('radio', { name: /Yes: 81 \+ 24 = 105/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible();
    // Start a written answer and leave it unsubmitted.
    await page.goto(`${harness.origin}/index.html#/exercises/gaza-2023-24/num-written-tolls?family=numbers`);
    await page.getByRole('textbox', { name: 'Your answer' }).fill('The totals were counted on different dates');
    await page.waitForTimeout(600); // the draft is saved after a short pause in typing

    // Restart: main starts again over the same folder; the window reloads.
    await harness.restartMain();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
    await page.getByRole('button', { name: /Amira/ }).click();
    await page.getByLabel('PIN for Amira').fill('1111');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('alert')).toContainText('That PIN is not right.');
    await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
    await page.getByLabel('PIN for Amira').fill('2468');
    await page.getByRole('button', { name: 'Open' }).click();
    // Back where she was, with the unsubmitted answer.
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('The totals were counted on different dates');
    expect(page.url()).toContain('#/exercises/gaza-2023-24/num-written-tolls');

    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress: Amira' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Recent attempts' })).toContainText('81 Israelis');
    await expect(numbersMeter(page)).toContainText(`1 of ${numbersTotal} right`);
    await harness.screenshot('progress-amira');
    await harness.axe();

    // A second student on the same computer sees none of it.
    await page.getByRole('button', { name: 'Switch profile' }).click();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Ben');
    await page.getByRole('button', { name: 'Create profile' }).click();
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress: Ben' })).toBeVisible();
    await expect(page.getByText('No attempts yet.')).toBeVisible();
    await expect(numbersMeter(page)).toContainText(`0 of ${numbersTotal} right`);
  });

  test('reset asks first, then clears the view', async ({ page, harness }) => {
    const place = harness.host === 'web' ? 'in this browser' : 'on this computer';
    await harness.open('#/exercises/gaza-2023-24/num-choice-sum');
    await page.getByRole('radio', { name: /Yes: 81 \+ 24 = 105/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await expect(page.getByText(`1 attempt saved ${place}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Reset my progress…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
    await expect(dialog).toBeVisible();
    // One phrase for where data is kept, and no data folder in the web build.
    await expect(dialog).toContainText(`The 1 attempt of Test student is removed from this view. A copy is kept ${place}.`);
    await expect(dialog).not.toContainText('folder');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText(`1 attempt saved ${place}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Reset my progress…' }).click();
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByText('Removed 1 attempt.')).toBeVisible();
    await expect(page.getByText(`0 attempts saved ${place}.`)).toBeVisible();
    await expect(page.getByText(/\(s\)/u)).toHaveCount(0);
  });
});

test('progress exported to a file comes back in on Import (the restore path after a browser cleared its storage)', async ({ page, harness }) => {
  await harness.open('#/exercises/gaza-2023-24/num-choice-sum', { profile: 'Amira' });
  await page.getByRole('radio', { name: /Yes: 81 \+ 24 = 105/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await page.getByRole('button', { name: 'Export my progress…' }).click();
  const file = await harness.files.savedFile();
  expect(file.defaultName).toMatch(/^lenses-progress-Amira-\d{4}-\d{2}-\d{2}\.json$/u);
  await expect(page.getByText(/^Saved your progress to /u)).toBeVisible();

  // A fresh profile, as a student has once the browser cleared its storage: the file brings the attempt back.
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Amira again');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByText(`0 attempts saved ${harness.host === 'web' ? 'in this browser' : 'on this computer'}.`)).toBeVisible();
  harness.files.willOpen([{ name: file.defaultName, content: file.content }]);
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await expect(page.getByText(`${file.defaultName}: 1 attempt added, 0 already here.`)).toBeVisible();
  await expect(page.getByText(`1 attempt saved ${harness.host === 'web' ? 'in this browser' : 'on this computer'}.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Recent attempts' })).toContainText('81 Israelis');
  await harness.screenshot('progress-imported');

  // The same file again adds nothing twice.
  harness.files.willOpen([{ name: file.defaultName, content: file.content }]);
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await expect(page.getByText(`${file.defaultName}: 0 attempts added, 1 already here.`)).toBeVisible();
  await expect(page.getByText(`1 attempt saved ${harness.host === 'web' ? 'in this browser' : 'on this computer'}.`)).toBeVisible();
});

test('a damaged progress file is set aside with a plain message, and the good part is kept', async ({ page, harness }) => {
  await harness.open('#/exercises/gaza-2023-24/num-choice-sum', { profile: 'Dana' });
  await page.getByRole('radio', { name: /Yes: 81 \+ 24 = 105/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible();
  // A power cut mid-write leaves half a line at the end of the journal.
  const { profiles } = await harness.api.listProfiles({});
  const dana = profiles.find((p) => p.name === 'Dana')!;
  const folder = `profiles/${dana.id}`;
  await harness.userStorage.appendDurably(`${folder}/attempts.jsonl`, '2\tdeadbeef\t{"id":"half-writ');
  await harness.restartMain();
  await harness.open('#/library', { profile: 'Dana' });
  await expect(page.getByRole('alert').filter({ hasText: /could not be read/ })).toBeVisible();
  expect((await harness.userStorage.list(folder)).some((e) => e.name.includes('.damaged-'))).toBe(true);
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByText(`1 attempt saved ${harness.host === 'web' ? 'in this browser' : 'on this computer'}.`)).toBeVisible();
  await harness.screenshot('progress-damaged-file');
});
