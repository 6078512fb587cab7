import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseWhitespace } from '../../content/logic/text';
import { ArticleSet } from '../../content/schema/article-set';
import { shippedSetIds, shippedSetsDir } from '../support/shipped-sets';

const ids = shippedSetIds();

describe('shipped sets: the text exactly as published', () => {
  it('ships the three sets the Library lists', () => {
    expect(ids).toEqual(expect.arrayContaining(['gaza-2023-24', 'h1n1-2009', 'haiti-2010-earthquake']));
  });

  for (const id of ids) {
    const dir = path.join(shippedSetsDir, id);
    const set = ArticleSet.parse(JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8')));
    for (const article of set.articles) {
      it(`${id}/${article.id}: the blocks reproduce ${article.sourceFile} word for word (only runs of white space collapsed)`, () => {
        const source = readFileSync(path.join(dir, article.sourceFile), 'utf8').replace(/^\uFEFF/u, '');
        // The whole file, not line by line: nothing added, dropped, reordered or reworded.
        expect(article.blocks.map((b) => b.text).join(' ')).toBe(normaliseWhitespace(source));
        // And every word of the source is in a block (a guard against a collapse that loses text).
        expect(source.split(/\s+/u).filter(Boolean).length).toBe(article.blocks.reduce((n, b) => n + b.text.split(' ').length, 0));
      });

      it(`${id}/${article.id}: records its licence and credit`, () => {
        expect(article.provenance?.credit.trim()).toBeTruthy();
        expect(article.provenance?.licence.status).toMatch(/^(stated|not-stated)$/);
      });
    }
  }
});
