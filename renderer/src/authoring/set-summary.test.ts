/** How the set being made is summed up for the teacher: review counts, what was added, what a link joins. */
import { describe, expect, it } from 'vitest';
import type { DraftLink } from '../../../content/authoring/draft';
import { fixtureDraft } from '../../../tests/support/renderer-draft';
import { addedArticlesMessage, linkMembers, reviewCounts } from './set-summary';

const unknown = { outlet: { status: 'unknown', note: 'Fixture.' }, published: { precision: 'unknown', note: 'Fixture.' }, language: 'en' };
const framing = (id: string, status: string, block: string, start: number, end: number) => ({ id, status, note: 'A note.', kind: 'framing', span: { block, start, end }, device: 'loaded-verb', refersTo: 'the toll' });

const draft = fixtureDraft({
  articles: [
    {
      ...unknown,
      id: 'wire',
      shortTitle: 'Wire report',
      importedFrom: 'wire.txt',
      sourceText: 'Wire report\nOfficials said the toll soared to 12.',
      blocks: [{ id: 'p1', kind: 'paragraph', text: 'Officials said the toll soared to 12.' }],
      metadataConfirmed: true,
      proposals: [framing('w1', 'accepted', 'p1', 24, 30), framing('w2', 'proposed', 'p1', 0, 9), framing('w3', 'proposed', 'p1', 10, 14), framing('w4', 'rejected', 'p1', 15, 18)],
    },
    {
      ...unknown,
      id: 'paper',
      shortTitle: 'Paper report',
      importedFrom: 'pasted text',
      sourceText: 'Paper report\nThe toll jumped to 12.',
      blocks: [{ id: 'p1', kind: 'paragraph', text: 'The toll jumped to 12.' }],
      metadataConfirmed: false,
      proposals: [framing('x1', 'proposed', 'p1', 9, 15)],
    },
  ],
});

const link: DraftLink = { id: 'l1', status: 'proposed', key: 'rose', title: 'The rise', description: 'Both say the toll rose.', confidence: 0.8, members: [{ article: 'wire', proposal: 'w1' }, { article: 'paper', proposal: 'x1' }] };

describe('reviewCounts', () => {
  it('counts the accepted highlights and those still to review, leaving out the rejected', () => {
    expect(reviewCounts(draft.articles[0]!)).toEqual({ accepted: 1, open: 2 });
    expect(reviewCounts(draft.articles[1]!)).toEqual({ accepted: 0, open: 1 });
  });
});

describe('addedArticlesMessage', () => {
  it('says when no file was chosen, and counts the articles added otherwise', () => {
    expect(addedArticlesMessage(0)).toBe('No file was chosen.');
    expect(addedArticlesMessage(1)).toBe('Added 1 article. Review each one: confirm its details and the highlights.');
    expect(addedArticlesMessage(3)).toBe('Added 3 articles. Review each one: confirm its details and the highlights.');
  });
});

describe('linkMembers', () => {
  it('quotes the words each highlight marks, with its article’s headline', () => {
    expect(linkMembers(draft, link)).toEqual(['“soared” (Wire report)', '“jumped” (Paper report)']);
  });

  it('names a highlight or article no longer in the draft by its id rather than failing', () => {
    const stale: DraftLink = { ...link, members: [{ article: 'wire', proposal: 'gone' }, { article: 'removed', proposal: 'x1' }] };
    expect(linkMembers(draft, stale)).toEqual(['gone', 'x1']);
  });
});
