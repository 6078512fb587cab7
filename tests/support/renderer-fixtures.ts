/**
 * A small article set for the renderer's tests: one article of two paragraphs and one exercise of
 * each kind a student answers. Checked by the same validation main runs when it loads a set, so a
 * fixture that drifts from the format fails loudly instead of testing nothing.
 */
import { buildAssignment, type AssignmentFile } from '../../content/assignments/assignment-file';
import type { ArticleSet } from '../../content/schema/article-set';
import type { Exercise } from '../../content/schema/exercise';
import { validateArticleSet } from '../../content/logic/validate-set';

const hints = ['Look for the words that report speech: “said”, “according to”.'];

const setJson = {
  format: 1,
  id: 'flood',
  version: 3,
  title: 'Flood reports',
  description: 'A fixture for the renderer’s tests.',
  topic: 'Testing',
  language: 'en',
  articles: [
    {
      id: 'wire',
      sourceFile: 'sources/wire.txt',
      outlet: { status: 'unknown', note: 'Fixture.' },
      published: { precision: 'unknown', note: 'Fixture.' },
      language: 'en',
      direction: 'ltr',
      shortTitle: 'Wire report',
      blocks: [
        { id: 'p1', kind: 'paragraph', text: 'Officials said on Monday that at least 12 people were killed. Rescue teams are still searching.' },
        { id: 'p2', kind: 'paragraph', text: 'The ministry said the toll was 12, according to a statement.' },
      ],
      annotations: [],
    },
  ],
  links: [],
};

const exercisesJson = {
  format: 1,
  set: 'flood',
  exercises: [
    {
      id: 'find-source',
      type: 'find',
      family: 'attribution',
      difficulty: 1,
      articles: ['wire'],
      article: 'wire',
      prompt: 'Select who says that at least 12 people were killed.',
      hints,
      explanation: { text: 'The first sentence names no one: only “officials”.', highlights: [{ article: 'wire', anchor: { quote: 'Officials' } }] },
      targets: [{ anchor: { quote: 'Officials' } }],
    },
    {
      id: 'pick-source',
      type: 'choice',
      family: 'attribution',
      difficulty: 1,
      articles: ['wire'],
      prompt: 'Who gives the first toll?',
      hints,
      explanation: { text: 'The officials are not named.', highlights: [{ article: 'wire', anchor: { quote: 'Officials' } }] },
      multiple: false,
      options: [
        { id: 'unnamed', text: 'Unnamed officials', correct: true, feedback: 'Yes: “Officials” names no one.' },
        { id: 'reporter', text: 'The reporter', correct: false, feedback: 'The reporter passes on what “officials said”.' },
      ],
    },
    {
      id: 'sort-words',
      type: 'classify',
      family: 'attribution',
      difficulty: 2,
      articles: ['wire'],
      prompt: 'Sort the words: who speaks, and the words that report it.',
      hints,
      explanation: { text: 'A source is who; a cue is how their words are reported.', highlights: [{ article: 'wire', anchor: { quote: 'according to' } }] },
      categories: [
        { id: 'source', label: 'Who speaks' },
        { id: 'cue', label: 'Reporting words' },
      ],
      items: [
        { id: 'ministry', ref: { article: 'wire', anchor: { quote: 'The ministry' } }, category: 'source', feedback: '“The ministry” is who speaks.' },
        { id: 'according', ref: { article: 'wire', anchor: { quote: 'according to' } }, category: 'cue', feedback: '“according to” reports the statement.' },
      ],
    },
    {
      id: 'match-figures',
      type: 'match',
      family: 'numbers',
      difficulty: 2,
      articles: ['wire'],
      prompt: 'Who gives each figure?',
      hints,
      explanation: { text: 'Each figure has its own source.', highlights: [{ article: 'wire', anchor: { quote: 'at least 12' } }] },
      items: [
        { id: 'hedged', ref: { article: 'wire', anchor: { quote: 'at least 12' } }, answer: 'officials' },
        { id: 'toll', ref: { article: 'wire', anchor: { quote: '12', context: 'toll was 12' } }, answer: 'ministry' },
      ],
      options: [
        { id: 'officials', text: 'Unnamed officials' },
        { id: 'ministry', text: 'The ministry' },
      ],
    },
    {
      id: 'order-claims',
      type: 'order',
      family: 'attribution',
      difficulty: 1,
      articles: ['wire'],
      prompt: 'Put the claims in the order the article gives them.',
      hints,
      explanation: { text: 'The officials come first.', highlights: [{ article: 'wire', anchor: { quote: 'Officials said' } }] },
      firstLabel: 'first in the article',
      lastLabel: 'last in the article',
      items: [
        { id: 'officials-claim', ref: { article: 'wire', anchor: { quote: 'Officials said' } }, label: 'The officials’ claim' },
        { id: 'ministry-claim', ref: { article: 'wire', anchor: { quote: 'The ministry said' } }, label: 'The ministry’s claim' },
      ],
      correctOrder: ['officials-claim', 'ministry-claim'],
    },
    {
      id: 'explain-passive',
      type: 'written',
      family: 'framing',
      difficulty: 2,
      articles: ['wire'],
      prompt: 'What does “were killed” leave out?',
      hints: ['Who did it?'],
      explanation: { text: 'No agent is named.', highlights: [{ article: 'wire', anchor: { quote: 'were killed' } }] },
      modelAnswer: 'It does not say who or what killed them.',
      rubric: ['Names the missing agent'],
      minWords: 0,
    },
  ],
};

function validated(): { set: ArticleSet; exercises: Exercise[] } {
  const { set, exercises, problems } = validateArticleSet({ setFile: 'flood/set.json', setJson, exercisesFile: 'flood/exercises.json', exercisesJson });
  if (!set || problems.length > 0) throw new Error(`The renderer's fixture set is not valid: ${problems.map((p) => `${p.id ?? ''} ${p.message}`).join('; ')}`);
  return { set, exercises };
}

export const { set: fixtureSet, exercises: fixtureExercises } = validated();

/** The fixture exercise of one type. */
export function fixtureExercise<T extends Exercise['type']>(type: T): Extract<Exercise, { type: T }> {
  const found = fixtureExercises.find((e): e is Extract<Exercise, { type: T }> => e.type === type);
  if (!found) throw new Error(`The fixture set has no ${type} exercise.`);
  return found;
}

/** A practice assignment of the fixture set, as a teacher hands it out (what opening its file gives). */
export async function fixtureAssignment(): Promise<AssignmentFile> {
  const built = await buildAssignment({
    id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    title: 'Flood reports',
    instructions: '',
    createdAt: '2026-01-05T09:00:00.000Z',
    due: null,
    attemptsAllowed: null,
    mode: 'practice',
    set: fixtureSet,
    articleIds: fixtureSet.articles.map((a) => a.id),
    exercises: fixtureExercises,
  });
  return built.file;
}
