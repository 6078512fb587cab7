import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';

describe('content handlers over the shipped content folder', () => {
  it('lists the seed set with its article count and date range', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-svc-'));
    const { handlers } = await createServices({ userDataDir: dir, contentDir: path.resolve('content/sets'), appVersion: '0', host: 'test-harness' });
    const { sets, problems } = await handlers.listArticleSets({});
    expect(problems).toEqual([]);
    const seed = sets.find((s) => s.id === 'gaza-2023-24');
    expect(seed).toMatchObject({ articleCount: 5, dateRange: { earliest: '2023-12-01', latest: '2024-09-30' } });
    expect(seed?.undatedArticles).toBe(0);
    const loaded = await handlers.getArticleSet({ id: 'gaza-2023-24' });
    expect(loaded.set.articles.map((a) => a.id)).toHaveLength(5);
  });

  it('reports a broken set instead of failing, and still lists the good ones', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-svc-'));
    const { handlers } = await createServices({ userDataDir: dir, contentDir: path.resolve('tests/fixtures/content-mixed'), appVersion: '0', host: 'test-harness' });
    const { sets, problems } = await handlers.listArticleSets({});
    expect(sets.map((s) => s.id)).toEqual(['tiny']);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/not in the article text/);
  });
});
