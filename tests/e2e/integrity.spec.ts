/**
 * Issue 11 on both hosts: teacher mode locks on a profile switch and on reload; an assessment's
 * "find in the text" shows no verdict; a teacher keeps the real file when a forged one came first.
 */
import { test, expect, type Page } from './fixtures';
import type { LensesApi } from '../../main/ipc/contract';
import { unlockTeacher } from './teacher-steps';

const PIN = '2468';
const SET = 'gaza-2023-24';

async function teacherGateShown(page: Page) {
  await page.getByRole('link', { name: 'Teacher', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Enter the teacher PIN' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New assignment' })).toHaveCount(0);
}

/** An assignment made and handed out through the real handlers (with the app open: the web build saves by download); teacher mode locked again after. */
async function handedOut(api: LensesApi, files: { savedFile(): Promise<{ content: string }> }, input: { title: string; articleIds: string[]; exerciseIds: string[]; mode: 'practice' | 'assessment' }) {
  await api.setTeacherPin({ pin: PIN });
  const { id } = await api.createAssignment({ ...input, instructions: '', setId: SET, due: null, attemptsAllowed: null });
  const saving = files.savedFile();
  await api.exportAssignment({ id });
  const file = await saving;
  await api.lockTeacher({});
  return { id, content: file.content };
}

test.describe('classroom integrity', () => {
  test('teacher mode unlocked under one profile asks for the PIN after a switch, and after a reload', async ({ page, harness }) => {
    await harness.api.createProfile({ name: 'Ben' });
    await harness.api.setTeacherPin({ pin: PIN });
    await harness.open('#/library', { profile: 'Ana' });
    await teacherGateShown(page);
    await unlockTeacher(page, PIN);
    await expect(page.getByRole('combobox', { name: 'Lock after this many minutes without use' })).toHaveValue('10');

    await page.getByRole('button', { name: 'Switch profile' }).click();
    await page.getByRole('button', { name: 'Ben' }).click();
    await teacherGateShown(page);
    await expect(page.getByText('it does not encrypt anything')).toBeVisible();
    await harness.screenshot('integrity-teacher-gate-after-switch');
    await harness.axe();

    await unlockTeacher(page, PIN);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Enter the teacher PIN' })).toBeVisible();
    expect((await harness.api.getTeacherStatus({})).unlocked).toBe(false);
  });

  test('an assessment’s “find in the text” shows no right or wrong, and its exercises are kept out of practice', async ({ page, harness }) => {
    await harness.open('#/library', { profile: 'Sam' });
    const { content } = await handedOut(harness.api, harness.files, { title: 'Quiz: who says so', articleIds: ['thursday-strikes-rafah-talks'], exerciseIds: ['attr-find-toll-source'], mode: 'assessment' });
    harness.files.willOpen([{ name: 'quiz.lensesassignment', content }]);
    await page.getByRole('button', { name: 'Open an assignment file…' }).click();
    await page.getByRole('link', { name: 'Start' }).click();
    // Mark the first words of the article with the keyboard: certainly not both right answers.
    await page.getByRole('group', { name: /^Article:/ }).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Your selections (1)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Save answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Answer saved' })).toBeVisible();
    // One neutral "your answer" style; no verdict in style or words.
    await expect(page.locator('mark.sel')).toHaveCount(1);
    await expect(page.locator('mark.sel-right, mark.sel-wrong, .find-feedback, .is-right, .is-wrong')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText(/selection, right|not right|Correct|Not quite|Partly right/);
    await harness.screenshot('integrity-assessment-find-saved');
    await harness.axe();

    // Until the results are saved, this profile's practice leaves the exercise out and says why.
    await page.goto(`${harness.origin}/index.html#/exercises/${SET}`);
    await expect(page.getByRole('note').filter({ hasText: 'Quiz: who says so' })).toContainText('1 exercise is not shown here');
    await expect(page.getByRole('link', { name: /66 people were killed overnight/ })).toHaveCount(0);
    await harness.screenshot('integrity-exercises-withheld');
    await harness.axe();
  });

  test('Compare, kept drawn while the student is elsewhere, shows no highlights of an assessment opened in the meantime', async ({ page, harness }) => {
    await harness.open(`#/compare/${SET}`, { profile: 'Sam' });
    const article = page.locator('[data-column="thursday-strikes-rafah-talks"]');
    await expect(article.locator('mark.hl').first()).toBeVisible();
    // Away to the Library (Compare stays drawn, hidden), where the assessment is opened.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const { content } = await handedOut(harness.api, harness.files, { title: 'Quiz: who says so', articleIds: ['thursday-strikes-rafah-talks'], exerciseIds: ['attr-find-toll-source'], mode: 'assessment' });
    harness.files.willOpen([{ name: 'quiz.lensesassignment', content }]);
    await page.getByRole('button', { name: 'Open an assignment file…' }).click();
    await expect(page.getByRole('link', { name: 'Start' })).toBeVisible();
    // Back to the same Compare in the same page: drawn afresh, with that article's highlights held back.
    await page.evaluate((set) => (window.location.hash = `#/compare/${set}`), SET);
    await expect(page.getByRole('note').filter({ hasText: 'Highlights are off for one article' })).toContainText('Quiz: who says so');
    await expect(article.locator('.column-body[aria-busy]')).toHaveCount(0);
    await expect(article.locator('mark.hl')).toHaveCount(0);
    await expect(page.locator('[data-column="netanyahu-blinken-rafah"] mark.hl').first()).toBeVisible();
  });

  test('a forged file and the real one for one name: the teacher sees both and keeps the real one', async ({ page, harness }) => {
    const choice = 'attr-choice-direct-no-marks';
    await harness.open('#/library', { profile: null });
    const { id, content } = await handedOut(harness.api, harness.files, { title: 'Sources', articleIds: ['netanyahu-blinken-rafah'], exerciseIds: [choice], mode: 'practice' });
    const assignment = JSON.parse(content) as { contentHash: string };
    const results = (name: string, selected: string, at: string) =>
      JSON.stringify({
        kind: 'lenses-results', format: 1, assignmentId: id, assignmentHash: assignment.contentHash, student: { name }, submittedAt: at, appVersion: '0.1.0',
        answers: [{ exerciseId: choice, answer: { type: 'choice', selected: [selected] }, score: null, correct: null, attempts: 1, timeSpentMs: 60_000 }],
      });
    // The forgery uses a Cyrillic "А" and a zero-width space, and comes first.
    const forged = results('Аnna\u200B Lee', 'opinion', '2026-03-10T09:00:00.000Z');
    const real = results('Anna Lee', 'direct', '2026-03-10T09:30:00.000Z');

    await page.goto(`${harness.origin}/index.html#/teacher`);
    await unlockTeacher(page, PIN);
    await page.getByRole('link', { name: 'Class results: Sources' }).click();
    await expect(page.getByText('What it cannot prove: who made it.', { exact: false })).toBeVisible();
    harness.files.willOpen([{ name: 'forged.lensesresults', content: forged }, { name: 'anna.lensesresults', content: real }]);
    await page.getByRole('button', { name: 'Import results files…' }).click();
    await expect(page.getByText('1 results file imported, 0 not imported, 1 waiting for your decision below.')).toBeVisible();
    const pair = page.getByRole('region', { name: /^Two files for / });
    await expect(pair).toContainText('Аnna⟨U+200B⟩ Lee');
    await expect(pair).toContainText('mixed alphabets or hidden characters');
    await expect(pair).toContainText('anna.lensesresults');
    await harness.screenshot('integrity-held-results');
    await harness.axe();
    // School-laptop size and a wide screen.
    await page.setViewportSize({ width: 1366, height: 768 });
    await harness.screenshot('integrity-held-results-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await harness.screenshot('integrity-held-results-1920');

    await pair.getByRole('button', { name: 'Replace it with the held file' }).click();
    await expect(page.getByText('Replaced forged.lensesresults with anna.lensesresults.')).toBeVisible();
    await expect(page.getByRole('region', { name: /^Two files for / })).toHaveCount(0);
    const inOverview = page.getByRole('table', { name: 'Results files in the overview' });
    await expect(inOverview.getByRole('row')).toHaveCount(2);
    await expect(inOverview).toContainText('anna.lensesresults');
    await expect(inOverview).not.toContainText('forged.lensesresults');
    await expect(page.getByRole('table', { name: 'Scores by student' }).getByRole('rowheader', { name: 'Anna Lee' })).toBeVisible();
    await harness.screenshot('integrity-kept-real-results');
  });
});
