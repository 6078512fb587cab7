import { describe, expect, it, vi } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { listSetFolders, readSetFolder } from '../../content/node/read-set-folder';
import { writePreparedViews } from '../../content/node/prepare-compare-views';
import { validateArticleSet } from '../../content/logic/validate-set';
import { compareViewParts, compareViewText, parseCompareView } from '../../content/logic/compare-view';
import { compareViewKey, prepareCompareView, preparedViewFile, preparedViewText, SHIPPED_VIEW_FILE, type PreparedCompareView } from '../../content/logic/prepared-compare-view';
import type { ArticleSet } from '../../content/schema/article-set';
import type { HighlightSpan } from '../../content/logic/highlights';
import { spanText } from '../../content/authoring/draft';
import { createSeedAssignment, exportedText, makeServices, SEED_SET, studentServices, unlockedTeacher, type TestServices } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';
import { bundledShippedSets } from '../../main/web/shipped-sets';
import { createCore } from '../../main/core';
import { createCompareViews } from '../../main/content/compare-views';
import { shippedFromFolder } from '../../main/content/shipped-from-folder';
import type { LoadedSet, ShippedSets } from '../../main/content/content-repository';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';

const shippedRoot = path.resolve('content/sets');
const tempDir = (name: string) => mkdtemp(path.join(os.tmpdir(), `lenses-${name}-`));

/** A copy of the shipped set folders (without any prepared views the last build left in them). */
async function shippedCopy(): Promise<string> {
  const root = await tempDir('shipped');
  for (const folder of await listSetFolders(shippedRoot)) {
    await cp(folder, path.join(root, path.basename(folder)), { recursive: true });
    await rm(path.join(root, path.basename(folder), SHIPPED_VIEW_FILE), { force: true });
  }
  return root;
}

async function setsIn(root: string): Promise<ArticleSet[]> {
  const sets: ArticleSet[] = [];
  for (const folder of await listSetFolders(root)) sets.push(validateArticleSet(await readSetFolder(folder, { withSources: false, relativeTo: root })).set!);
  return sets;
}

const readPrepared = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as PreparedCompareView;
const writePrepared = (file: string, prepared: unknown) => writeFile(file, JSON.stringify(prepared));
const writeShipped = (file: string, prepared: PreparedCompareView) => writeFile(file, preparedViewText(prepared));

/** A prepared view as it was made, with one article's word count changed: served, it shows that the file was used. */
function marked(prepared: PreparedCompareView, articleId: string): PreparedCompareView {
  return { ...prepared, words: { ...prepared.words, [articleId]: 987654 } };
}

describe('Compare’s views of the shipped sets, prepared when Lenses is built', () => {
  it('are, for every shipped set, exactly the view worked out from the set, and are what main serves', async () => {
    const root = await shippedCopy();
    const written = await writePreparedViews(root);
    const sets = await setsIn(root);
    expect(sets.length).toBeGreaterThanOrEqual(5);
    expect(written.map((w) => path.relative(root, w.file)).sort()).toEqual(sets.map((s) => path.join(s.id, SHIPPED_VIEW_FILE)).sort());
    // Each file is served: mark each one, and each set's view shows the mark.
    for (const set of sets) {
      const file = path.join(root, set.id, SHIPPED_VIEW_FILE);
      const prepared = await readPrepared(file);
      expect(prepared.key).toBe(await compareViewKey(JSON.stringify(set)));
      expect({ highlights: prepared.highlights, words: prepared.words }).toEqual(compareViewParts(set));
    }
    const services = await createServices({ userDataDir: await tempDir('prepared'), contentDir: root, appVersion: '0', host: 'test-harness' });
    try {
      for (const set of sets) {
        const { view, withheld } = await services.handlers.getCompareView({ id: set.id });
        expect(withheld).toBeUndefined();
        expect(view).toBe(compareViewText(set));
      }
    } finally {
      await services.close();
    }
    const again = await createServices({ userDataDir: await tempDir('prepared'), contentDir: root, appVersion: '0', host: 'test-harness' });
    try {
      for (const set of sets) {
        const file = path.join(root, set.id, SHIPPED_VIEW_FILE);
        await writeShipped(file, marked(await readPrepared(file), set.articles[0]!.id));
        expect(parseCompareView((await again.handlers.getCompareView({ id: set.id })).view).words[set.articles[0]!.id]).toBe(987654);
      }
    } finally {
      await again.close();
    }
  });

  it('are ignored when made from another version of the set or in another format, or cut short', async () => {
    const root = await shippedCopy();
    await writePreparedViews(root);
    const [set] = (await setsIn(root)).filter((s) => s.id === SEED_SET);
    const file = path.join(root, SEED_SET, SHIPPED_VIEW_FILE);
    const made = marked(await readPrepared(file), set!.articles[0]!.id);
    const article = set!.articles.find((a) => a.annotations.length > 0)!;
    // The set as it was before a change: one annotation fewer (its key is another).
    const older = structuredClone(set!);
    older.articles.find((a) => a.id === article.id)!.annotations.pop();
    const stale = marked(await prepareCompareView(older), set!.articles[0]!.id);
    expect(stale.key).not.toBe(made.key);
    const cases: Array<[string, string]> = [
      ['made from another version', preparedViewText(stale)],
      ['with a key that is not a hash', preparedViewText({ ...made, key: 'x' })],
      ['cut short', preparedViewText(made).slice(0, 5000)],
      ['not JSON', '{"key": "'],
      ['in another layout', JSON.stringify({ highlights: made.highlights, key: made.key, words: made.words })],
    ];
    for (const [what, content] of cases) {
      await writeFile(file, content);
      const services = await createServices({ userDataDir: await tempDir('prepared'), contentDir: root, appVersion: '0', host: 'test-harness' });
      try {
        expect((await services.handlers.getCompareView({ id: SEED_SET })).view, what).toBe(compareViewText(set!));
      } finally {
        await services.close();
      }
    }
    // The same file with its own key is served (so the cases above were refused for what they say).
    await writeFile(file, preparedViewText(made));
    const services = await createServices({ userDataDir: await tempDir('prepared'), contentDir: root, appVersion: '0', host: 'test-harness' });
    expect(parseCompareView((await services.handlers.getCompareView({ id: SEED_SET })).view).words[set!.articles[0]!.id]).toBe(987654);
    await services.close();
  });

  it('are never served for the copy a student gets while an assessment is open: that copy has its own view, without the withheld highlights', async () => {
    const root = await shippedCopy();
    await writePreparedViews(root);
    const file = path.join(root, SEED_SET, SHIPPED_VIEW_FILE);
    const [set] = (await setsIn(root)).filter((s) => s.id === SEED_SET);
    const article = set!.articles.find((a) => a.annotations.length > 0)!;
    await writeShipped(file, marked(await readPrepared(file), article.id));

    const t = await unlockedTeacher({ contentDir: root });
    const id = await createSeedAssignment(t.handlers, 'assessment', { exerciseIds: ['attr-find-toll-source'] });
    const s = await studentServices({ contentDir: root });
    // Before the assessment opens, the prepared view is served.
    expect(parseCompareView((await s.handlers.getCompareView({ id: SEED_SET })).view).words[article.id]).toBe(987654);
    s.files.willOpen([{ name: 'a.lensesassignment', content: await exportedText(t, id) }]);
    await s.handlers.openAssignmentFile({}, testCaller);
    const during = await s.handlers.getCompareView({ id: SEED_SET });
    expect(during.withheld?.articleIds).toContain(article.id);
    const view = parseCompareView(during.view);
    expect(view.words[article.id]).not.toBe(987654);
    expect(view.highlights[article.id]).toEqual([]);
    expect(view.set.articles.find((a) => a.id === article.id)!.annotations).toEqual([]);
    expect(during.view).not.toContain(`"${article.annotations[0]!.id}"`);
    // After a restart too (nothing prepared is kept for the copy).
    const back = await studentServices({ dir: s.dir, contentDir: root });
    const after = parseCompareView((await back.handlers.getCompareView({ id: SEED_SET })).view);
    expect(after.words[article.id]).not.toBe(987654);
    expect(after.highlights[article.id]).toEqual([]);
  });
});

describe('the web build’s prepared views', () => {
  it('are found by set id among the bundled files; one that does not load is none', async () => {
    const shipped = bundledShippedSets({}, {}, {
      '../../content/sets/alpha/compare-view.json': () => Promise.resolve('{"key":"a"}'),
      '../../content/sets/offline/compare-view.json': () => Promise.reject(new Error('Failed to fetch')),
    });
    expect(await shipped.preparedView!('alpha')).toBe('{"key":"a"}');
    expect(await shipped.preparedView!('offline')).toBeNull();
    expect(await shipped.preparedView!('beta')).toBeNull();
  });
});

/** A teacher's set of one article with an accepted attribution, saved; returns the services and the set's id. */
async function savedTeacherSet(): Promise<{ t: TestServices; id: string }> {
  const t = await unlockedTeacher();
  const { draft } = await t.handlers.createDraft({ title: 'Alder flood', description: 'One report of a flood.', topic: 'Local news' });
  const { view } = await t.handlers.addArticleFromText({ draftId: draft.id, text: await readFile(path.resolve('tests/fixtures/authoring/river-report.txt'), 'utf8') });
  const article = view.draft.articles[0]!;
  await t.handlers.updateArticle({
    draftId: draft.id,
    articleId: article.id,
    metadata: { shortTitle: article.shortTitle, language: 'en', outlet: { status: 'unknown', note: 'A class handout.' }, published: { precision: 'inferred', earliest: '2025-11-04', latest: '2025-11-06', display: 'early November 2025', reasoning: 'The week of the flood.' } },
  });
  const said = article.proposals.find((p) => p.kind === 'attribution' && spanText(article, p.cue) === 'said in a statement')!;
  await t.handlers.reviewProposal({ draftId: draft.id, articleId: article.id, proposalId: said.id, decision: 'accept' });
  expect(await t.handlers.saveDraftAsSet({ draftId: draft.id })).toMatchObject({ saved: true });
  return { t, id: draft.id };
}

describe('Compare’s view of a teacher’s set, prepared when it is saved', () => {
  it('is written beside the set on save, and served after a restart without being worked out again', async () => {
    const { t, id } = await savedTeacherSet();
    const file = path.join(t.dir, 'sets', preparedViewFile(id));
    const { set } = await t.handlers.getArticleSet({ id });
    const prepared = await readPrepared(file);
    expect(prepared.key).toBe(await compareViewKey(JSON.stringify(set)));
    expect({ highlights: prepared.highlights, words: prepared.words }).toEqual(compareViewParts(set));
    expect(Object.values(prepared.highlights).flat().length).toBeGreaterThan(0);
    expect((await t.handlers.getCompareView({ id })).view).toBe(compareViewText(set));
    // The next start serves the stored view (marked here, so it shows).
    await writePrepared(file, marked(prepared, set.articles[0]!.id));
    const restarted = await makeServices({ dir: t.dir });
    expect(parseCompareView((await restarted.handlers.getCompareView({ id })).view).words[set.articles[0]!.id]).toBe(987654);
  });

  it('is worked out from the set and stored again when missing, stale or damaged', async () => {
    const { t, id } = await savedTeacherSet();
    const file = path.join(t.dir, 'sets', preparedViewFile(id));
    const { set } = await t.handlers.getArticleSet({ id });
    const good = await readPrepared(file);
    const older = structuredClone(set);
    older.articles[0]!.annotations = [];
    const [articleId, spans] = Object.entries(good.highlights)[0]!;
    const withSpan = (change: Partial<HighlightSpan>) => ({ ...good, highlights: { ...good.highlights, [articleId]: [{ ...spans[0]!, ...change }] } });
    const cases: Array<[string, () => Promise<void>]> = [
      ['missing', () => rm(file)],
      ['stale (made from an older version)', async () => writePrepared(file, marked(await prepareCompareView(older), set.articles[0]!.id))],
      ['damaged', () => writeFile(file, '{"key": "abc", "highl')],
      ['not a prepared view', () => writePrepared(file, { key: good.key, highlights: 'all of them' })],
      ['hostile (its key, a span past the text)', () => writePrepared(file, withSpan({ end: 10 ** 9 }))],
      ['hostile (its key, a span in a block the article does not have)', () => writePrepared(file, withSpan({ block: 'no-such-block' }))],
      ['hostile (its key, a span of an annotation the article does not have)', () => writePrepared(file, withSpan({ annotationId: 'invented' }))],
      ['hostile (its key, a span of another kind than its annotation)', () => writePrepared(file, withSpan({ kind: 'framing' }))],
      ['hostile (its key, an article missing)', () => writePrepared(file, { ...good, words: {} })],
      ['hostile (its key, a field too many)', () => writePrepared(file, { ...good, script: '<script>' })],
    ];
    for (const [what, damage] of cases) {
      await damage();
      const restarted = await makeServices({ dir: t.dir });
      expect((await restarted.handlers.getCompareView({ id })).view, what).toBe(compareViewText(set));
      expect(await readPrepared(file), what).toEqual(good);
    }
    // A damaged file was set aside, not deleted.
    expect((await readdir(path.join(t.dir, 'sets'))).some((name) => name.startsWith(`${preparedViewFile(id)}.damaged-`))).toBe(true);
  });
});

describe('Compare’s views of the shipped sets, worked out behind the Library', () => {
  /** The shipped sets with their prepared views, noting each set whose prepared view is read. */
  async function shippedReading(): Promise<{ shipped: ShippedSets; read: string[]; sets: ArticleSet[] }> {
    const root = await shippedCopy();
    await writePreparedViews(root);
    const folder = shippedFromFolder(root);
    const read: string[] = [];
    const shipped: ShippedSets = { ...folder, preparedView: (setId) => (read.push(setId), folder.preparedView!(setId)) };
    return { shipped, read, sets: await setsIn(root) };
  }
  const FOR_A_WHILE = { timeout: 20_000, interval: 5 };

  it('are worked out once the Library lists the sets, after its answer, and served later without being worked out again', async () => {
    const { shipped, read, sets } = await shippedReading();
    const core = await createCore({ storage: createNodeStorage(await tempDir('ahead')), shipped, appVersion: '0', host: 'test-harness' });
    const listed = await core.handlers.listArticleSets({});
    expect(listed.sets.map((s) => s.id).sort()).toEqual(sets.map((s) => s.id).sort());
    // Nothing was worked out while the listing was answered.
    expect(read).toEqual([]);
    await vi.waitFor(() => expect([...read].sort()).toEqual(sets.map((s) => s.id).sort()), FOR_A_WHILE);
    for (const set of sets) expect((await core.handlers.getCompareView({ id: set.id })).view).toBe(compareViewText(set));
    expect(read).toHaveLength(sets.length);
    // Listing again works out nothing again.
    await core.handlers.listArticleSets({});
    await core.handlers.getCompareView({ id: sets[0]!.id });
    expect(read).toHaveLength(sets.length);
    await core.close();
  });

  it('leave a teacher’s set until it is asked for (its stored view is read and checked then)', async () => {
    const { shipped, read, sets } = await shippedReading();
    const dir = await tempDir('ahead-teacher');
    const views = createCompareViews(shipped, { storage: createNodeStorage(dir), folder: 'sets' });
    const [teacherSet, shippedSet] = sets;
    const teacher: LoadedSet = { set: teacherSet!, exercises: [], origin: 'teacher' };
    views.prepareAhead([teacher, { set: shippedSet!, exercises: [], origin: 'shipped' }]);
    await vi.waitFor(() => expect(read).toEqual([shippedSet!.id]), FOR_A_WHILE);
    const storedViews = async () => (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.compare-view.json'));
    expect(await storedViews()).toEqual([]);
    expect(await views.textOf(teacher)).toBe(compareViewText(teacherSet!));
    expect(await storedViews()).toEqual([path.join('sets', preparedViewFile(teacherSet!.id))]);
  });
});
