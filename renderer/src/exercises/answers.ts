import type { Answer, Exercise } from '../../../content/schema/exercise';
import { startingOrder } from '../../../content/logic/starting-order';

/** The blank answer a student starts from; `seed` fixes an order exercise's shuffled start (see startingOrderSeed). */
export function emptyAnswer(exercise: Exercise, seed: string): Answer {
  switch (exercise.type) {
    case 'find':
      return { type: 'find', selections: [] };
    case 'choice':
      return { type: 'choice', selected: [] };
    case 'classify':
      return { type: 'classify', placements: {} };
    case 'match':
      return { type: 'match', pairs: {} };
    case 'order':
      return { type: 'order', order: startingOrder(exercise.items.map((i) => i.id), exercise.correctOrder, seed) };
    case 'compare':
      return { type: 'compare', selected: [] };
    case 'written':
      return { type: 'written', text: '', selfCheck: exercise.rubric.map(() => false) };
  }
}

/** Whether there is anything to check yet (the Check button is enabled only then). */
export function hasAnswer(answer: Answer): boolean {
  switch (answer.type) {
    case 'find':
      return answer.selections.length > 0;
    case 'choice':
    case 'compare':
      return answer.selected.length > 0;
    case 'classify':
      return Object.keys(answer.placements).length > 0;
    case 'match':
      return Object.keys(answer.pairs).length > 0;
    case 'order':
      return true;
    case 'written':
      return answer.text.trim().length > 0;
  }
}

