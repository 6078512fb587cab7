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
  return (answer) => {
    if (exercise.type !== answer.type) return `the answer is of type "${answer.type}", but the exercise is of type "${exercise.type}"`;
    if (!ids) return null;
    let unknown: string[] = [];
    switch (answer.type) {
      case 'choice':
      case 'compare':
        unknown = answer.selected.filter((id) => !picks.has(id));
        break;
      case 'order':
        unknown = answer.order.filter((id) => !picks.has(id));
        break;
      case 'classify':
      case 'match':
        unknown = Object.entries(answer.type === 'classify' ? answer.placements : answer.pairs).flatMap(([k, v]) => [
          ...(keys.has(k) ? [] : [k]),
          ...(values.has(v) ? [] : [v]),
        ]);
        break;
      case 'find':
      case 'written':
        break;
    }
    return unknown.length > 0 ? `the answer uses "${unknown[0]}", which is not one of the exercise's options` : null;
  };
}
