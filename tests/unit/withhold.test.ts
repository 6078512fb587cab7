import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readSetFolder } from '../../content/node/read-set-folder';
import { validateArticleSet } from '../../content/logic/validate-set';
import { compareViewText } from '../../content/logic/compare-view';
import { withholdForAssessments } from '../../main/assignments/withhold';
import type { LoadedSet } from '../../main/content/content-repository';

const root = path.resolve('content/sets');

async function gaza(): Promise<LoadedSet> {
  const checked = validateArticleSet(await readSetFolder(path.join(root, 'gaza-2023-24'), { withSources: false, relativeTo: root }));
  return { set: checked.set!, exercises: checked.exercises, origin: 'shipped' };
}

describe('withholdForAssessments', () => {
  it('gives the same copy of a set while the same articles are held back, so Compare prepares its view once', async () => {
    const loaded = await gaza();
    const [first, second] = loaded.set.articles;
    const open = [{ title: 'Test', setId: loaded.set.id, articleIds: [first!.id], exerciseIds: [loaded.exercises[0]!.id] }];
    const one = withholdForAssessments(loaded, open);
    const again = withholdForAssessments(loaded, open);
    expect(one.set).not.toBe(loaded.set);
    expect(again.set).toBe(one.set);
    expect(compareViewText(again.set)).toBe(compareViewText(one.set));
    expect(one.set.articles.find((a) => a.id === first!.id)!.annotations).toEqual([]);
    // Other articles held back: another copy, with its own highlights left out.
    const other = withholdForAssessments(loaded, [{ ...open[0]!, articleIds: [second!.id] }]);
    expect(other.set).not.toBe(one.set);
    expect(other.set.articles.find((a) => a.id === first!.id)!.annotations).toEqual(first!.annotations);
    expect(other.set.articles.find((a) => a.id === second!.id)!.annotations).toEqual([]);
    // Nothing open on this set: the set itself.
    expect(withholdForAssessments(loaded, []).set).toBe(loaded.set);
  });
});
