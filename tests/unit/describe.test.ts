import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeAnnotation, describeCounts } from '../../content/logic/describe';
import type { ArticleSet } from '../../content/schema/article-set';

const setsDir = path.join(__dirname, '../../content/sets');
const sets = readdirSync(setsDir).map((id) => JSON.parse(readFileSync(path.join(setsDir, id, 'set.json'), 'utf8')) as ArticleSet);
const gaza = sets.find((s) => s.id === 'gaza-2023-24')!;
const fact = (facts: Array<[string, string]>, name: string) => facts.find(([k]) => k === name)?.[1];

describe('notes on highlights', () => {
  it('says what a figure counts and its unit once, in one pair of brackets', () => {
    expect(describeCounts('people killed in Gaza (cumulative)', 'people')).toEqual([['Counts', 'people killed in Gaza (cumulative count)']]);
    expect(describeCounts('Palestinians killed in Gaza since the war began (cumulative)', 'people')).toEqual([
      ['Counts', 'Palestinians killed in Gaza since the war began (cumulative count of people)'],
    ]);
    expect(describeCounts('length of the truce (from 24 November)', 'days')).toEqual([
      ['Counts', 'length of the truce (from 24 November)'],
      ['Unit', 'days'],
    ]);
    expect(describeCounts('people killed in the Gaza Strip overnight', 'people')).toEqual([['Counts', 'people killed in the Gaza Strip overnight']]);
    // A unit named inside the remark is said already; a word containing the unit is not the unit.
    expect(describeCounts('rain expected (a range: 12 to 25 cm)', 'cm')).toEqual([['Counts', 'rain expected (a range: 12 to 25 cm)']]);
    expect(describeCounts('peoplehood scores', 'people')).toEqual([['Counts', 'peoplehood scores'], ['Unit', 'people']]);
  });

  it('names who gives a figure in one phrase, the reporter included', () => {
    const efe = gaza.articles.find((a) => a.id === 'truce-ends-fighting-resumes')!;
    const toll = efe.annotations.find((a) => a.id === 't3-over-15000')!;
    const d = describeAnnotation(efe, toll);
    expect(fact(d.facts, 'Counts')).toBe('people killed in Gaza since 7 October (cumulative count)');
    expect(fact(d.facts, 'Who says')).toBe('No source given in the text');
    const blinken = gaza.articles.find((a) => a.id === 'netanyahu-blinken-rafah')!;
    const given = blinken.annotations.find((n) => n.kind === 'number' && n.givenBy !== 'unattributed')!;
    expect(fact(describeAnnotation(blinken, given).facts, 'Who says')).toMatch(/^“[^”]+”, [a-z]/u);
    const byReporter = sets
      .flatMap((s) => s.articles.flatMap((a) => a.annotations.map((n) => ({ a, n }))))
      .find(({ a, n }) => n.kind === 'number' && n.givenBy !== 'unattributed' && a.annotations.some((x) => x.id === n.givenBy && x.kind === 'attribution' && x.sourceType === 'reporter'));
    expect(byReporter).toBeDefined();
    expect(fact(describeAnnotation(byReporter!.a, byReporter!.n).facts, 'Who says')).toBe("The reporter's own words (no source given)");
  });

  it('never doubles brackets or qualifiers in any note of any shipped set', () => {
    let notes = 0;
    for (const set of sets) {
      for (const article of set.articles) {
        for (const annotation of article.annotations) {
          const d = describeAnnotation(article, annotation);
          notes += 1;
          for (const text of [d.title, ...d.facts.map(([, v]) => v)]) {
            expect(text, `${article.id}/${annotation.id}`).not.toMatch(/\)\s*\(/u);
            expect(text, `${article.id}/${annotation.id}`).not.toMatch(/\([^()]*\(/u);
            expect(text.match(/inferred/giu)?.length ?? 0, `${article.id}/${annotation.id}: ${text}`).toBeLessThanOrEqual(1);
          }
        }
      }
    }
    expect(notes).toBeGreaterThan(500);
  });
});
