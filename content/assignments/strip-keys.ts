/**
 * Turning a full exercise into the student's view for an assessment (see student-exercise.ts), and
 * turning an answer given in that view back into the exercise's own ids, so the teacher's copy can
 * grade it. Pure.
 */
import type { Answer, Exercise, TextRef } from '../schema/exercise';
import { compareIsMultiple } from '../logic/grading';
import type { StudentExercise, StudentTextRef } from './student-exercise';
import { seededShuffle, shuffleWhere } from './seeded-shuffle';

/** Student-view id → the exercise's own id, for the items or options that were renamed. */
export type IdMap = Record<string, string>;

export interface StrippedExercise {
  exercise: StudentExercise;
  idMap: IdMap;
}

const ref = (r: TextRef): StudentTextRef => ({ article: r.article, anchor: r.anchor });

/** Shuffle, then rename in shown order: `${prefix}1`, `${prefix}2`… */
function renamed<T extends { id: string }>(list: readonly T[], prefix: string, seed: string, shuffle: (xs: readonly T[], seed: string) => T[] = seededShuffle) {
  const shown = shuffle(list, seed);
  const idMap: IdMap = {};
  const items = shown.map((item, i) => {
    const id = `${prefix}${i + 1}`;
    idMap[id] = item.id;
    return { id, item };
  });
  return { items, idMap };
}

/**
 * Whether a shown order gives the answer away: it is the answer. When `strictly`, also when it is
 * the answer reversed, or keeps two items that follow each other in the answer next to each other
 * in the same order (so a rotation of the answer counts as revealing).
 */
export function revealsOrder(shown: readonly string[], answer: readonly string[], strictly: boolean): boolean {
  if (shown.join('\n') === answer.join('\n')) return true;
  if (!strictly) return false;
  if (shown.length > 2 && [...shown].reverse().join('\n') === answer.join('\n')) return true;
  const next = new Map(answer.slice(0, -1).map((id, i) => [id, answer[i + 1]]));
  return shown.some((id, i) => i + 1 < shown.length && next.get(id) === shown[i + 1]);
}

/** The student's view of an exercise; `seed` (assignment id + exercise id) fixes the shuffles. */
export function stripExercise(exercise: Exercise, seed: string): StrippedExercise {
  const common = {
    id: exercise.id,
    family: exercise.family,
    difficulty: exercise.difficulty,
    articles: [...exercise.articles],
    prompt: exercise.prompt,
  };
  switch (exercise.type) {
    case 'find':
      return { exercise: { ...common, type: 'find', article: exercise.article }, idMap: {} };
    case 'choice': {
      const { items, idMap } = renamed(exercise.options, 'o', seed);
      return {
        exercise: { ...common, type: 'choice', multiple: exercise.multiple, options: items.map(({ id, item }) => ({ id, text: item.text })) },
        idMap,
      };
    }
    case 'compare': {
      const { items, idMap } = renamed(exercise.phrases, 'p', seed);
      return {
        exercise: { ...common, type: 'compare', multiple: compareIsMultiple(exercise), phrases: items.map(({ id, item }) => ({ id, ref: ref(item.ref) })) },
        idMap,
      };
    }
    case 'classify': {
      const { items, idMap } = renamed(exercise.items, 'i', seed);
      return {
        exercise: {
          ...common,
          type: 'classify',
          categories: exercise.categories.map((c) => ({ id: c.id, label: c.label })),
          items: items.map(({ id, item }) => ({ id, ref: ref(item.ref) })),
        },
        idMap,
      };
    }
    case 'match': {
      const { items, idMap } = renamed(exercise.items, 'i', seed);
      return {
        exercise: {
          ...common,
          type: 'match',
          items: items.map(({ id, item }) => ({ id, ref: ref(item.ref) })),
          options: seededShuffle(exercise.options, `${seed}/options`).map((o) => ({ id: o.id, text: o.text })),
        },
        idMap,
      };
    }
    case 'order': {
      type Item = (typeof exercise.items)[number];
      const hides = (xs: readonly Item[]) => !revealsOrder(xs.map((x) => x.id), exercise.correctOrder, true);
      const differs = (xs: readonly Item[]) => !revealsOrder(xs.map((x) => x.id), exercise.correctOrder, false);
      const notTheAnswer = (xs: readonly Item[], s: string) => shuffleWhere(xs, s, hides, differs);
      const { items, idMap } = renamed(exercise.items, 's', seed, notTheAnswer);
      return {
        exercise: {
          ...common,
          type: 'order',
          firstLabel: exercise.firstLabel,
          lastLabel: exercise.lastLabel,
          items: items.map(({ id, item }) => ({ id, ref: ref(item.ref), label: item.label })),
        },
        idMap,
      };
    }
    case 'written':
      return { exercise: { ...common, type: 'written', minWords: exercise.minWords }, idMap: {} };
  }
}

/** The ids a student may use in an answer to this exercise, by answer field; null where any is fine. */
export function answerIds(exercise: StudentExercise | Exercise): { picks: string[]; keys: string[]; values: string[] } | null {
  switch (exercise.type) {
    case 'choice':
      return { picks: exercise.options.map((o) => o.id), keys: [], values: [] };
    case 'compare':
      return { picks: exercise.phrases.map((p) => p.id), keys: [], values: [] };
    case 'order':
      return { picks: exercise.items.map((i) => i.id), keys: [], values: [] };
    case 'classify':
      return { picks: [], keys: exercise.items.map((i) => i.id), values: exercise.categories.map((c) => c.id) };
    case 'match':
      return { picks: [], keys: exercise.items.map((i) => i.id), values: exercise.options.map((o) => o.id) };
    case 'find':
    case 'written':
      return null;
  }
}

const mapId = (idMap: IdMap, id: string): string => (Object.hasOwn(idMap, id) ? (idMap[id] as string) : id);
const mapKeys = (idMap: IdMap, record: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [mapId(idMap, k), v]));

/** An answer given in the student's view, in the exercise's own ids. */
export function toOriginalAnswer(answer: Answer, idMap: IdMap): Answer {
  switch (answer.type) {
    case 'choice':
    case 'compare':
      return { ...answer, selected: answer.selected.map((id) => mapId(idMap, id)) };
    case 'order':
      return { ...answer, order: answer.order.map((id) => mapId(idMap, id)) };
    case 'classify':
      return { ...answer, placements: mapKeys(idMap, answer.placements) };
    case 'match':
      return { ...answer, pairs: mapKeys(idMap, answer.pairs) };
    case 'find':
    case 'written':
      return answer;
  }
}
