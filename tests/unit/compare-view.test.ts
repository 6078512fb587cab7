import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { listSetFolders, readSetFolder } from '../../content/node/read-set-folder';
import { validateArticleSet } from '../../content/logic/validate-set';
import { highlightSpans } from '../../content/logic/highlights';
import { countWords } from '../../content/logic/text';
import { compareViewText, parseCompareView } from '../../content/logic/compare-view';
import type { ArticleSet } from '../../content/schema/article-set';

const root = path.resolve('content/sets');

async function shippedSets(): Promise<ArticleSet[]> {
  const sets: ArticleSet[] = [];
  for (const folder of await listSetFolders(root)) {
    const checked = validateArticleSet(await readSetFolder(folder, { withSources: false, relativeTo: root }));
    expect(checked.problems).toEqual([]);
    sets.push(checked.set!);
  }
  return sets;
}

describe('Compare’s view of a set, prepared once in main', () => {
  it('is, for every shipped set, the set as loaded (no exercises) with the highlights worked out live', async () => {
    const sets = await shippedSets();
    expect(sets.length).toBeGreaterThanOrEqual(5);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-compare-view-'));
    const { handlers, close } = await createServices({ userDataDir: dir, contentDir: root, appVersion: '0', host: 'test-harness' });
    try {
      for (const set of sets) {
        const { view, withheld } = await handlers.getCompareView({ id: set.id });
        expect(withheld).toBeUndefined();
        const parsed = parseCompareView(view);
        expect(Object.keys(parsed).sort()).toEqual(['highlights', 'set', 'words']);
        expect(parsed.set).toEqual(set);
        expect(Object.keys(parsed.highlights)).toEqual(set.articles.map((a) => a.id));
        for (const article of set.articles) {
          expect(parsed.highlights[article.id], `${set.id}/${article.id}`).toEqual(highlightSpans(article));
          // The source card's length: every word of every block, counted as the exercises count them.
          expect(parsed.words[article.id]).toBe(countWords(article.blocks.map((b) => b.text).join(' ')));
          expect(parsed.words[article.id]).toBeGreaterThan(50);
        }
        // Every annotation with words to mark is drawn (none lost on the way).
        const drawn = new Set(Object.values(parsed.highlights).flatMap((spans) => spans.map((s) => s.annotationId)));
        expect(drawn.size).toBeGreaterThan(0);
        // Asked again, the same text comes back.
        expect((await handlers.getCompareView({ id: set.id })).view).toBe(view);
      }
    } finally {
      await close();
    }
  });

  it('is worked out once per set object, and afresh for a new one (a new version of the content)', async () => {
    const [set] = await shippedSets();
    const first = compareViewText(set!);
    const copy = structuredClone(set!);
    // Sets are never changed in place; if one were, the view already made would stay as it was.
    const article = set!.articles[0]!;
    const removed = article.annotations.pop()!;
    expect(compareViewText(set!)).toBe(first);
    article.annotations.push(removed);
    // A new version is a new object: its view is made from its own content.
    copy.version += 1;
    copy.articles[0]!.annotations = [];
    const fresh = parseCompareView(compareViewText(copy));
    expect(fresh.set.version).toBe(set!.version + 1);
    expect(fresh.highlights[article.id]).toEqual([]);
    expect(parseCompareView(first).highlights[article.id]).toEqual(highlightSpans(article));
    expect(highlightSpans(article).length).toBeGreaterThan(0);
  });
});
