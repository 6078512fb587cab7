/**
 * What the review screen is offered for an imported article (issue 14, "In the app"): direct
 * quotations with their speaker, figures in a headline with what they count.
 */
import { describe, expect, it } from 'vitest';
import { proposeForBlocks } from '../../content/authoring/proposals';
import { spanText, type DraftArticle, type Proposal } from '../../content/authoring/draft';
import type { Block } from '../../content/schema/article-set';

function propose(lines: string[]) {
  const blocks: Block[] = lines.map((text, i) => ({ id: `b${i + 1}`, kind: i === 0 ? 'headline' : 'paragraph', text }));
  const article = { blocks } as Pick<DraftArticle, 'blocks'>;
  const { proposals } = proposeForBlocks(blocks, 1);
  const words = (s: { block: string; start: number; end: number } | null | undefined) => (s ? spanText(article, s) : null);
  return { proposals, words };
}

const attributions = (ps: Proposal[]) => ps.filter((p): p is Extract<Proposal, { kind: 'attribution' }> => p.kind === 'attribution');

describe('proposals for the review screen', () => {
  it('propose each direct quotation with its speaker and reporting words', () => {
    const { proposals, words } = propose([
      'Clean-up begins in Alder',
      '“It will take weeks to dry out,” said Lena Brooks, a shop owner.',
      'The council said the roads were open.',
    ]);
    const quoted = attributions(proposals).filter((p) => p.quote);
    expect(quoted.map((p) => [words(p.quote), words(p.source), words(p.cue), p.speech])).toEqual([['“It will take weeks to dry out,”', 'Lena Brooks, a shop owner', 'said', 'direct']]);
    const reported = attributions(proposals).find((p) => words(p.source) === 'The council');
    expect(reported).toMatchObject({ speech: 'reported' });
    expect(reported?.quote).toBeUndefined();
  });

  it('propose a quotation whose speaker is not found, for the teacher to complete', () => {
    const { proposals, words } = propose(['Clean-up begins in Alder', 'Volunteers arrived at dawn.', '"We will be here until every house is dry. Nobody should be alone with this."']);
    const quote = attributions(proposals).find((p) => p.quote);
    expect(quote).toBeDefined();
    expect(words(quote?.quote)).toBe('"We will be here until every house is dry. Nobody should be alone with this."');
    expect(quote?.source).toBeNull();
    expect(quote?.reason).toMatch(/did not find/u);
  });

  it('give two quotations of one speaker a proposal each', () => {
    const { proposals, words } = propose(['Storm passes', '“The water came fast,” said Omar Haddad, “and it left slowly.”']);
    const quoted = attributions(proposals).filter((p) => p.quote);
    expect(quoted.map((p) => [words(p.quote), words(p.source)])).toEqual([
      ['“The water came fast,”', 'Omar Haddad'],
      ['“and it left slowly.”', 'Omar Haddad'],
    ]);
  });

  it('give a figure in a headline its counted noun', () => {
    const { proposals, words } = propose(['Three Months After the Flood, Alder Still Waits', 'Some 200 families remain in shelters.']);
    const figures = proposals.filter((p): p is Extract<Proposal, { kind: 'number' }> => p.kind === 'number');
    expect(figures.map((p) => [words(p.figure), p.value, p.counts])).toEqual([
      ['Three', 3, 'months'],
      ['Some 200', 200, 'families'],
    ]);
  });
});
