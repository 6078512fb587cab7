import { forwardRef } from 'react';
import type { Exercise } from '../../../content/schema/exercise';
import type { Grade } from '../../../content/logic/grading';
import { TRIES_BEFORE_REVEAL, triesLeftText } from './feedback';

interface Props {
  exercise: Exercise;
  grade: Grade | null;
  assessment: boolean;
  answerShown: boolean;
  /** The student asked to see the answer. */
  asked: boolean;
  tries: number;
  hintsLeft: boolean;
  warning: string | null;
}

function verdictOf(grade: Grade): string {
  switch (grade.status) {
    case 'correct':
      return '✓ Correct.';
    case 'partial':
      return `◐ Partly right (${Math.round(grade.score * 100)}%).`;
    case 'submitted':
      return '✎ Answer saved.';
    case 'incorrect':
      return '✗ Not quite.';
  }
}

/**
 * The verdict and what to do next: after a wrong try, why the answer given is not it (beside each
 * choice) and an invitation to try again or take a hint; once the answer is shown, the explanation.
 */
export const FeedbackPanel = forwardRef<HTMLDivElement, Props>(function FeedbackPanel({ exercise, grade, assessment, answerShown, asked, tries, hintsLeft, warning }, ref) {
  const wrong = grade !== null && !assessment && (grade.status === 'incorrect' || grade.status === 'partial');
  return (
    <div ref={ref} tabIndex={-1} className="feedback-region" role="status" aria-live="polite" aria-atomic="true">
      {grade && (
        <div className={`feedback feedback-${grade.status}`}>
          <p className="verdict">
            <strong>{verdictOf(grade)}</strong> {grade.summary}
          </p>
          {wrong && !answerShown && (
            <p className="next-step">
              {exercise.type === 'written' ? 'Add to your answer, then submit it again.' : 'Read why beside your answer, change it, and choose “Try again”.'}
              {hintsLeft && ' A hint can help.'} You have {triesLeftText(tries)} before the answer is shown.
            </p>
          )}
          {wrong && answerShown && !asked && tries >= TRIES_BEFORE_REVEAL && <p className="next-step">After {TRIES_BEFORE_REVEAL} tries, here is the answer. Compare it with yours.</p>}
        </div>
      )}
      {asked && !grade && <p className="verdict">The answer is shown.</p>}
      {answerShown && (
        <div className="explanation">
          <h3>Why</h3>
          <p>{exercise.explanation.text}</p>
          {exercise.explanation.highlights.length > 0 && <p className="muted">The words this is about are highlighted in the article (dotted box).</p>}
        </div>
      )}
      {warning && (
        <p className="storage-warning" role="alert">
          {warning}
        </p>
      )}
    </div>
  );
});
