import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from './fixtures';
import { dragSelect } from './text-selection';
import { unlockTeacher } from './teacher-steps';

const fixture = (name: string) => ({ name, content: readFileSync(path.resolve('tests/fixtures/authoring', name), 'utf8') });
const feedback = (page: Page) => page.getByRole('status').filter({ hasText: /Correct|Not quite|Partly/ });
const says = (page: Page, text: string | RegExp) => expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

const proposal = (page: Page, status: string, label: RegExp) => page.getByRole('listitem', { name: new RegExp(`^${status}\\. ${label.source}`, 'u') });

test.describe('teachers bring their own articles', () => {
  test('import three files, review, edit, author two exercises, save; a student completes them', async ({ page, harness }) => {
    test.setTimeout(120_000);
    await harness.open('#/teacher');
    await unlockTeacher(page, '24680', true);

    await expect(page.getByRole('heading', { name: 'Your article sets' })).toBeVisible();
    await page.getByRole('link', { name: 'New article set' }).click();
    await page.getByLabel('Title').fill('Alder flood');
    await page.getByLabel('Description (what students will compare)').fill('Three reports of the same flood, from the night and the morning after.');
    await page.getByLabel('Topic').fill('Local news: a river flood');
    await page.getByRole('button', { name: 'Create and add articles' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Alder flood' })).toBeVisible();

    // Import: three files at once (plain text, a web page with navigation, adverts and scripts, Markdown).
    harness.files.willOpen([fixture('river-report.txt'), fixture('flood-page.html'), fixture('morning-after.md')]);
    await page.getByRole('button', { name: 'Add article from file…' }).click();
    await says(page, 'Added 3 articles');
    const articles = page.getByRole('table', { name: 'Articles in this set' });
    await expect(articles.getByRole('row')).toHaveCount(4);
    await expect(articles).toContainText('Hundreds moved to shelter as Alder bursts its banks');
    await expect(page.getByRole('list', { name: 'What stops saving' })).toContainText('confirm its outlet, date, headline and language');
    // A bad file is refused with its name and the reason, and nothing is added.
    harness.files.willOpen([{ name: 'scan.txt', content: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 1]) }]);
    await page.getByRole('button', { name: 'Add article from file…' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '“scan.txt” could not be imported: it is not a text file' })).toBeVisible();
    await expect(articles.getByRole('row')).toHaveCount(4);
    await harness.screenshot('authoring-import');
    await harness.axe();

    // Review the plain-text report: details, then the proposals.
    await page.getByRole('link', { name: 'Review: River Alder floods low-lying streets in Marrow' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review: River Alder floods low-lying streets in Marrow' })).toBeVisible();
    await page.getByLabel('How do you know the outlet?').selectOption({ label: 'Unknown' });
    await page.getByLabel('Note on the outlet').fill('A handout from the class; no outlet is named.');
    await page.getByLabel('How sure is the date?').selectOption({ label: 'Exact: the text gives it' });
    await page.getByLabel('Date', { exact: true }).fill('2025-11-05');
    await page.getByLabel('Where the text gives the date').fill('Written the morning after “Tuesday night” (4 November 2025).');
    await page.getByRole('button', { name: 'Confirm details' }).click();
    await says(page, 'Saved and confirmed');

    await page.getByRole('button', { name: /^Accept: Attribution: “the county fire service”/u }).click();
    await expect(proposal(page, 'Accepted', /Attribution: “the county fire service”/u)).toBeVisible();
    await page.getByRole('button', { name: /^Accept: Attribution: “Mara Jensen, a farmer”/u }).click();
    await expect(proposal(page, 'Accepted', /Attribution: “Mara Jensen/u)).toBeVisible();
    // Keyboard: move down the list with the arrow keys, R rejects, A accepts, E edits.
    const officials = proposal(page, 'Proposed', /Attribution: “Officials”/u);
    await officials.focus();
    await page.keyboard.press('r');
    await expect(proposal(page, 'Rejected', /Attribution: “Officials”/u)).toBeVisible();
    await proposal(page, 'Rejected', /Attribution: “Officials”/u).focus();
    await page.keyboard.press('ArrowUp');
    await expect(proposal(page, 'Proposed', /Attribution: “Residents”/u)).toBeFocused();
    await page.keyboard.press('e');
    const editor = page.getByRole('form', { name: 'Edit proposal said' });
    await editor.getByLabel('Source type').selectOption({ label: 'Vague source' });
    await editor.getByLabel('Note for students').fill('“Residents” are not named: a reader cannot check who said this.');
    await editor.getByRole('button', { name: 'Save and accept' }).click();
    await expect(proposal(page, 'Accepted', /Attribution: “Residents” \+ “said” · Vague source/u)).toBeVisible();
    // Edit a figure's span: "At least 40" becomes "At least 40 homes".
    await page.getByRole('button', { name: /^Edit: Figure: “At least 40”/u }).click();
    const figure = page.getByRole('form', { name: 'Edit proposal At least 40' });
    const end = figure.getByLabel('Ends at character');
    await end.fill(String(Number(await end.inputValue()) + ' homes'.length));
    await expect(figure.locator('output')).toHaveText('Words: “At least 40 homes”');
    await figure.getByRole('button', { name: 'Save and accept' }).click();
    await expect(proposal(page, 'Accepted', /Figure: “At least 40 homes”/u)).toBeVisible();
    await expect(page.locator('mark.proposal-accepted').filter({ hasText: 'At least 40 homes' })).toBeVisible();
    await expect(page.locator('mark.proposal-proposed').first()).toBeVisible();
    await harness.screenshot('authoring-review');
    await harness.axe();

    // The other two articles: confirm their details (and accept one highlight in the web page).
    await page.getByRole('link', { name: 'Alder flood' }).click();
    await page.getByRole('link', { name: 'Review: Hundreds moved to shelter as Alder bursts its banks' }).click();
    await expect(page.locator('.article-text')).not.toContainText('Special offer');
    await page.getByRole('button', { name: /^Accept: Attribution: “the Marrow district council”/u }).click();
    await page.getByRole('button', { name: /^Accept: Figure: “52”/u }).click();
    await expect(proposal(page, 'Accepted', /Figure: “52”/u)).toBeVisible();
    await page.getByRole('button', { name: 'Confirm details' }).click();
    await says(page, 'Saved and confirmed');
    await page.getByRole('link', { name: 'Alder flood' }).click();
    await page.getByRole('link', { name: 'Review: Clean-up begins after Alder flood' }).click();
    // A direct quotation is proposed with its speaker; a hedge is named as a word, not quoted from the text.
    const quotation = proposal(page, 'Proposed', /Attribution: “Lena Brooks, a shop owner” \+ “said” · Named person · direct quotation "It will take weeks to dry out,"/u);
    await expect(quotation).toBeVisible();
    await expect(page.locator('mark.role-claim').filter({ hasText: 'It will take weeks to dry out' })).toBeVisible();
    await expect(proposal(page, 'Proposed', /Figure: “About 60” · counts homes · hedge: around$/u)).toBeVisible();
    await harness.screenshot('authoring-review-quotation');
    // The review at school-laptop size and on a wide screen.
    const size = page.viewportSize();
    for (const screen of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(screen);
      await expect(quotation).toBeVisible();
      await harness.screenshot(`authoring-review-quotation-${screen.width}`);
    }
    if (size) await page.setViewportSize(size);
    await quotation.getByRole('button', { name: /^Accept: /u }).click();
    await expect(proposal(page, 'Accepted', /Attribution: “Lena Brooks, a shop owner”/u)).toBeVisible();
    await page.getByRole('button', { name: 'Confirm details' }).click();
    await says(page, 'Saved and confirmed');
    await page.getByRole('link', { name: 'Alder flood' }).click();

    // The figures for damaged homes in the reports are proposed as one link.
    await page.getByRole('button', { name: 'Accept link: Number of homes: the figures in each report' }).click();
    await says(page, 'Accepted the link');

    // Two exercises from the accepted highlights: find the source of a figure, and who gives it.
    await page.getByLabel('Article', { exact: true }).selectOption({ label: 'River Alder floods low-lying streets in Marrow' });
    await page.getByLabel('Kind of exercise').selectOption({ label: 'Find the source of a figure (select words)' });
    await page.getByRole('button', { name: 'Create exercise' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit exercise' })).toBeVisible();
    await expect(page.getByLabel('Target 1: the widest selection that is still right')).toHaveValue('the county fire service said in a statement');
    await page.getByLabel('Prompt').fill('The first paragraph says at least 40 homes were flooded. Select the words that tell you who gives this figure.');
    await page.getByLabel('Hints (one per line, shown one at a time)').fill('Look for “said” near the figure.\nWho would count flooded homes?');
    await page.getByRole('button', { name: 'Save exercise' }).click();
    await says(page, 'Saved the exercise.');
    await page.getByRole('button', { name: 'Preview as a student' }).click();
    await expect(page.getByRole('region', { name: 'Preview as a student' }).getByRole('heading', { name: /The first paragraph says at least 40 homes/u })).toBeVisible();
    await harness.screenshot('authoring-exercise');
    await harness.axe();

    await page.getByRole('link', { name: 'Back to the set' }).click();
    await page.getByLabel('Article', { exact: true }).selectOption({ label: 'River Alder floods low-lying streets in Marrow' });
    await page.getByLabel('Kind of exercise').selectOption({ label: 'Who gives this figure? (multiple choice)' });
    await page.getByRole('button', { name: 'Create exercise' }).click();
    await expect(page.getByLabel('Option 1', { exact: true })).toHaveValue('the county fire service');
    await page.getByLabel('Feedback for option 1').fill('Yes: the fire service gave the figure in a statement.');
    await page.getByRole('button', { name: 'Save exercise' }).click();
    await says(page, 'Saved the exercise.');
    await page.getByRole('link', { name: 'Back to the set' }).click();

    // Save: the checker passes it and it joins the library.
    await expect(page.getByText('The set passes every check.')).toBeVisible();
    await page.getByRole('button', { name: 'Save set' }).click();
    await says(page, 'Saved “Alder flood” (version 1)');
    await harness.screenshot('authoring-saved');
    const href = await page.getByRole('link', { name: 'Open its exercises' }).getAttribute('href');
    const setId = decodeURIComponent(href!.split('/').pop()!);
    const { set, exercises } = await harness.api.getArticleSet({ id: setId });
    expect(exercises.map((e) => e.type)).toEqual(['find', 'choice']);
    expect(set.links.map((l) => l.members.length)).toEqual([2]);
    expect(set.articles.find((a) => a.shortTitle.startsWith('River'))!.annotations.map((a) => a.kind).sort()).toEqual(['attribution', 'attribution', 'attribution', 'number']);
    expect(set.articles.find((a) => a.shortTitle.startsWith('Clean-up'))!.annotations).toEqual([
      expect.objectContaining({ kind: 'attribution', speech: 'direct', source: expect.objectContaining({ quote: 'Lena Brooks, a shop owner' }), claim: expect.objectContaining({ quote: '"It will take weeks to dry out,"' }) }),
    ]);
    await page.getByRole('button', { name: 'Lock teacher mode' }).click();

    // A student finds the set in the library and does both exercises.
    await harness.open('#/library', { profile: 'Student B' });
    await expect(page.getByRole('heading', { name: 'Alder flood' })).toBeVisible();
    await harness.open(`#/exercises/${setId}/${exercises[0]!.id}`, { profile: 'Student B' });
    await expect(page.getByRole('heading', { name: /The first paragraph says at least 40 homes/u })).toBeVisible();
    await dragSelect(page, 'b2', 'the county fire service said');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');
    await page.getByRole('link', { name: 'Next exercise' }).click();
    await page.getByRole('radio', { name: /the county fire service/u }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');
    await harness.screenshot('authoring-student');
  });

  // Desktop host only (`@one-host`): what differs on the web host (the files picked, the set saved
  // to and read back from IndexedDB, a student answering it) runs on both hosts in the test above;
  // the exercise editor's screens are the renderer's, the same in both builds.
  test('author match, order, compare-wording and written exercises, edit their keys, save; a student completes them', { tag: ['@one-host'] }, async ({ page, harness }) => {
    test.setTimeout(120_000);
    // The import and review are covered above: here they are done through the handlers.
    const h = harness.api;
    await h.setTeacherPin({ pin: '24680' });
    const { draft } = await h.createDraft({ title: 'Alder flood', description: 'Three reports of one flood.', topic: 'Local news' });
    harness.files.willOpen([fixture('river-report.txt'), fixture('flood-page.html'), fixture('morning-after.md')]);
    const { view } = await h.addArticlesFromFiles({ draftId: draft.id });
    for (const a of view.draft.articles) {
      await h.updateArticle({ draftId: draft.id, articleId: a.id, metadata: { shortTitle: a.shortTitle, language: 'en', outlet: { status: 'unknown', note: 'A class handout.' }, published: { precision: 'unknown', note: 'Not given.' } } });
      // The river report: every figure and source; the others: their framing highlights.
      for (const p of a.proposals.filter((x) => (a.shortTitle.startsWith('River') ? x.kind !== 'framing' : x.kind === 'framing'))) {
        await h.reviewProposal({ draftId: draft.id, articleId: a.id, proposalId: p.id, decision: 'accept' });
      }
    }
    const river = 'River Alder floods low-lying streets in Marrow';
    // Opening the window locks teacher mode: the teacher enters the PIN again.
    await harness.open(`#/teacher/draft/${draft.id}`);
    await unlockTeacher(page, '24680');
    await expect(page.getByRole('heading', { level: 1, name: 'Alder flood' })).toBeVisible();
    const create = async (article: string, kind: string) => {
      await page.getByLabel('Article', { exact: true }).selectOption({ label: article });
      await page.getByLabel('Kind of exercise').selectOption({ label: kind });
      await page.getByRole('button', { name: 'Create exercise' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Edit exercise' })).toBeVisible();
    };
    const saveAndPreview = async (prompt: RegExp) => {
      await page.getByRole('button', { name: 'Save exercise' }).click();
      await says(page, 'Saved the exercise.');
      await page.getByRole('button', { name: 'Preview as a student' }).click();
      await expect(page.getByRole('region', { name: 'Preview as a student' }).getByRole('heading', { name: prompt })).toBeVisible();
      await harness.axe();
      await page.getByRole('link', { name: 'Back to the set' }).click();
    };

    // Order: the figures in the order the text gives them; the teacher turns it into "largest first".
    await create(river, 'Put the figures in the order the text gives them (order)');
    const order = page.getByRole('list', { name: 'The right order' });
    await expect(order.getByRole('listitem')).toHaveText([/At least 40/u, /around 300/u]);
    await page.getByLabel('Prompt').fill('Put the figures in order, from the largest to the smallest.');
    await page.getByLabel('What comes first').fill('Largest');
    await page.getByLabel('What comes last').fill('Smallest');
    await page.getByRole('button', { name: 'Move down in the right order: Homes' }).click();
    await expect(order.getByRole('listitem')).toHaveText([/around 300/u, /At least 40/u]);
    await expect(page.getByRole('button', { name: 'Move up in the right order: Homes' })).toBeFocused();
    await saveAndPreview(/from the largest to the smallest/u);

    // Written: the model answer and the checklist; add a line and remove one.
    await create(river, 'Write about the sources or figures (written response)');
    await expect(page.getByLabel('Model answer (shown after the student submits)')).toHaveValue(/the county fire service/u);
    await expect(page.getByLabel(/^Checklist line \d$/u)).toHaveCount(3);
    await page.getByRole('button', { name: 'Add a checklist line' }).click();
    await page.getByLabel('Checklist line 4').fill('I say which source I would trust most, and why.');
    await page.getByRole('button', { name: 'Remove checklist line 3' }).click();
    await expect(page.getByLabel(/^Checklist line \d$/u)).toHaveCount(3);
    await page.getByLabel('Fewest words the answer needs').fill('10');
    await saveAndPreview(/Who are the sources/u);

    // Match: each figure to what it counts; the teacher renames an option.
    await create(river, 'Match each figure to what it counts (match)');
    await expect(page.getByLabel('“around 300” matches')).toHaveValue('o2');
    await page.getByLabel('Option 2', { exact: true }).fill('people moved to the school hall');
    await saveAndPreview(/Match each figure/u);

    // Compare: the two passive phrases and no neutral wording accepted, so the question is which are
    // passives without an agent (both, by default); the teacher keeps only the second.
    await create('Clean-up begins after Alder flood', 'Compare wording: which phrases are neutral, or of one kind');
    await page.getByRole('checkbox', { name: /^Phrase 1, “were damaged”/u }).uncheck();
    await page.getByRole('checkbox', { name: /^Phrase 2, “had been damaged”/u }).check();
    await page.getByLabel('Feedback for phrase 2').fill('This phrase is the one we discussed in class.');
    await saveAndPreview(/passive without an agent/u);

    await expect(page.getByText('The set passes every check.')).toBeVisible();
    await page.getByRole('button', { name: 'Save set' }).click();
    await says(page, 'Saved “Alder flood” (version 1)');
    const { exercises } = await h.getArticleSet({ id: draft.id });
    expect(exercises.map((e) => e.type)).toEqual(['order', 'written', 'match', 'compare']);
    expect(exercises[0]).toMatchObject({ firstLabel: 'Largest', lastLabel: 'Smallest' });
    expect(exercises[1]).toMatchObject({ minWords: 10, rubric: expect.arrayContaining(['I say which source I would trust most, and why.']) });
    await page.getByRole('button', { name: 'Lock teacher mode' }).click();

    // A student does all four.
    await harness.open(`#/exercises/${draft.id}/${exercises[0]!.id}`, { profile: 'Student C' });
    await expect(page.getByRole('heading', { name: /from the largest to the smallest/u })).toBeVisible();
    if (!((await page.locator('.order-item').first().textContent()) ?? '').includes('around 300')) await page.getByRole('button', { name: 'Move up: People' }).click();
    await expect(page.locator('.order-item').first()).toContainText('around 300');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');

    await page.getByRole('link', { name: 'Next exercise' }).click();
    await expect(page.getByRole('heading', { name: /Who are the sources/u })).toBeVisible();
    await page.getByLabel('Your answer').fill('The fire service and Mara Jensen are named, so a reader could check them. Residents and officials are vague.');
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'I say which source I would trust most, and why.' }).check();

    await page.getByRole('link', { name: 'Next exercise' }).click();
    await expect(page.getByRole('heading', { name: /Match each figure/u })).toBeVisible();
    await page.getByLabel('At least 40').selectOption({ label: 'homes' });
    await page.getByLabel('around 300').selectOption({ label: 'people moved to the school hall' });
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');

    await page.getByRole('link', { name: 'Next exercise' }).click();
    await expect(page.getByRole('heading', { name: /passive without an agent/u })).toBeVisible();
    await page.getByRole('radio', { name: /had been damaged/u }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(page)).toContainText('✓ Correct');
    await harness.axe();
  });

  test('paste text, refuse an empty paste, and ask for missing details', async ({ page, harness }) => {
    // Setting the PIN also opens teacher mode.
    await harness.api.setTeacherPin({ pin: '24680' });
    // Opening the window locks teacher mode: the teacher enters the PIN again.
    await harness.open('#/teacher');
    await unlockTeacher(page, '24680');
    await page.getByRole('link', { name: 'New article set' }).click();
    await page.getByRole('button', { name: 'Create and add articles' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Give the set a title, a description and a topic.' })).toBeVisible();
    await page.getByLabel('Title').fill('Port storm');
    await page.getByLabel('Description (what students will compare)').fill('One pasted report.');
    await page.getByLabel('Topic').fill('Weather');
    await page.getByRole('button', { name: 'Create and add articles' }).click();

    await page.getByRole('button', { name: 'Paste text' }).click();
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '“pasted text” could not be imported: it is empty.' })).toBeVisible();
    await page.getByLabel(/^Article text/u).fill('Storm closes the port\n\nThe port closed on Friday, the harbour master said.\nAbout 20 boats stayed in the harbour, according to the coastguard.');
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await says(page, 'Added the pasted article.');
    await expect(page.getByRole('table', { name: 'Articles in this set' })).toContainText('pasted text');

    await page.getByRole('link', { name: 'Review: Storm closes the port' }).click();
    await page.getByLabel('How do you know the outlet?').selectOption({ label: 'The text or page names it' });
    await page.getByRole('button', { name: 'Confirm details' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Please give the outlet’s name.' })).toBeVisible();
    // Tab reaches the first proposal; the arrow keys move on.
    await page.getByRole('button', { name: 'Confirm details' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('listitem', { name: /^Proposed\. / }).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('a');
    await expect(page.getByRole('listitem', { name: /^Accepted\. / })).toHaveCount(1);
  });
});
