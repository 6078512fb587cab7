import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { validateArticleSet } from '../../content/logic/validate-set';
import { readSetFolder } from '../../content/node/read-set-folder';
import { mainSpan, spanText, type DraftArticle, type Proposal } from '../../content/authoring/draft';
import { gradeAnswer, lookupArticles } from '../../content/logic/grading';
import { parseCompareView } from '../../content/logic/compare-view';
import { highlightSpans } from '../../content/logic/highlights';
import { preparedViewFile } from '../../content/logic/prepared-compare-view';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import type { ReplaceStep } from '../../main/platform/storage/storage';
import { rightAnswer, unlockedTeacher, makeServices, TEACHER_PIN, type TestServices } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

const fixtures = path.resolve('tests/fixtures/authoring');
const load = async (name: string) => ({ name, content: await readFile(path.join(fixtures, name), 'utf8') });

async function draftWithArticles(t: TestServices) {
  const { draft } = await t.handlers.createDraft({ title: 'Alder flood', description: 'Three reports of one flood.', topic: 'Local news' });
  t.files.willOpen([await load('river-report.txt'), await load('flood-page.html'), await load('morning-after.md')]);
  const { view, added } = await t.handlers.addArticlesFromFiles({ draftId: draft.id }, testCaller);
  return { id: draft.id, view, added };
}

const find = (a: DraftArticle, kind: Proposal['kind'], words: string) => {
  const p = a.proposals.find((x) => x.kind === kind && spanText(a, mainSpan(x)) === words);
  if (!p) throw new Error(`no ${kind} proposal “${words}”`);
  return p;
};

describe('teacher drafts', () => {
  it('need the teacher PIN', async () => {
    const t = await makeServices();
    await t.handlers.setTeacherPin({ pin: TEACHER_PIN });
    await t.handlers.lockTeacher({});
    const r = await dispatch(t.handlers, 'createDraft', { title: 'x', description: 'y', topic: 'z' });
    expect(r).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await dispatch(t.handlers, 'listDrafts', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('import three files with proposals; a bad file among them adds none', async () => {
    const t = await unlockedTeacher();
    const { id, view, added } = await draftWithArticles(t);
    expect(added).toHaveLength(3);
    expect(view.draft.articles.map((a) => a.importedFrom)).toEqual(['river-report.txt', 'flood-page.html', 'morning-after.md']);
    for (const a of view.draft.articles) expect(a.proposals.length).toBeGreaterThan(2);
    expect(view.preview.problems).toContain('Article “River Alder floods low-lying streets in Marrow”: confirm its outlet, date, headline and language.');

    t.files.willOpen([await load('river-report.txt'), { name: 'broken.txt', content: new Uint8Array([0xc3, 0x28]) as unknown as string }]);
    const bad = await dispatch(t.handlers, 'addArticlesFromFiles', { draftId: id }, { caller: testCaller });
    expect(bad).toEqual({ ok: false, error: { code: 'bad-file', message: expect.stringMatching(/^“broken\.txt” could not be imported: it is not UTF-8/u) } });
    expect((await t.handlers.getDraft({ draftId: id })).draft.articles).toHaveLength(3);
  });

  it('review, edit, exercises, save: the set passes the checker, is listed, and its exercises can be answered', async () => {
    const t = await unlockedTeacher();
    const { id, view } = await draftWithArticles(t);
    const [river, page] = view.draft.articles as [DraftArticle, DraftArticle, DraftArticle];
    for (const a of view.draft.articles) {
      await t.handlers.updateArticle({
        draftId: id,
        articleId: a.id,
        metadata: { shortTitle: a.shortTitle, language: 'en', outlet: { status: 'unknown', note: 'A class handout; no outlet given.' }, published: { precision: 'inferred', earliest: '2025-11-04', latest: '2025-11-06', display: 'early November 2025', reasoning: 'The flood happened on a Tuesday; the reports are from that week.' } },
      });
    }
    // Accept an attribution and its figure; reject a framing candidate; edit a wrong source type.
    const fire = find(river, 'attribution', 'said in a statement');
    const forty = find(river, 'number', 'At least 40');
    await t.handlers.reviewProposal({ draftId: id, articleId: river.id, proposalId: fire.id, decision: 'accept' });
    await t.handlers.reviewProposal({ draftId: id, articleId: river.id, proposalId: forty.id, decision: 'accept' });
    const jensen = find(river, 'attribution', 'said');
    await t.handlers.reviewProposal({ draftId: id, articleId: river.id, proposalId: jensen.id, decision: 'accept' });
    const residents = river.proposals.find((p) => p.kind === 'attribution' && p.source && spanText(river, p.source) === 'Residents')!;
    expect(residents.kind === 'attribution' && residents.sourceType).toBe('named-institution');
    if (residents.kind !== 'attribution') throw new Error('unreachable');
    await t.handlers.editProposal({ draftId: id, articleId: river.id, proposalId: residents.id, proposal: { kind: 'attribution', cue: residents.cue, source: residents.source, sourceType: 'vague', speech: 'reported', note: 'Residents are not named: a vague source.' } });
    const passive = find(page, 'framing', 'had been damaged');
    await t.handlers.reviewProposal({ draftId: id, articleId: page.id, proposalId: passive.id, decision: 'reject' });
    // A span that cuts a word is refused.
    const cut = await dispatch(t.handlers, 'editProposal', { draftId: id, articleId: page.id, proposalId: passive.id, proposal: { kind: 'framing', span: { block: passive.kind === 'framing' ? passive.span.block : 'b1', start: 1, end: 4 }, device: 'label', refersTo: 'x', note: 'y' } });
    expect(cut).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/inside a word/u) } });

    const find1 = await t.handlers.addExercise({ draftId: id, articleId: river.id, kind: 'find-source' });
    const choice = await t.handlers.addExercise({ draftId: id, articleId: river.id, kind: 'who-gives' });
    const classify = await t.handlers.addExercise({ draftId: id, articleId: river.id, kind: 'classify-sources' });
    const noSource = await dispatch(t.handlers, 'addExercise', { draftId: id, articleId: page.id, kind: 'find-source' });
    expect(noSource).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^No exercise could be made/u) } });

    // Edit the prompt and hints; a broken key is refused with the checker's reason.
    const current = classify.view.draft.exercises.find((e) => e.id === find1.exerciseId)!;
    await t.handlers.updateExercise({ draftId: id, exercise: { ...current, prompt: 'Who says 40 homes were flooded? Select the words.', hints: ['Look for “said”.'] } });
    const broken = await dispatch(t.handlers, 'updateExercise', { draftId: id, exercise: { ...current, explanation: { ...current.explanation, highlights: [{ article: river.id, anchor: { quote: 'not in the text at all' } }] } } });
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/not in the article text/u) } });

    const saved = await t.handlers.saveDraftAsSet({ draftId: id });
    expect(saved).toEqual({ saved: true, setId: id, version: 1 });
    const dir = path.join(t.dir, 'sets', id);
    expect((await readdir(path.join(dir, 'sources'))).sort()).toHaveLength(3);
    const files = await readSetFolder(dir, { withSources: true, relativeTo: dir });
    const checked = validateArticleSet(files);
    expect(checked.problems).toEqual([]);
    const riverSet = checked.set!.articles.find((a) => a.id === river.id)!;
    expect(riverSet.annotations.map((a) => a.kind).sort()).toEqual(['attribution', 'attribution', 'attribution', 'number']);
    expect(riverSet.annotations.find((a) => a.id === forty.id)).toMatchObject({ kind: 'number', figure: { quote: 'At least 40' }, givenBy: fire.id, hedge: 'at-least' });
    expect(riverSet.annotations.find((a) => a.id === residents.id)).toMatchObject({ sourceType: 'vague', source: { quote: 'Residents' } });
    expect(JSON.stringify(checked.set)).not.toMatch(/"start"|"end"/u);

    const { sets } = await t.handlers.listArticleSets({});
    expect(sets.find((s) => s.id === id)).toMatchObject({ title: 'Alder flood', articleCount: 3, exerciseCount: 3, origin: 'teacher' });
    expect(sets.find((s) => s.id === 'gaza-2023-24')?.origin).toBe('shipped');
    const loaded = await t.handlers.getArticleSet({ id });
    // Compare's view of it is made from the saved version.
    const compared = parseCompareView((await t.handlers.getCompareView({ id })).view);
    expect(compared.set).toEqual(loaded.set);
    expect(compared.highlights[river.id]).toEqual(highlightSpans(loaded.set.articles.find((a) => a.id === river.id)!));
    const lookup = lookupArticles(loaded.set.articles);
    for (const e of loaded.exercises) expect(gradeAnswer(e, rightAnswer(e, lookup), lookup).correct).toBe(true);
    expect(loaded.exercises.map((e) => e.type)).toEqual(['find', 'choice', 'classify']);
    expect(choice.exerciseId).not.toBe(find1.exerciseId);

    // An assignment can be made from it.
    const made = await t.handlers.createAssignment({ title: 'Flood', setId: id, articleIds: [river.id], exerciseIds: loaded.exercises.map((e) => e.id), due: null, attemptsAllowed: null, mode: 'practice' });
    expect(made.id).toBeTruthy();

    // Saving again bumps the version; the list still has one copy.
    expect(await t.handlers.saveDraftAsSet({ draftId: id })).toEqual({ saved: true, setId: id, version: 2 });
    expect((await t.handlers.listArticleSets({})).sets.filter((s) => s.id === id)).toHaveLength(1);
    // Compare is not left with the old version's view.
    expect(parseCompareView((await t.handlers.getCompareView({ id })).view).set.version).toBe(2);
    expect((await t.handlers.listDrafts({})).drafts).toEqual([expect.objectContaining({ id, articleCount: 3, exerciseCount: 3, savedVersion: 2 })]);
  });

  it('proposes links across articles; an accepted link becomes a set link once its highlights are accepted', async () => {
    const t = await unlockedTeacher();
    const { id, view } = await draftWithArticles(t);
    const homes = view.draft.links.find((l) => l.key === 'counted:homes');
    expect(homes).toMatchObject({ status: 'proposed', title: 'Number of homes: the figures in each report' });
    expect(new Set(homes!.members.map((m) => m.article)).size).toBe(3);
    for (const a of view.draft.articles) {
      await t.handlers.updateArticle({ draftId: id, articleId: a.id, metadata: { shortTitle: a.shortTitle, language: 'en', outlet: { status: 'unknown', note: 'n' }, published: { precision: 'unknown', note: 'n' } } });
    }
    let after = await t.handlers.reviewLink({ draftId: id, linkId: homes!.id, decision: 'accept' });
    expect(after.preview.problems).toEqual([expect.stringMatching(/joins fewer than two articles' accepted highlights/u)]);
    for (const m of homes!.members) after = await t.handlers.reviewProposal({ draftId: id, articleId: m.article, proposalId: m.proposal, decision: 'accept' });
    expect(after.preview.problems).toEqual([]);
    expect(after.preview.set!.links).toEqual([{ id: homes!.id, title: homes!.title, description: homes!.description, members: homes!.members.map((m) => ({ article: m.article, annotation: m.proposal })) }]);
    // Adding another article keeps the decision.
    t.files.willOpen([await load('river-report.txt')]);
    const more = await t.handlers.addArticlesFromFiles({ draftId: id }, testCaller);
    expect(more.view.draft.links.find((l) => l.key === 'counted:homes')).toMatchObject({ id: homes!.id, status: 'accepted' });
  });

  it('refuses to save a draft the checker fails, and writes nothing', async () => {
    const t = await unlockedTeacher();
    const { id } = await draftWithArticles(t);
    const r = await t.handlers.saveDraftAsSet({ draftId: id });
    expect(r.saved).toBe(false);
    if (!r.saved) expect(r.problems[0]).toMatch(/confirm its outlet, date, headline and language/u);
    await expect(readdir(path.join(t.dir, 'sets'))).rejects.toThrow();
  });

  it('a damaged teacher set is reported, not listed', async () => {
    const t = await unlockedTeacher();
    const { id, view } = await draftWithArticles(t);
    for (const a of view.draft.articles) {
      await t.handlers.updateArticle({ draftId: id, articleId: a.id, metadata: { shortTitle: a.shortTitle, language: 'en', outlet: { status: 'unknown', note: 'n' }, published: { precision: 'unknown', note: 'n' } } });
    }
    expect((await t.handlers.saveDraftAsSet({ draftId: id })).saved).toBe(true);
    const src = path.join(t.dir, 'sets', id, 'sources', `${view.draft.articles[0]!.id}.txt`);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(src, 'Different words entirely.\n');
    const again = await makeServices({ dir: t.dir });
    const { sets, problems } = await again.handlers.listArticleSets({});
    expect(sets.some((s) => s.id === id)).toBe(false);
    expect(problems.some((p) => /differs from its source/u.test(p.message))).toBe(true);
  });

  /** A draft ready to save, saved once (version 1), on services whose storage fails at `step` from then on. */
  async function savedOnceThenFailing(step: ReplaceStep) {
    let failing = false;
    const t = await unlockedTeacher({
      wrapStorage: (base) => ({
        ...base,
        replaceFolder: (from, to) =>
          createNodeStorage(base.where, {
            beforeReplaceStep: (at) => {
              if (failing && at === step) throw Object.assign(new Error('injected'), { code: 'EIO' });
            },
          }).replaceFolder(from, to),
      }),
    });
    const { id, view } = await draftWithArticles(t);
    for (const a of view.draft.articles) {
      await t.handlers.updateArticle({ draftId: id, articleId: a.id, metadata: { shortTitle: a.shortTitle, language: 'en', outlet: { status: 'unknown', note: 'n' }, published: { precision: 'unknown', note: 'n' } } });
    }
    expect(await t.handlers.saveDraftAsSet({ draftId: id })).toEqual({ saved: true, setId: id, version: 1 });
    failing = true;
    await t.handlers.updateDraftInfo({ draftId: id, title: 'Alder flood, second edition', description: 'Three reports of one flood.', topic: 'Local news' });
    return { t, id };
  }

  for (const step of ['set-old-aside', 'move-new-in'] as const) {
    it(`a save that fails at "${step}" says so and keeps the saved set in the Library`, async () => {
      const { t, id } = await savedOnceThenFailing(step);
      const r = await dispatch(t.handlers, 'saveDraftAsSet', { draftId: id });
      expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/^The set could not be saved .*Your draft is safe\.$/u) } });
      const { sets } = await t.handlers.listArticleSets({});
      expect(sets.find((s) => s.id === id)).toMatchObject({ title: 'Alder flood', origin: 'teacher' });
      expect((await t.handlers.listDrafts({})).drafts[0]).toMatchObject({ id, savedVersion: 1 });
      // Nothing half-written is left beside it (only Compare's view of the saved set).
      expect((await readdir(path.join(t.dir, 'sets'))).sort()).toEqual([id, preparedViewFile(id)]);
    });
  }

  it('a save whose only failure is removing the old copy is a save', async () => {
    const { t, id } = await savedOnceThenFailing('remove-old');
    expect(await t.handlers.saveDraftAsSet({ draftId: id })).toEqual({ saved: true, setId: id, version: 2 });
    const { sets } = await t.handlers.listArticleSets({});
    expect(sets.filter((s) => s.id === id)).toEqual([expect.objectContaining({ title: 'Alder flood, second edition' })]);
  });
});
