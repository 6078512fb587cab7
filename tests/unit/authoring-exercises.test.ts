import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { validateArticleSet } from '../../content/logic/validate-set';
import { readSetFolder } from '../../content/node/read-set-folder';
import { mainSpan, spanText, type DraftArticle, type Proposal } from '../../content/authoring/draft';
import { answerKey, gradeAnswer, lookupArticles } from '../../content/logic/grading';
import type { Exercise } from '../../content/schema/exercise';
import { unlockedTeacher, type TestServices } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

const fixtures = path.resolve('tests/fixtures/authoring');
const load = async (name: string) => ({ name, content: await readFile(path.join(fixtures, name), 'utf8') });

const find = (a: DraftArticle, kind: Proposal['kind'], words: string) => {
  const p = a.proposals.find((x) => x.kind === kind && spanText(a, mainSpan(x)) === words);
  if (!p) throw new Error(`no ${kind} proposal “${words}”`);
  return p;
};

/** Three confirmed articles; the river report's figures and sources, and both framing highlights, accepted. */
async function reviewedDraft(t: TestServices) {
  const { draft } = await t.handlers.createDraft({ title: 'Alder flood', description: 'Three reports of one flood.', topic: 'Local news' });
  t.files.willOpen([await load('river-report.txt'), await load('flood-page.html'), await load('morning-after.md')]);
  const { view } = await t.handlers.addArticlesFromFiles({ draftId: draft.id }, testCaller);
  const id = draft.id;
  for (const a of view.draft.articles) {
    await t.handlers.updateArticle({ draftId: id, articleId: a.id, metadata: { shortTitle: a.shortTitle, language: 'en', outlet: { status: 'unknown', note: 'n' }, published: { precision: 'unknown', note: 'n' } } });
  }
  const [river, page, after] = view.draft.articles as [DraftArticle, DraftArticle, DraftArticle];
  const accept = (a: DraftArticle, p: Proposal) => t.handlers.reviewProposal({ draftId: id, articleId: a.id, proposalId: p.id, decision: 'accept' });
  for (const p of river.proposals) await accept(river, p);
  await accept(page, find(page, 'framing', 'had been damaged'));
  await accept(after, find(after, 'framing', 'were damaged'));
  return { id, river, page, after };
}

async function exerciseOf(t: TestServices, draftId: string, exerciseId: string): Promise<Exercise> {
  const e = (await t.handlers.getDraft({ draftId })).draft.exercises.find((x) => x.id === exerciseId);
  if (!e) throw new Error(`no exercise ${exerciseId}`);
  return e;
}

describe('authoring match, order, compare and written exercises', () => {
  it('each new kind makes an exercise that passes the checker, is saved, and grades its key correct', async () => {
    const t = await unlockedTeacher();
    const { id, river, page } = await reviewedDraft(t);

    const match = await exerciseOf(t, id, (await t.handlers.addExercise({ draftId: id, articleId: river.id, kind: 'match-figures' })).exerciseId);
    expect(match).toMatchObject({ type: 'match', family: 'numbers', options: [{ id: 'o1', text: 'homes' }, { id: 'o2', text: 'people' }] });
    if (match.type !== 'match') throw new Error('unreachable');
    expect(match.items.map((i) => [i.ref.anchor.quote, i.answer])).toEqual([['At least 40', 'o1'], ['around 300', 'o2']]);

    const order = await exerciseOf(t, id, (await t.handlers.addExercise({ draftId: id, articleId: river.id, kind: 'order-figures' })).exerciseId);
    expect(order).toMatchObject({ type: 'order', firstLabel: 'First in the text', lastLabel: 'Last in the text', prompt: expect.stringMatching(/in the order the report gives them/u) });
    if (order.type !== 'order') throw new Error('unreachable');
    expect(order.correctOrder.map((i) => order.items.find((x) => x.id === i)!.ref.anchor.quote)).toEqual(['At least 40', 'around 300']);

    // No neutral wording accepted: no "most neutral" question; it asks which phrases make the same
    // kind of choice as the first (both are passives without an agent here).
    const compare = await exerciseOf(t, id, (await t.handlers.addExercise({ draftId: id, articleId: page.id, kind: 'compare-wording' })).exerciseId);
    if (compare.type !== 'compare') throw new Error('unreachable');
    expect(compare.articles).toHaveLength(2);
    expect(compare.prompt).toMatch(/Which of them are a passive without an agent\?/u);
    expect(compare.prompt).not.toMatch(/neutral/u);
    expect(compare.phrases.map((p) => [p.ref.anchor.quote, p.correct])).toEqual([['had been damaged', true], ['were damaged', true]]);

    const written = await exerciseOf(t, id, (await t.handlers.addExercise({ draftId: id, articleId: river.id, kind: 'written-response' })).exerciseId);
    if (written.type !== 'written') throw new Error('unreachable');
    expect(written.family).toBe('attribution');
    expect(written.rubric.length).toBeGreaterThanOrEqual(2);
    expect(written.modelAnswer).toMatch(/the county fire service/u);

    // Edits of the key are checked: a match item keyed to a missing option is refused; a reordered key is kept.
    const badMatch = await dispatch(t.handlers, 'updateExercise', { draftId: id, exercise: { ...match, items: match.items.map((i) => ({ ...i, answer: 'o9' })) } });
    expect(badMatch).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/which does not exist/u) } });
    await t.handlers.updateExercise({ draftId: id, exercise: { ...order, correctOrder: [...order.correctOrder].reverse(), firstLabel: 'Largest', lastLabel: 'Smallest' } });
    const noneRight = await dispatch(t.handlers, 'updateExercise', { draftId: id, exercise: { ...compare, phrases: compare.phrases.map((p) => ({ ...p, correct: false })) } });
    expect(noneRight).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no phrase is marked correct/u) } });
    await t.handlers.updateExercise({ draftId: id, exercise: { ...written, rubric: [...written.rubric, 'I quote the text.'] } });

    expect((await t.handlers.getDraft({ draftId: id })).preview.problems).toEqual([]);
    expect(await t.handlers.saveDraftAsSet({ draftId: id })).toEqual({ saved: true, setId: id, version: 1 });
    const dir = path.join(t.dir, 'sets', id);
    const checked = validateArticleSet(await readSetFolder(dir, { withSources: true, relativeTo: dir }));
    expect(checked.problems).toEqual([]);
    const loaded = await t.handlers.getArticleSet({ id });
    expect(loaded.exercises.map((e) => e.type)).toEqual(['match', 'order', 'compare', 'written']);
    const lookup = lookupArticles(loaded.set.articles);
    for (const e of loaded.exercises) {
      const grade = gradeAnswer(e, answerKey(e, lookup), lookup);
      if (e.type === 'written') expect(grade).toMatchObject({ status: 'submitted', score: 1 });
      else expect(grade.correct).toBe(true);
    }
    const savedOrder = loaded.exercises.find((e) => e.type === 'order');
    expect(savedOrder).toMatchObject({ firstLabel: 'Largest', correctOrder: [...order.correctOrder].reverse() });
    expect(loaded.exercises.find((e) => e.type === 'written')).toMatchObject({ rubric: expect.arrayContaining(['I quote the text.']) });
  });

  it('neutral wording is marked right when accepted; the wrong highlights make no exercise, with the reason', async () => {
    const t = await unlockedTeacher();
    const { id, after, page } = await reviewedDraft(t);
    const were = find(after, 'framing', 'were damaged');
    if (were.kind !== 'framing') throw new Error('unreachable');
    await t.handlers.editProposal({ draftId: id, articleId: after.id, proposalId: were.id, proposal: { kind: 'framing', span: were.span, device: 'neutral-wording', refersTo: 'the homes', note: 'Plain words.' } });
    const r = await t.handlers.addExercise({ draftId: id, articleId: after.id, kind: 'compare-wording' });
    const compare = await exerciseOf(t, id, r.exerciseId);
    if (compare.type !== 'compare') throw new Error('unreachable');
    expect(compare.phrases.map((p) => [p.ref.anchor.quote, p.correct])).toEqual([['were damaged', true], ['had been damaged', false]]);
    expect(compare.phrases[1]!.feedback).toMatch(/passive without an agent/u);

    // The web page has one accepted figure and no accepted source: match and order are refused; written is too.
    for (const kind of ['match-figures', 'order-figures', 'written-response'] as const) {
      const refused = await dispatch(t.handlers, 'addExercise', { draftId: id, articleId: page.id, kind });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/^No exercise could be made: accept/u) } });
    }
    // With only sources accepted, order falls back to the sources in the order they are quoted; written asks about figures when there are no sources.
    for (const p of page.proposals.filter((x) => x.kind === 'attribution')) await t.handlers.reviewProposal({ draftId: id, articleId: page.id, proposalId: p.id, decision: 'accept' });
    const order = await exerciseOf(t, id, (await t.handlers.addExercise({ draftId: id, articleId: page.id, kind: 'order-figures' })).exerciseId);
    expect(order).toMatchObject({ type: 'order', family: 'attribution', prompt: expect.stringMatching(/in the order the report quotes them/u) });
    const figure = find(after, 'number', 'About 60');
    await t.handlers.reviewProposal({ draftId: id, articleId: after.id, proposalId: figure.id, decision: 'accept' });
    const written = await exerciseOf(t, id, (await t.handlers.addExercise({ draftId: id, articleId: after.id, kind: 'written-response' })).exerciseId);
    expect(written).toMatchObject({ type: 'written', family: 'numbers', modelAnswer: expect.stringMatching(/About 60/u) });
  });
});
