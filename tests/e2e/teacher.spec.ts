import { parse } from 'csv-parse/sync';
import { test, expect } from './fixtures';
import { buildAssignment, unlockTeacher } from './teacher-steps';


test.describe('teacher assignments and class results', () => {
  test('build, hand out, complete, collect 30 results plus two broken files, and read the class overview', async ({ page, harness }) => {
    // A long journey (two PIN setups with a recovery code, 33 files); slow on a shared machine.
    test.setTimeout(300_000);
    await harness.open('#/teacher');
    await expect(page.getByRole('heading', { name: 'Choose a teacher PIN' })).toBeVisible();
    await harness.axe();
    await unlockTeacher(page, '13579', true);

    // A practice assignment: filters narrow the bank; exercises are added in order.
    await page.getByRole('link', { name: 'New assignment' }).click();
    await page.getByLabel('Family').selectOption({ label: 'Differing numbers' });
    await expect(page.getByRole('button', { name: /^Add: .*Who gives the toll|^Add:/ }).first()).toBeVisible();
    await harness.screenshot('teacher-builder');
    await harness.axe();
    await page.getByLabel('Family').selectOption({ label: 'Any' });
    await page.getByRole('link', { name: 'Teacher', exact: true }).first().click();
    await buildAssignment(page, 'Sources and sums', 'Practice', [/How well is this sourced/, /Do the numbers add up/, /can’t agree/]);
    await page.getByRole('link', { name: 'Teacher', exact: true }).first().click();
    await page.getByRole('button', { name: 'Save file to hand out: Sources and sums' }).click();
    await expect(page.getByText(/Saved the assignment file/)).toBeVisible();
    const practiceFile = await harness.files.savedFile();
    expect(practiceFile.defaultName).toMatch(/\.lensesassignment$/);

    // An assessment assignment carries no answers.
    await buildAssignment(page, 'Quiz: sources', 'Assessment', [/How well is this sourced/, /Do the numbers add up/]);
    await page.getByRole('link', { name: 'Teacher', exact: true }).first().click();
    await page.getByRole('button', { name: 'Save file to hand out: Quiz: sources' }).click();
    await expect(page.getByText(/Saved the assignment file/)).toBeVisible();
    const quizFile = await harness.files.savedFile();
    expect(quizFile.content).not.toContain('"correct"');
    expect(quizFile.content).not.toContain('explanation');
    await harness.screenshot('teacher-home');
    await page.getByRole('button', { name: 'Lock teacher mode' }).click();

    // A student opens the practice assignment and does it.
    await harness.open('#/library', { profile: 'Student A' });
    harness.files.willOpen([{ name: practiceFile.defaultName, content: practiceFile.content }]);
    await page.getByRole('button', { name: 'Open an assignment file…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources and sums' })).toBeVisible();
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('radio', { name: /^Properly attributed/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible();
    await page.getByRole('link', { name: 'Next exercise' }).click();
    await page.getByRole('radio', { name: /Yes: 81 \+ 24 = 105/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible();
    await page.getByRole('link', { name: 'Next exercise' }).click();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(
      'The three reports were written on different dates, so the running totals since 7 October grow from one to the next. Two are minimums (over, more than). The sources differ too: one names the Ministry of Health in Gaza, the others give no source in that sentence.',
    );
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('link', { name: 'Back to the assignment' }).click();
    await expect(page.getByText('3 of 3')).toBeVisible();
    await harness.screenshot('student-assignment');
    await harness.axe();
    await page.getByRole('button', { name: 'Save my results to hand in…' }).click();
    await expect(page.getByText(/Saved your results/)).toBeVisible();
    const studentResults = await harness.files.savedFile();
    expect(studentResults.defaultName).toMatch(/\.lensesresults$/);
    // The exercises done in the practice assignment count in the student's own progress.
    await page.goto(`${harness.origin}/index.html#/library`);
    await expect(page.getByRole('article', { name: 'Gaza war and ceasefire talks, 2023–24' })).toContainText('2 of 51 done');

    // The student opens the assessment too: no feedback.
    await page.goto(`${harness.origin}/index.html#/library`);
    harness.files.willOpen([{ name: quizFile.defaultName, content: quizFile.content }]);
    await page.getByRole('button', { name: 'Open an assignment file…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quiz: sources' })).toBeVisible();
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Save answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Answer saved' })).toBeVisible();
    await expect(page.getByText('Why')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show the answer' })).toHaveCount(0);

    // 30 classmates' files, generated from the real one, plus two broken files.
    const base = JSON.parse(studentResults.content) as {
      student: { name: string };
      submittedAt: string;
      answers: Array<{ exerciseId: string; answer: { type: string; selected?: string[] }; firstAnswer?: { type: string; selected?: string[] }; score: number | null; correct: boolean | null; attempts: number }>;
    };
    const names = ['Zoë "Z" O\'Brien, Jr.', 'Анна Петрова', 'محمد علي', ...Array.from({ length: 27 }, (_, i) => `Student ${i + 2}`)];
    const wrongSum = 'missing';
    const files = names.map((name, i) => {
      const copy = structuredClone(base);
      copy.student.name = name;
      // Each classmate hands in at another moment (the same answers at the same moment are one submission, held for the teacher).
      copy.submittedAt = new Date(Date.parse(copy.submittedAt) + (i + 1) * 60_000).toISOString();
      // Every third student gets the sum question wrong.
      if (i % 3 === 0) {
        const sum = copy.answers.find((a) => a.exerciseId === 'num-choice-sum')!;
        sum.answer = { type: 'choice', selected: [wrongSum] };
        sum.score = 0;
        sum.correct = false;
      }
      // Every third student (others) got it right on the second try.
      if (i % 3 === 1) {
        const sum = copy.answers.find((a) => a.exerciseId === 'num-choice-sum')!;
        sum.firstAnswer = { type: 'choice', selected: [wrongSum] };
        sum.attempts = 2;
      }
      return { name: `results-${i}.lensesresults`, content: JSON.stringify(copy) };
    });
    files.push({ name: 'notes.lensesresults', content: 'these are my notes, not results' });
    files.push({ name: 'cut-off.lensesresults', content: studentResults.content.slice(0, 200) });

    await harness.open('#/teacher', { profile: null });
    await unlockTeacher(page, '13579');
    await page.getByRole('link', { name: 'Class results: Sources and sums' }).click();
    harness.files.willOpen([{ name: 'student-a.lensesresults', content: studentResults.content }, ...files]);
    await page.getByRole('button', { name: 'Import results files…' }).click();
    await expect(page.getByText('31 results files imported, 2 not imported.')).toBeVisible();
    const rejected = page.getByRole('alert').filter({ hasText: 'Files not imported' });
    await expect(rejected).toContainText('notes.lensesresults');
    await expect(rejected).toContainText('cut-off.lensesresults');

    const scores = page.getByRole('table', { name: 'Scores by student' });
    await expect(scores.getByRole('row')).toHaveCount(32);
    await expect(scores.getByRole('rowheader', { name: 'محمد علي' })).toBeVisible();
    // 10 of 31 got the sum wrong: 21/31 = 68% right; everyone got the Qatar question right.
    const perExercise = page.getByRole('table', { name: 'How each exercise went' });
    await expect(perExercise.getByRole('row').filter({ hasText: 'Do the numbers add up' })).toContainText('68%');
    await expect(perExercise.getByRole('row').filter({ hasText: 'How well is this sourced' })).toContainText('100%');
    await expect(perExercise.getByRole('row').filter({ hasText: 'Do the numbers add up' })).toContainText('(10)');
    // Right in the end (21 of 31) is kept apart from right on the first try (11 of 31: 10 needed a second try).
    const sumRow = perExercise.getByRole('row').filter({ hasText: 'Do the numbers add up' });
    await expect(sumRow.getByRole('cell').nth(4)).toHaveText('68%');
    await expect(sumRow.getByRole('cell').nth(5)).toHaveText('35%');
    await expect(perExercise.getByRole('columnheader', { name: 'Fully right on the first try' })).toBeVisible();
    const retrier = scores.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Анна Петрова' }) });
    await expect(retrier).toContainText('2 tries');
    await expect(retrier).toContainText('1 of 2');
    // Times in decimal minutes, dates as local date and time.
    await expect(retrier).toContainText(/\d+(\.\d)? min/u);
    await expect(retrier.locator('time')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/u);
    await expect(page.getByRole('heading', { name: 'Written answers' })).toBeVisible();
    await harness.screenshot('teacher-class-overview');
    await harness.axe();

    // Importing the same files again adds no one twice.
    harness.files.willOpen([{ name: 'student-a.lensesresults', content: studentResults.content }]);
    await page.getByRole('button', { name: 'Import results files…' }).click();
    await expect(page.getByText('0 results files imported, 1 not imported.')).toBeVisible();
    await expect(scores.getByRole('row')).toHaveCount(32);

    // CSV: UTF-8 with BOM, parses back with every name intact.
    await page.getByRole('button', { name: 'Export spreadsheet (CSV)…' }).click();
    await expect(page.getByText(/Saved the spreadsheet/)).toBeVisible();
    const csv = await harness.files.savedFile();
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.content.slice(1)) as string[][];
    expect(rows).toHaveLength(32);
    const csvNames = rows.slice(1).map((r) => r[0]);
    for (const n of ['Zoë "Z" O\'Brien, Jr.', 'Анна Петрова', 'محمد علي', 'Student A']) expect(csvNames).toContain(n);

    // The print view.
    await page.getByRole('link', { name: 'Print view' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Class report: Sources and sums' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await harness.screenshot('teacher-print-view');
  });

  test('a wrong teacher PIN does not open teacher mode', async ({ page, harness }) => {
    await harness.open('#/teacher');
    await unlockTeacher(page, '2468', true);
    await page.getByRole('button', { name: 'Lock teacher mode' }).click();
    await page.getByLabel('Teacher PIN', { exact: true }).fill('1111');
    await page.getByRole('button', { name: 'Open teacher mode' }).click();
    await expect(page.getByRole('alert')).toContainText('That PIN is not right.');
    await expect(page.getByRole('link', { name: 'New assignment' })).toHaveCount(0);
  });
});
