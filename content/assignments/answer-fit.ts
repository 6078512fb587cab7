/**
 * Whether an answer fits an exercise: the same type, and only ids the exercise offers (options,
 * phrases, items, categories). Works on full exercises and on the student's view. Pure.
 */
import type { Answer, Exercise } from '../schema/exercise';
import type { StudentExercise } from './student-exercise';
import { answerIds } from './strip-keys';

/** Why the answer does not fit the exercise, as a phrase, or null when it fits. */
export function answerMisfit(exercise: Exercise | StudentExercise, answer: Answer): string | null {
  return answerFit(exercise)(answer);
}

/**
 * `answerMisfit` for one exercise, with the ids it offers gathered once: a class's results files
 * are checked against the same exercises over and over.
 */
export function answerFit(exercise: Exercise | StudentExercise): (answer: Answer) => string | null {
  const ids = answerIds(exercise);
  const picks = new Set(ids?.picks);
  const keys = new Set(ids?.keys);
  const values = new Set(ids?.values);
  /** The first id not offered, or null; checked in the answer's order without building lists (a class's files pass through here). */
  const firstUnknown = (answer: Answer): string | null => {
    switch (answer.type) {
      case 'choice':
      case 'compare':
      case 'order':
        for (const id of answer.type === 'order' ? answer.order : answer.selected) if (!picks.has(id)) return id;
        return null;
      case 'classify':
      case 'match': {
        const record = answer.type === 'classify' ? answer.placements : answer.pairs;
        for (const k of Object.keys(record)) {
          if (!keys.has(k)) return k;
          if (!values.has(record[k] as string)) return record[k] as string;
        }
        return null;
      }
      case 'find':
      case 'written':
        return null;
    }
  };
  return (answer) => {
    if (exercise.type !== answer.type) return `the answer is of type "${answer.type}", but the exercise is of type "${exercise.type}"`;
    if (!ids) return null;
    const unknown = firstUnknown(answer);
    return unknown !== null ? `the answer uses "${unknown}", which is not one of the exercise's options` : null;
  };
}
