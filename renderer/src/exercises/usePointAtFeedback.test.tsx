/**
 * Where the keyboard goes after a check: to the first words the feedback is about (words marked
 * wrong; once the answer is shown, the words explained), else to the feedback, and always to the
 * feedback in an assessment, which points at nothing.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../content/logic/grading';
import { usePointAtFeedback } from './usePointAtFeedback';

const wrong: Grade = { status: 'incorrect', score: 0, correct: false, items: [], summary: '' };

interface Moment {
  grade: Grade | null;
  asked?: boolean;
  answerShown?: boolean;
  assessment?: boolean;
  /** Draw the marks as the article draws them after a check (the first piece of each can take the keyboard). */
  marks?: boolean;
}

function Player({ grade, asked = false, answerShown = false, assessment = false, marks = true }: Moment) {
  const { playerRef, feedbackRef } = usePointAtFeedback({ grade, asked, answerShown, assessment });
  return (
    <div ref={playerRef}>
      {marks && (
        <p>
          <mark className="sel-wrong" data-first="true" tabIndex={-1}>
            Monday
          </mark>{' '}
          <mark className="hl-explain" data-first="true" tabIndex={-1}>
            Officials
          </mark>
        </p>
      )}
      <div ref={feedbackRef} tabIndex={-1} role="status">
        Feedback
      </div>
    </div>
  );
}

/** What has the keyboard, by its text. */
const focused = () => document.activeElement?.textContent ?? null;

describe('usePointAtFeedback', () => {
  it('leaves the keyboard where it is before a check', () => {
    render(<Player grade={null} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('after a wrong try, moves to the first words marked wrong', () => {
    const view = render(<Player grade={null} />);
    view.rerender(<Player grade={wrong} />);
    expect(focused()).toBe('Monday');
  });

  it('once the answer is shown (asked for, or after the tries), moves to the words explained', () => {
    const view = render(<Player grade={null} />);
    view.rerender(<Player grade={null} asked answerShown />);
    expect(focused()).toBe('Officials');
  });

  it('moves to the feedback when there are no words to point at, and always in an assessment', () => {
    const view = render(<Player grade={null} marks={false} />);
    view.rerender(<Player grade={wrong} marks={false} />);
    expect(screen.getByRole('status')).toBe(document.activeElement);

    view.unmount();
    const assessment = render(<Player grade={null} assessment />);
    assessment.rerender(<Player grade={{ ...wrong, status: 'submitted' }} assessment />);
    expect(screen.getByRole('status')).toBe(document.activeElement);
  });
});
