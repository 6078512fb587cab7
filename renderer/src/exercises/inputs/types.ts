import type { Article } from '../../../../content/schema/article-set';
import type { Answer, Exercise } from '../../../../content/schema/exercise';
import type { Grade } from '../../../../content/logic/grading';

/** What every answer input gets: the exercise, the answer so far, and what to show after checking. */
export interface InputProps<E extends Exercise, A extends Answer> {
  exercise: E;
  answer: A;
  onChange: (answer: A) => void;
  /** Locked after checking until the student chooses to try again. */
  locked: boolean;
  grade: Grade | null;
  /** The key, once the student asked to see the answer. */
  revealed: A | null;
  articles: Map<string, Article>;
}

export function itemFeedback(grade: Grade | null, id: string) {
  return grade?.items.find((i) => i.id === id) ?? null;
}

/** A ✓ / ✗ mark with words, so the result is not carried by colour alone. */
export function verdictText(correct: boolean): string {
  return correct ? '✓ Right' : '✗ Not right';
}
