import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleName, describeOutlet } from '../../content/logic/article-name';
import { describeAsOf, withCertainty } from '../../content/logic/dates';
import type { Article, ArticleSet } from '../../content/schema/article-set';

const set = JSON.parse(readFileSync(path.join(__dirname, '../../content/sets/gaza-2023-24/set.json'), 'utf8')) as ArticleSet;
const article = (id: string) => set.articles.find((a) => a.id === id)!;

describe('article names and their qualifiers', () => {
  it('says "inferred" once, whatever the data already says', () => {
    expect(withCertainty('1 December 2023', 'inferred')).toBe('1 December 2023 (inferred)');
    expect(withCertainty('Al Jazeera (likely)', 'inferred')).toBe('Al Jazeera (inferred)');
    expect(withCertainty('early February 2024 (date of the report inferred)', 'inferred')).toBe('early February 2024 (date of the report inferred)');
    expect(withCertainty('23 March 2024 (date of the report)', 'inferred')).toBe('23 March 2024 (date of the report, inferred)');
    expect(withCertainty('EFE', 'stated')).toBe('EFE');
  });

  it('gives every article of the Gaza set one name, and no doubled qualifier in its outlet, date or figures', () => {
    expect(describeOutlet(article('netanyahu-blinken-rafah')).text).toBe('Al Jazeera (inferred)');
    expect(articleName(article('truce-ends-fighting-resumes')).date.text).toBe('1 December 2023 (inferred)');
    const tanks = articleName(article('tanks-northwest-rafah'));
    expect(tanks.name).toBe('Tanks advance into northwest Rafah');
    expect(tanks.headline).toBe('Israeli Forces Launch Deadly Attacks in Gaza, Resulting in Dozens of Casualties');
    expect(tanks.nameByLenses).toBe(true);
    const texts = set.articles.flatMap((a: Article) => {
      const n = articleName(a);
      const asOf = a.annotations.flatMap((x) => (x.kind === 'number' ? [describeAsOf(x.asOf)] : []));
      return [n.name, n.outlet.text, n.date.text, ...asOf];
    });
    for (const t of texts) {
      expect(t).not.toMatch(/\)\s*\(/u);
      expect(t.match(/inferred/giu)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
