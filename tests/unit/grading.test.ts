import { describe, expect, it } from 'vitest';
import type { Article } from '../../content/schema/article-set';
import type {
  Answer,
  ChoiceExercise,
  ClassifyExercise,
  CompareExercise,
  Exercise,
  FindExercise,
  MatchExercise,
  OrderExercise,
  WrittenExercise,
} from '../../content/schema/exercise';
import {
  answerKey,
  compareIsMultiple,
  FIND_WRONG_PENALTY,
  gradeAnswer,
  lookupArticles,
  pairsInOrder,
  resolveTargets,
  snapToWords,
  type ArticleLookup,
  type Grade,
} from '../../content/logic/grading';
import { validateArticleSet } from '../../content/logic/validate-set';
import { readSetFolder } from '../../content/node/read-set-folder';

// ---------------------------------------------------------------------------------------------
// Small in-test article and exercises

type Blocks = Pick<Article, 'id' | 'blocks'>;

const article: Blocks = {
  id: 'demo',
  blocks: [
    { id: 'b1', kind: 'paragraph', text: 'The strikes killed 66 people overnight, according to Hamas, while officials met in Cairo to talk.' },
    { id: 'b2', kind: 'paragraph', text: 'Reports from the ground indicate heavy fighting. Medical sources said at least 13 died.' },
    { id: 'b3', kind: 'paragraph', text: 'Later, according to Hamas, talks resumed in Doha.' },
  ],
};
const articles: ArticleLookup = lookupArticles([article]);
const none: ArticleLookup = () => undefined;

const common = {
  family: 'attribution' as const,
  difficulty: 1 as const,
  articles: ['demo'],
  prompt: 'Prompt.',
  hints: ['Hint.'],
  explanation: { text: 'Because.', highlights: [{ article: 'demo', anchor: { quote: 'Medical sources' } }] },
};

const find: FindExercise = {
  ...common,
  id: 'find-sources',
  type: 'find',
  article: 'demo',
  targets: [
    {
      anchor: { quote: 'according to Hamas', context: 'overnight, according to Hamas' },
      core: { quote: 'Hamas', context: 'overnight, according to Hamas' },
    },
    { anchor: { quote: 'Medical sources said' }, core: { quote: 'Medical sources' } },
    { anchor: { quote: 'Reports from the ground' } },
  ],
};

/** A selection of the n-th occurrence of `words` in a block. */
function sel(block: string, words: string, occurrence = 1): { block: string; start: number; end: number } {
  const text = article.blocks.find((b) => b.id === block)?.text ?? '';
  let at = -1;
  for (let i = 0; i < occurrence; i += 1) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" is not in ${block}`);
  return { block, start: at, end: at + words.length };
}
const selectAll = (block: string) => sel(block, article.blocks.find((b) => b.id === block)?.text ?? '');

const findOnly = (target: number): FindExercise => ({ ...find, targets: [find.targets[target] as FindExercise['targets'][number]] });
const gradeFind = (selections: Array<ReturnType<typeof sel>>, exercise: FindExercise = find): Grade =>
  gradeAnswer(exercise, { type: 'find', selections }, articles);

const choice: ChoiceExercise = {
  ...common,
  id: 'choice-single',
  type: 'choice',
  multiple: false,
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'A is right.' },
    { id: 'b', text: 'B', correct: false, feedback: 'B is wrong.' },
    { id: 'c', text: 'C', correct: false, feedback: 'C is wrong.' },
  ],
};
const multi: ChoiceExercise = {
  ...choice,
  id: 'choice-multi',
  multiple: true,
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'A is right.' },
    { id: 'b', text: 'B', correct: true, feedback: 'B is right.' },
    { id: 'c', text: 'C', correct: true, feedback: 'C is right.' },
    { id: 'd', text: 'D', correct: false, feedback: 'D is wrong.' },
    { id: 'e', text: 'E', correct: false, feedback: 'E is wrong.' },
  ],
};

const ref = (quote: string) => ({ article: 'demo', anchor: { quote } });
const classify: ClassifyExercise = {
  ...common,
  id: 'classify-sources',
  type: 'classify',
  categories: [
    { id: 'named', label: 'Named source' },
    { id: 'vague', label: 'Vague source' },
  ],
  items: [
    { id: 'hamas', ref: ref('according to Hamas, while'), category: 'named', feedback: 'Hamas is named.' },
    { id: 'medical', ref: ref('Medical sources'), category: 'vague', feedback: 'No one is named.' },
    { id: 'ground', ref: ref('Reports from the ground'), category: 'vague', feedback: 'Whose reports?' },
  ],
};

const match: MatchExercise = {
  ...common,
  id: 'match-figures',
  type: 'match',
  items: [
    { id: 'sixty-six', ref: ref('66 people'), answer: 'killed' },
    { id: 'thirteen', ref: ref('at least 13'), answer: 'died' },
  ],
  options: [
    { id: 'killed', text: 'People killed overnight' },
    { id: 'died', text: 'People who died, say medical sources' },
    { id: 'other', text: 'Something else' },
  ],
};

const order: OrderExercise = {
  ...common,
  id: 'order-four',
  type: 'order',
  firstLabel: 'Earliest',
  lastLabel: 'Latest',
  items: [
    { id: 'w', ref: ref('The strikes'), label: 'W' },
    { id: 'x', ref: ref('Reports'), label: 'X' },
    { id: 'y', ref: ref('Medical'), label: 'Y' },
    { id: 'z', ref: ref('Later'), label: 'Z' },
  ],
  correctOrder: ['w', 'x', 'y', 'z'],
};

const compareOne: CompareExercise = {
  ...common,
  id: 'compare-one',
  type: 'compare',
  phrases: [
    { id: 'p1', ref: ref('according to Hamas, while'), correct: true, feedback: 'Named.' },
    { id: 'p2', ref: ref('Medical sources'), correct: false, feedback: 'Vague.' },
    { id: 'p3', ref: ref('Reports from the ground'), correct: false, feedback: 'Vague.' },
  ],
};
const compareTwo: CompareExercise = {
  ...compareOne,
  id: 'compare-two',
  phrases: compareOne.phrases.map((p) => (p.id === 'p3' ? { ...p, correct: true, feedback: 'Also counts.' } : p)),
};

const written: WrittenExercise = {
  ...common,
  id: 'written-sources',
  type: 'written',
  modelAnswer: 'The first figure is attributed to Hamas; the second to unnamed medical sources.',
  rubric: ['Names both sources.', 'Says which source is vague.', 'Stays neutral.'],
  minWords: 10,
};

// ---------------------------------------------------------------------------------------------

describe('snapToWords', () => {
  const text = 'Officials said on Monday, “reopened” talks.';
  it('widens a selection that starts or ends inside a word', () => {
    expect(snapToWords(text, 2, 12)).toEqual({ start: 0, end: 14 }); // "Officials said"
  });
  it('drops white space at the edges', () => {
    expect(snapToWords(text, 9, 15)).toEqual({ start: 10, end: 14 }); // " said " -> "said"
  });
  it('keeps punctuation the student selected', () => {
    const start = text.indexOf('“');
    expect(text.slice(...Object.values(snapToWords(text, start, start + 4)))).toBe('“reopened');
  });
  it('keeps a whole word and its sentence punctuation as selected', () => {
    const start = text.indexOf('talks');
    expect(snapToWords(text, start, start + 6)).toEqual({ start, end: start + 6 });
  });
  it('swaps reversed offsets and clamps to the text', () => {
    expect(snapToWords(text, 14, 2)).toEqual({ start: 0, end: 14 });
    expect(snapToWords(text, -5, 500)).toEqual({ start: 0, end: text.length });
  });
  it('returns an empty range for white space only', () => {
    const r = snapToWords('a   b', 1, 4);
    expect(r.end - r.start).toBe(0);
  });
});

describe('gradeAnswer: type checks', () => {
  it('throws a clear error when the answer is for another type', () => {
    expect(() => gradeAnswer(choice, { type: 'order', order: [] }, none)).toThrow(
      'An answer of type "order" cannot be graded against exercise "choice-single", which is of type "choice".',
    );
    expect(() => gradeAnswer(find, { type: 'choice', selected: ['a'] }, articles)).toThrow(/type "find"/);
    expect(() => gradeAnswer(written, { type: 'compare', selected: [] }, none)).toThrow(/cannot be graded/);
  });
  it('throws when a find exercise’s article is not given or its anchors do not resolve', () => {
    expect(() => gradeFind([sel('b1', 'Hamas')]).score).not.toThrow();
    expect(() => gradeAnswer(find, { type: 'find', selections: [] }, none)).toThrow('Exercise "find-sources" needs article "demo", which was not given.');
    const broken: FindExercise = { ...find, targets: [{ anchor: { quote: 'not in the text' } }] };
    expect(() => gradeAnswer(broken, { type: 'find', selections: [] }, articles)).toThrow(/target 1 cannot be found/);
  });
});

describe('find', () => {
  const first = findOnly(0);

  it('counts the core alone', () => {
    const g = gradeFind([sel('b1', 'Hamas')], first);
    expect(g).toMatchObject({ status: 'correct', score: 1, correct: true, summary: 'Found 1 of 1.' });
    expect(g.items).toEqual([{ id: 'target-1', correct: true, feedback: 'Found: “according to Hamas”.', span: sel('b1', 'according to Hamas') }]);
  });

  it('counts the whole anchor, and a slightly larger selection', () => {
    expect(gradeFind([sel('b1', 'according to Hamas')], first).correct).toBe(true);
    expect(gradeFind([sel('b1', ', according to Hamas,')], first).correct).toBe(true);
    expect(gradeFind([sel('b1', 'overnight, according to Hamas')], first).correct).toBe(true); // 11 characters outside
    expect(gradeFind([sel('b1', 'according to Hamas, while')], first).correct).toBe(true); // 7 outside
  });

  it('rejects a much larger selection, with feedback that it is too long', () => {
    const g = gradeFind([selectAll('b1')], first);
    expect(g).toMatchObject({ status: 'incorrect', score: 0, correct: false });
    expect(g.items[1]).toMatchObject({ id: 'selection-1', correct: false, feedback: expect.stringMatching(/too long/) });
    expect(gradeFind([sel('b1', 'people overnight, according to Hamas, while')], first).correct).toBe(false); // 25 outside
    expect(gradeFind([sel('b1', 'killed 66 people overnight, according to Hamas')], first).correct).toBe(false);
  });

  it('snaps a partial word outward before testing', () => {
    const s = sel('b1', 'Hamas');
    expect(gradeFind([{ block: 'b1', start: s.start + 1, end: s.end - 1 }], first).correct).toBe(true);
  });

  it('needs the core: a selection that leaves it out is a near miss', () => {
    const g = gradeFind([sel('b1', 'according to')], first);
    expect(g.correct).toBe(false);
    expect(g.items[1]?.feedback).toMatch(/key words/);
  });

  it('without a core, needs half of the anchor', () => {
    const ground = findOnly(2);
    expect(gradeFind([sel('b2', 'Reports from')], ground).correct).toBe(true); // 12 of 23 characters
    const g = gradeFind([sel('b2', 'Reports')], ground);
    expect(g.correct).toBe(false);
    expect(g.items[1]?.feedback).toMatch(/a little more/);
  });

  it('does not count the same words in another block', () => {
    const g = gradeFind([sel('b3', 'according to Hamas')], first);
    expect(g).toMatchObject({ status: 'incorrect', score: 0 });
    expect(g.items).toEqual([
      { id: 'target-1', correct: false, missed: true, feedback: 'Not found.', span: sel('b1', 'according to Hamas') },
      { id: 'selection-1', correct: false, feedback: 'This is not one of the answers.', span: sel('b3', 'according to Hamas') },
    ]);
  });

  it('scores several targets with a penalty for a wrong extra selection', () => {
    const g = gradeFind([sel('b1', 'Hamas'), sel('b2', 'Medical sources'), sel('b1', 'officials met')]);
    expect(g.score).toBeCloseTo((2 - FIND_WRONG_PENALTY) / 3);
    expect(g.status).toBe('partial');
    expect(g.summary).toBe('Found 2 of 3, plus 1 selection that is not an answer.');
    expect(g.items.map((i) => [i.id, i.correct])).toEqual([
      ['target-1', true],
      ['target-2', true],
      ['target-3', false],
      ['selection-2', false], // numbered in reading order: "Hamas", "officials met", "Medical sources"
    ]);
  });

  it('is correct when every target is found and nothing else is selected', () => {
    const g = gradeFind([sel('b2', 'Reports from the ground'), sel('b1', 'Hamas'), sel('b2', 'Medical sources said')]);
    expect(g).toMatchObject({ status: 'correct', score: 1, correct: true, summary: 'Found 3 of 3.' });
  });

  it('floors the score at 0 when wrong selections outweigh hits', () => {
    const g = gradeFind([sel('b1', 'Hamas'), sel('b1', 'Cairo'), sel('b3', 'Doha'), sel('b3', 'Later')]);
    expect(g).toMatchObject({ score: 0, status: 'incorrect' });
    expect(g.summary).toBe('Found 1 of 3, plus 3 selections that are not an answer.');
  });

  it('grades an empty answer as incorrect', () => {
    const g = gradeFind([]);
    expect(g).toMatchObject({ status: 'incorrect', score: 0, correct: false, summary: 'Select words in the text first.' });
    expect(g.items.every((i) => !i.correct)).toBe(true);
  });

  it('merges selections that touch, and ignores repeats and white space', () => {
    expect(gradeFind([sel('b1', 'according'), sel('b1', 'to Hamas')], first).correct).toBe(true);
    expect(gradeFind([sel('b1', 'Hamas'), sel('b1', 'according to Hamas')], first).correct).toBe(true);
    expect(gradeFind([sel('b1', 'Hamas'), sel('b1', 'Hamas')], first).correct).toBe(true);
    expect(gradeFind([sel('b1', 'Hamas'), sel('b1', ' ')], first).correct).toBe(true);
  });

  it('does not let a right selection hide inside a too-wide one', () => {
    expect(gradeFind([sel('b1', 'Hamas'), selectAll('b1')], first).correct).toBe(false);
  });

  it('treats a selection outside the article’s blocks as wrong', () => {
    const g = gradeFind([sel('b1', 'Hamas'), { block: 'b9', start: 0, end: 4 }], first);
    expect(g.score).toBe(0.5);
    expect(g.items[1]).toEqual({ id: 'selection-2', correct: false, feedback: 'This selection is not in the article’s text.' });
  });
});

describe('choice', () => {
  const pick = (exercise: ChoiceExercise, ...selected: string[]) => gradeAnswer(exercise, { type: 'choice', selected }, none);

  it('single: right', () => {
    expect(pick(choice, 'a')).toEqual({
      status: 'correct',
      score: 1,
      correct: true,
      items: [{ id: 'a', correct: true, feedback: 'A is right.' }],
      summary: 'You chose the right answer.',
    });
  });
  it('single: wrong, with feedback for the pick, and the missed right option marked as missed (shown only with the answer)', () => {
    expect(pick(choice, 'b')).toEqual({
      status: 'incorrect',
      score: 0,
      correct: false,
      items: [
        { id: 'b', correct: false, feedback: 'B is wrong.' },
        { id: 'a', correct: false, missed: true, feedback: 'A is right.' },
      ],
      summary: 'Not this one.',
    });
  });
  it('single: empty, or more than one pick', () => {
    expect(pick(choice)).toMatchObject({ status: 'incorrect', score: 0, summary: 'Choose an answer first.' });
    expect(pick(choice, 'a', 'b')).toMatchObject({ status: 'incorrect', score: 0, summary: 'Choose only one answer.' });
    expect(pick(choice, 'a', 'a').correct).toBe(true);
  });
  it('multiple: all right', () => {
    expect(pick(multi, 'c', 'a', 'b')).toMatchObject({ status: 'correct', score: 1, summary: 'You chose 3 of 3 right answers.' });
  });
  it('multiple: partial credit, with missed options listed', () => {
    const g = pick(multi, 'a', 'b');
    expect(g).toMatchObject({ status: 'partial', summary: 'You chose 2 of 3 right answers.' });
    expect(g.score).toBeCloseTo(2 / 3);
    expect(g.items.at(-1)).toEqual({ id: 'c', correct: false, missed: true, feedback: 'C is right.' });
  });
  it('multiple: wrong picks cancel right ones', () => {
    const g = pick(multi, 'a', 'b', 'c', 'd');
    expect(g.score).toBeCloseTo(2 / 3);
    expect(g.summary).toBe('You chose 3 of 3 right answers and 1 wrong one.');
    expect(pick(multi, 'a', 'd', 'e')).toMatchObject({ score: 0, status: 'incorrect', summary: 'You chose 1 of 3 right answers and 2 wrong ones.' });
  });
  it('multiple: empty, and unknown ids count as wrong', () => {
    expect(pick(multi)).toMatchObject({ score: 0, status: 'incorrect', summary: 'Choose one or more answers first.' });
    const g = pick(multi, 'a', 'b', 'c', 'zz');
    expect(g.score).toBeCloseTo(2 / 3);
    expect(g.items).toContainEqual({ id: 'zz', correct: false, feedback: 'This is not one of the options.' });
  });
});

describe('compare', () => {
  const pick = (exercise: CompareExercise, ...selected: string[]) => gradeAnswer(exercise, { type: 'compare', selected }, none);
  it('is multiple exactly when more than one phrase is right', () => {
    expect(compareIsMultiple(compareOne)).toBe(false);
    expect(compareIsMultiple(compareTwo)).toBe(true);
  });
  it('with one right phrase, works like a single choice', () => {
    expect(pick(compareOne, 'p1')).toMatchObject({ status: 'correct', score: 1 });
    expect(pick(compareOne, 'p2')).toMatchObject({ status: 'incorrect', score: 0 });
    expect(pick(compareOne, 'p1', 'p2')).toMatchObject({ status: 'incorrect', summary: 'Choose only one answer.' });
    expect(pick(compareOne)).toMatchObject({ status: 'incorrect', score: 0 });
  });
  it('with several right phrases, gives partial credit', () => {
    expect(pick(compareTwo, 'p1', 'p3')).toMatchObject({ status: 'correct', score: 1 });
    expect(pick(compareTwo, 'p3')).toMatchObject({ status: 'partial', score: 0.5 });
    expect(pick(compareTwo, 'p3', 'p2')).toMatchObject({ status: 'incorrect', score: 0 });
    expect(pick(compareTwo, 'p3').items).toEqual([
      { id: 'p3', correct: true, feedback: 'Also counts.' },
      { id: 'p1', correct: false, missed: true, feedback: 'Named.' },
    ]);
  });
});

describe('classify', () => {
  const place = (placements: Record<string, string>) => gradeAnswer(classify, { type: 'classify', placements }, none);
  it('right', () => {
    expect(place({ hamas: 'named', medical: 'vague', ground: 'vague' })).toMatchObject({ status: 'correct', score: 1, summary: '3 of 3 placed correctly.' });
  });
  it('partial, with feedback naming the wrong group', () => {
    const g = place({ hamas: 'named', medical: 'named', ground: 'vague' });
    expect(g.status).toBe('partial');
    expect(g.score).toBeCloseTo(2 / 3);
    expect(g.summary).toBe('2 of 3 placed correctly.');
    expect(g.items[1]).toEqual({
      id: 'medical',
      correct: false,
      feedback: 'Not “Named source”. No one is named.',
      beforeReveal: 'Not “Named source”: look at these words again.',
    });
  });
  it('unplaced items count as wrong', () => {
    const g = place({ hamas: 'named' });
    expect(g.score).toBeCloseTo(1 / 3);
    expect(g.items[2]).toEqual({ id: 'ground', correct: false, feedback: 'Not placed. Whose reports?', beforeReveal: 'Not placed yet.' });
  });
  it('wrong and empty', () => {
    expect(place({ hamas: 'vague', medical: 'named', ground: 'named' })).toMatchObject({ status: 'incorrect', score: 0 });
    expect(place({})).toMatchObject({ status: 'incorrect', score: 0, summary: 'Nothing placed yet.' });
    expect(place({ constructor: 'named' })).toMatchObject({ score: 0, summary: 'Nothing placed yet.' });
  });
});

describe('match', () => {
  const pair = (pairs: Record<string, string>) => gradeAnswer(match, { type: 'match', pairs }, none);
  it('right', () => {
    expect(pair({ 'sixty-six': 'killed', thirteen: 'died' })).toMatchObject({ status: 'correct', score: 1, summary: '2 of 2 matched correctly.' });
  });
  it('partial, wrong and empty', () => {
    const g = pair({ 'sixty-six': 'killed', thirteen: 'other' });
    expect(g).toMatchObject({ status: 'partial', score: 0.5, summary: '1 of 2 matched correctly.' });
    expect(g.items).toEqual([
      { id: 'sixty-six', correct: true, feedback: 'Right: People killed overnight.' },
      {
        id: 'thirteen',
        correct: false,
        feedback: 'Not “Something else”. The answer: People who died, say medical sources.',
        beforeReveal: 'Not “Something else”: look at these words again.',
      },
    ]);
    expect(pair({ 'sixty-six': 'died', thirteen: 'killed' })).toMatchObject({ status: 'incorrect', score: 0 });
    expect(pair({})).toMatchObject({ status: 'incorrect', score: 0, summary: 'Nothing matched yet.' });
    expect(pair({ thirteen: 'died' }).items[0]?.feedback).toBe('Not matched. The answer: People killed overnight.');
  });
});

describe('order', () => {
  const put = (...ids: string[]) => gradeAnswer(order, { type: 'order', order: ids }, none);
  it('right only when exactly equal', () => {
    expect(put('w', 'x', 'y', 'z')).toMatchObject({ status: 'correct', score: 1, correct: true, summary: 'All in the right order.' });
  });
  it('gives credit for pairs in the right relative order', () => {
    const g = put('x', 'w', 'y', 'z');
    expect(g).toMatchObject({ status: 'partial', correct: false, summary: '5 of 6 pairs are in the right order.' });
    expect(g.score).toBeCloseTo(5 / 6);
    expect(g.items.slice(0, 2)).toEqual([
      { id: 'x', correct: false, feedback: 'Belongs later (towards “Latest”).' },
      { id: 'w', correct: false, feedback: 'Belongs earlier (towards “Earliest”).' },
    ]);
    expect(put('z', 'y', 'x', 'w')).toMatchObject({ status: 'incorrect', score: 0 });
    expect(put('w', 'z', 'y', 'x').score).toBeCloseTo(3 / 6);
  });
  it('requires a permutation of the items', () => {
    expect(put('w', 'x', 'y')).toMatchObject({ status: 'incorrect', score: 0, summary: 'Put every item in the list exactly once.' });
    expect(put('w', 'x', 'y', 'y').items).toContainEqual({ id: 'y', correct: false, feedback: 'Listed more than once.' });
    expect(put('w', 'x', 'y', 'q').items).toEqual(expect.arrayContaining([
      { id: 'z', correct: false, feedback: 'Missing from your order.' },
      { id: 'q', correct: false, feedback: 'This is not one of the items.' },
    ]));
    expect(put()).toMatchObject({ status: 'incorrect', score: 0, summary: 'Put the items in order first.' });
  });
  it('pairsInOrder counts concordant pairs', () => {
    expect(pairsInOrder(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ right: 3, total: 3 });
    expect(pairsInOrder(['c', 'a', 'b'], ['a', 'b', 'c'])).toEqual({ right: 1, total: 3 });
  });
});

describe('written', () => {
  const write = (text: string, selfCheck: boolean[] = []) => gradeAnswer(written, { type: 'written', text, selfCheck }, none);
  const long = 'The first figure comes from Hamas and the second from unnamed medical sources.';
  it('is submitted, never auto-correct; the score is the share of ticked rubric lines', () => {
    const g = write(long, [true, false, true]);
    expect(g).toMatchObject({ status: 'submitted', correct: false });
    expect(g.score).toBeCloseTo(2 / 3);
    expect(g.summary).toBe('Submitted: you ticked 2 of 3 checklist points, and your teacher will read your answer.');
    expect(g.items).toEqual([
      { id: 'rubric-1', correct: true, feedback: 'Names both sources.' },
      { id: 'rubric-2', correct: false, feedback: 'Says which source is vague.' },
      { id: 'rubric-3', correct: true, feedback: 'Stays neutral.' },
    ]);
    expect(write(long)).toMatchObject({ status: 'submitted', score: 0 });
    expect(write(long, [true, true, true, true, true])).toMatchObject({ status: 'submitted', score: 1, correct: false });
  });
  it('asks for more when the text is below minWords or empty', () => {
    expect(write('Hamas and medical sources.', [true, true, true])).toMatchObject({
      status: 'incorrect',
      score: 0,
      correct: false,
      summary: 'Write at least 10 words (you have 4).',
    });
    expect(write('   ')).toMatchObject({ status: 'incorrect', summary: 'Write at least 10 words (you have 0).' });
    const noMinimum: WrittenExercise = { ...written, minWords: 0 };
    expect(gradeAnswer(noMinimum, { type: 'written', text: '', selfCheck: [] }, none)).toMatchObject({ status: 'incorrect', summary: 'Write your answer first.' });
    expect(gradeAnswer(noMinimum, { type: 'written', text: 'Hamas.', selfCheck: [true] }, none).status).toBe('submitted');
  });
});

describe('answerKey', () => {
  const all: Exercise[] = [find, choice, multi, classify, match, order, compareOne, compareTwo];
  it.each(all.map((e) => [e.id, e] as const))('%s: the key scores 1', (_id, exercise) => {
    const key: Answer = answerKey(exercise, articles);
    expect(key.type).toBe(exercise.type);
    expect(gradeAnswer(exercise, key, articles)).toMatchObject({ status: 'correct', score: 1, correct: true });
  });
  it('written: the model answer with every line ticked is submitted with score 1', () => {
    expect(gradeAnswer(written, answerKey(written, none), none)).toMatchObject({ status: 'submitted', score: 1, correct: false });
  });
});

// ---------------------------------------------------------------------------------------------
// The real exercise bank against the real set

const validated = validateArticleSet(await readSetFolder('content/sets/gaza-2023-24', { withSources: false }));

describe('the gaza-2023-24 exercise bank', () => {
  const set = validated.set;
  if (!set) throw new Error('the seed set does not load');
  const lookup = lookupArticles(set.articles);
  const bank = validated.exercises;
  const byId = (id: string): Exercise => {
    const e = bank.find((x) => x.id === id);
    if (!e) throw new Error(`no exercise "${id}"`);
    return e;
  };
  const finds = bank.filter((e): e is FindExercise => e.type === 'find');
  const textOf = (articleId: string, block: string) => lookup(articleId)?.blocks.find((b) => b.id === block)?.text ?? '';
  /** A selection of exact words in one article (must occur exactly once). */
  const words = (articleId: string, quote: string) => {
    const article = lookup(articleId);
    const hits = (article?.blocks ?? []).flatMap((b) => (b.text.includes(quote) ? [{ block: b.id, start: b.text.indexOf(quote), end: b.text.indexOf(quote) + quote.length }] : []));
    if (hits.length !== 1) throw new Error(`"${quote}" occurs ${hits.length} times in ${articleId}`);
    return hits[0] as { block: string; start: number; end: number };
  };

  it('is valid and large enough', () => {
    expect(validated.problems).toEqual([]);
    expect(bank.length).toBeGreaterThanOrEqual(40);
  });

  it('covers every family and type as planned', () => {
    for (const family of ['attribution', 'framing', 'numbers'] as const) {
      const mine = bank.filter((e) => e.family === family);
      expect(mine.length, family).toBeGreaterThanOrEqual(13);
      for (const type of ['find', 'choice', 'classify', 'compare'] as const) expect(mine.some((e) => e.type === type), `${family}/${type}`).toBe(true);
      const prefix = { attribution: 'attr-', framing: 'frame-', numbers: 'num-' }[family];
      expect(mine.every((e) => e.id.startsWith(prefix))).toBe(true);
    }
    for (const type of ['find', 'choice', 'classify', 'match', 'order', 'compare', 'written'] as const) {
      expect(bank.filter((e) => e.type === type).length, type).toBeGreaterThanOrEqual(2);
    }
    const used = new Set(bank.flatMap((e) => e.articles));
    expect([...used].sort()).toEqual(set.articles.map((a) => a.id).sort());
  });

  it('does not use annotation ids (annotations are being written in parallel)', () => {
    expect(JSON.stringify(bank)).not.toMatch(/"annotation"/);
  });

  it.each(bank.map((e) => [e.id, e] as const))('%s: the answer key gets full marks', (_id, exercise) => {
    const grade = gradeAnswer(exercise, answerKey(exercise, lookup), lookup);
    expect(grade.score).toBe(1);
    expect(grade.status).toBe(exercise.type === 'written' ? 'submitted' : 'correct');
  });

  it.each(finds.map((e) => [e.id, e] as const))('%s: selecting only the cores is right, whole paragraphs are not', (_id, exercise) => {
    const targets = resolveTargets(exercise, lookup);
    const cores = targets.map((t) => t.core ?? t.anchor);
    expect(gradeAnswer(exercise, { type: 'find', selections: cores }, lookup).correct).toBe(true);
    const paragraphs = [...new Set(targets.map((t) => t.anchor.block))].map((block) => ({ block, start: 0, end: textOf(exercise.article, block).length }));
    const grade = gradeAnswer(exercise, { type: 'find', selections: paragraphs }, lookup);
    expect(grade.items.filter((i) => i.id.startsWith('target-')).every((i) => !i.correct)).toBe(true);
    expect(grade.score).toBe(0);
  });

  it('attr-find-toll-source: short and long right answers, and a wrong extra source', () => {
    const e = byId('attr-find-toll-source');
    const a = 'thursday-strikes-rafah-talks';
    const grade = (...quotes: string[]) => gradeAnswer(e, { type: 'find', selections: quotes.map((q) => words(a, q)) }, lookup);
    expect(grade('Hamas, while', 'Hamas Ministry of Health').correct).toBe(true);
    expect(grade('overnight, according to Hamas', 'The Hamas Ministry of Health announced on Thursday').correct).toBe(true);
    expect(grade('according to Hamas').score).toBe(0.5);
    expect(grade('according to Hamas', 'Hamas Ministry of Health', 'a senior local official').score).toBe(0.75);
    expect(grade('resulting in the death of 66 people overnight, according to Hamas').score).toBe(0);
  });

  it('frame-find-scare-quotes: the word with or without its quotation marks', () => {
    const e = byId('frame-find-scare-quotes');
    const a = 'thursday-strikes-rafah-talks';
    expect(gradeAnswer(e, { type: 'find', selections: [words(a, 'reopened')] }, lookup).correct).toBe(true);
    expect(gradeAnswer(e, { type: 'find', selections: [words(a, '"reopened"')] }, lookup).correct).toBe(true);
    expect(gradeAnswer(e, { type: 'find', selections: [words(a, 'discussions')] }, lookup).correct).toBe(false);
  });

  it('num-order-tolls: sorting by size instead of date gets half the pairs', () => {
    const e = byId('num-order-tolls');
    const g = gradeAnswer(e, { type: 'order', order: ['thousands', 'over-15000', 'toll-27708', 'more-than-32000'] }, lookup);
    expect(g).toMatchObject({ status: 'partial', score: 0.5 });
  });

  it('num-choice-hostage-figures: blanket suspicion is not rewarded', () => {
    const e = byId('num-choice-hostage-figures');
    expect(gradeAnswer(e, { type: 'choice', selected: ['lying'] }, lookup)).toMatchObject({ status: 'incorrect', score: 0 });
    expect(gradeAnswer(e, { type: 'choice', selected: ['hedge', 'window', 'lying'] }, lookup).score).toBeCloseTo(1 / 3);
  });

  it('attr-choice-qatar-statement: “properly attributed” is the right answer', () => {
    const e = byId('attr-choice-qatar-statement');
    expect(gradeAnswer(e, { type: 'choice', selected: ['proper'] }, lookup).correct).toBe(true);
    expect(gradeAnswer(e, { type: 'choice', selected: ['vague'] }, lookup).correct).toBe(false);
  });

  it('attr-classify-source-types: a partly right sort gets partial credit', () => {
    const e = byId('attr-classify-source-types');
    if (e.type !== 'classify') throw new Error('not a classify exercise');
    const placements = Object.fromEntries(e.items.map((i) => [i.id, i.id === 'hamdan' ? 'unnamed-official' : i.category]));
    const g = gradeAnswer(e, { type: 'classify', placements }, lookup);
    expect(g.status).toBe('partial');
    expect(g.score).toBeCloseTo((e.items.length - 1) / e.items.length);
  });
});
