import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSetFolder } from '../../content/node/read-set-folder';
import { validateArticleSet } from '../../content/logic/validate-set';
import { answerKey, gradeAnswer, lookupArticles, resolveTargets } from '../../content/logic/grading';
import type { Article, ArticleSet, NumberAnnotation } from '../../content/schema/article-set';
import type { Exercise, FindExercise } from '../../content/schema/exercise';
import { createServices } from '../../main/services';

const SETS = ['hurricane-dean-2007', 'cyclone-nargis-2008'] as const;
const loaded = Object.fromEntries(
  await Promise.all(
    SETS.map(async (id) => {
      const dir = path.resolve('content/sets', id);
      const result = validateArticleSet(await readSetFolder(dir, { withSources: true }));
      if (!result.set) throw new Error(`${id} does not load: ${JSON.stringify(result.problems)}`);
      return [id, { dir, set: result.set, exercises: result.exercises, problems: result.problems }] as const;
    }),
  ),
) as Record<(typeof SETS)[number], { dir: string; set: ArticleSet; exercises: Exercise[]; problems: unknown[] }>;

/** The only change allowed to a published text: runs of white space become one space. */
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
const textOf = (article: Article) => article.blocks.map((b) => b.text).join(' ');
const article = (setId: (typeof SETS)[number], id: string) => {
  const a = loaded[setId].set.articles.find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}`);
  return a;
};

describe.each(SETS)('the %s set', (setId) => {
  const { dir, set, exercises, problems } = loaded[setId];

  it('passes every content check', () => {
    expect(problems).toEqual([]);
  });

  it.each(set.articles.map((a) => [a.id, a] as const))('%s: the blocks reproduce the source file word for word', async (_id, a) => {
    const raw = await readFile(path.join(dir, a.sourceFile), 'utf8');
    expect(textOf(a)).toBe(collapse(raw));
    // One block per non-empty line, in order.
    expect(a.blocks.map((b) => b.text)).toEqual(raw.split('\n').map(collapse).filter(Boolean));
  });

  it('credits every article with its licence, credit line and notes on the copy', () => {
    for (const a of set.articles) {
      const p = a.provenance;
      expect(p, a.id).toBeDefined();
      if (!p) continue;
      expect(p.licence.status, a.id).toBe('stated');
      expect(p.copyNotes, a.id).toMatch(/archived|republished copy/u);
      if (a.outlet.status === 'stated' && a.outlet.name === 'Wikinews') {
        expect(p.licence).toEqual({ status: 'stated', name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' });
        // The credit names the article by its headline, the first line of the text.
        expect(p.credit).toBe(`From Wikinews, the free news source, CC BY 2.5: “${a.blocks[0]!.text}”`);
        expect(p.originalUrl).toMatch(/^https:\/\/en\.wikinews\.org\/wiki\//u);
      } else {
        expect(p.licence).toEqual({ status: 'stated', name: 'Public domain (US government work)' });
        expect(p.credit).toMatch(/US government work, public domain/u);
      }
    }
  });

  it('has at least eight exercises in each family, across every exercise type', () => {
    for (const family of ['attribution', 'framing', 'numbers'] as const) {
      expect(exercises.filter((e) => e.family === family).length, family).toBeGreaterThanOrEqual(8);
    }
    for (const type of ['find', 'choice', 'classify', 'match', 'order', 'compare', 'written'] as const) {
      expect(exercises.some((e) => e.type === type), type).toBe(true);
    }
    expect(exercises.every((e) => e.explanation.highlights.length > 0 && e.hints.length > 0)).toBe(true);
  });

  const lookup = lookupArticles(set.articles);
  it.each(exercises.map((e) => [e.id, e] as const))('%s: the answer key gets full marks', (_id, exercise) => {
    const grade = gradeAnswer(exercise, answerKey(exercise, lookup), lookup);
    expect(grade.score).toBe(1);
  });

  const finds = exercises.filter((e): e is FindExercise => e.type === 'find');
  it.each(finds.map((e) => [e.id, e] as const))('%s: the cores are right, whole paragraphs are not', (_id, exercise) => {
    const targets = resolveTargets(exercise, lookup);
    expect(gradeAnswer(exercise, { type: 'find', selections: targets.map((t) => t.core ?? t.anchor) }, lookup).correct).toBe(true);
    const blockText = (block: string) => lookup(exercise.article)?.blocks.find((b) => b.id === block)?.text ?? '';
    const paragraphs = [...new Set(targets.map((t) => t.anchor.block))].map((block) => ({ block, start: 0, end: blockText(block).length }));
    expect(gradeAnswer(exercise, { type: 'find', selections: paragraphs }, lookup).score).toBe(0);
  });

  it('the toll order exercise agrees with the dates the toll figures hold for', () => {
    const order = exercises.find((e) => e.id === 'num-order-death-toll');
    if (order?.type !== 'order') throw new Error('no toll order exercise');
    const numbers = new Map(set.articles.flatMap((a) => a.annotations.filter((n): n is NumberAnnotation => n.kind === 'number').map((n) => [n.id, n] as const)));
    const when = (id: string) => {
      const ref = order.items.find((i) => i.id === id)?.ref.annotation;
      const asOf = ref ? numbers.get(ref)?.asOf : undefined;
      if (!asOf || asOf.precision === 'unknown') throw new Error(`toll item ${id} has no date`);
      return asOf.precision === 'exact' ? asOf.date : asOf.sortKey;
    };
    const byDate = [...order.correctOrder].sort((x, y) => when(x).localeCompare(when(y)));
    expect(byDate).toEqual(order.correctOrder);
    expect(new Set(order.correctOrder.map(when)).size).toBe(order.correctOrder.length);
  });
});

describe('what the copies say about themselves', () => {
  it('keeps the typos and odd spacing of the originals', () => {
    expect(textOf(article('hurricane-dean-2007', 'nasa-dean-over-yucatan'))).toContain('shows Hurrican Dean over');
    expect(textOf(article('hurricane-dean-2007', 'wikinews-weakening-dean-landfall'))).toContain('Mexico’s Yucatán coast');
    expect(textOf(article('cyclone-nargis-2008', 'usgs-cyclone-nargis'))).toContain('coastal region of Myanamr');
    expect(textOf(article('cyclone-nargis-2008', 'wikinews-351-dead'))).toContain('The Daily Telegraph , a UK newspaper');
    expect(textOf(article('cyclone-nargis-2008', 'wikinews-351-dead'))).toContain('kills more than 350 people”., May 4, 2008');
    expect(textOf(article('cyclone-nargis-2008', 'wikinews-white-house-burma'))).toContain('"drop in the bucket, "');
  });

  it('does not invent a headline for the VOA Dean story, and says it is missing', () => {
    const voa = article('hurricane-dean-2007', 'voa-dean-tropical-depression');
    expect(voa.blocks.some((b) => b.kind === 'headline')).toBe(false);
    expect(voa.blocks[0]!.text).toMatch(/^The U\.S\. National Hurricane Center has downgraded/u);
    expect(textOf(voa)).not.toContain(voa.shortTitle);
    expect(voa.provenance?.copyNotes).toMatch(/headline is missing/u);
    expect(voa.published).toMatchObject({ precision: 'inferred', earliest: '2007-08-23', latest: '2007-08-23' });
  });

  it('gives the undated USGS page an approximate date with its reasoning, and the republished VOA copy no original address', () => {
    const usgs = article('cyclone-nargis-2008', 'usgs-cyclone-nargis');
    expect(usgs.published).toMatchObject({ precision: 'inferred', earliest: '2008-05-06', latest: '2008-05-10' });
    if (usgs.published.precision === 'inferred') expect(usgs.published.reasoning).toMatch(/22,000.*41,000/u);
    const voa = article('cyclone-nargis-2008', 'voa-78000-dead');
    expect(voa.provenance?.originalUrl).toBeUndefined();
    expect(voa.provenance?.copyNotes).toContain('https://www.globalsecurity.org/military/library/news/2008/05/mil-080516-voa04.htm');
  });
});

describe('the library lists the new sets with their subject and dates', () => {
  it('shows both sets beside the others, with their date ranges and no undated article', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-sets18-'));
    const { handlers } = await createServices({ userDataDir: dir, contentDir: path.resolve('content/sets'), appVersion: '0', host: 'test-harness' });
    const { sets, problems } = await handlers.listArticleSets({});
    expect(problems).toEqual([]);
    const expected = {
      'hurricane-dean-2007': { topic: 'Hurricane Dean (2007)', articleCount: 4, dateRange: { earliest: '2007-08-21', latest: '2007-08-23' } },
      'cyclone-nargis-2008': { topic: 'Cyclone Nargis (2008)', articleCount: 5, dateRange: { earliest: '2008-05-04', latest: '2008-05-16' } },
    };
    for (const id of SETS) {
      expect(sets.find((s) => s.id === id)).toMatchObject({ ...expected[id], undatedArticles: 0, exerciseCount: loaded[id].exercises.length });
    }
  });
});
