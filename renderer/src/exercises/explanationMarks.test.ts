/** The words an explanation points at, found in the articles (where the answer shows them, dotted). */
import { describe, expect, it } from 'vitest';
import { fixtureExercise, fixtureSet } from '../../../tests/support/renderer-fixtures';
import { explanationMarks } from './explanationMarks';

const articles = new Map(fixtureSet.articles.map((a) => [a.id, a]));

describe('explanationMarks', () => {
  it('marks the quoted words in their paragraph, read out as explained', () => {
    expect(explanationMarks(fixtureExercise('find'), articles)).toEqual([{ id: 'wire:explain-0', block: 'p1', start: 0, end: 9, className: 'hl-explain', label: 'Explained:' }]);
  });

  it('leaves out words no longer in the text and articles not in the set, keeping each highlight its own id', () => {
    const base = fixtureExercise('choice');
    const exercise = {
      ...base,
      explanation: {
        text: base.explanation.text,
        highlights: [
          { article: 'wire', anchor: { quote: 'words that are not there' } },
          { article: 'gone', anchor: { quote: 'Officials' } },
          { article: 'wire', anchor: { quote: 'the toll was 12' } },
        ],
      },
    };
    expect(explanationMarks(exercise, articles)).toEqual([{ id: 'wire:explain-2', block: 'p2', start: 18, end: 33, className: 'hl-explain', label: 'Explained:' }]);
  });
});
