/**
 * "Find in the text" by keyboard: the arrow keys move a word caret, Shift extends it, Up and Down
 * jump by sentence, Home and End to the paragraph's ends, Enter or Space marks the words, Delete or
 * Backspace removes a mark. What the student notices: the caret's words, what is read out, and the
 * list of their selections (which is the answer saved).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../../../content/schema/exercise';
import { fixtureExercise, fixtureSet } from '../../../../tests/support/renderer-fixtures';
import { FindInput } from './FindInput';

type FindAnswer = Extract<Answer, { type: 'find' }>;
const exercise = fixtureExercise('find');
const articles = new Map(fixtureSet.articles.map((a) => [a.id, a]));
const noMarks: never[] = [];

function Harness({ onAnswer, locked = false }: { onAnswer: (answer: FindAnswer) => void; locked?: boolean }) {
  const [answer, setAnswer] = useState<FindAnswer>({ type: 'find', selections: [] });
  const change = (next: FindAnswer) => {
    setAnswer(next);
    onAnswer(next);
  };
  return <FindInput exercise={exercise} answer={answer} onChange={change} locked={locked} grade={null} revealed={null} articles={articles} extraMarks={noMarks} />;
}

function setup(locked = false) {
  const onAnswer = vi.fn<(answer: FindAnswer) => void>();
  const user = userEvent.setup();
  const view = render(<Harness onAnswer={onAnswer} locked={locked} />);
  const text = screen.getByRole('group', { name: /^Article: Wire report\. Select the words/u });
  text.focus();
  return {
    user,
    onAnswer,
    /** The words under the caret, as drawn over the text (in pieces where it crosses a mark). */
    caret: () => {
      const pieces = [...view.container.querySelectorAll('mark.word-cursor')];
      return pieces.length ? pieces.map((m) => m.textContent).join('') : null;
    },
    /** The quoted words in "Your selections". */
    selections: () => within(screen.getByRole('heading', { name: /^Your selections/u }).parentElement!).queryAllByRole('listitem').map((li) => li.querySelector('q')?.textContent),
    /** The last answer handed up (what is saved and checked). */
    answer: () => onAnswer.mock.lastCall?.[0],
  };
}

describe('FindInput by keyboard', () => {
  it('puts the caret on the first word at the first arrow key, and Enter marks that word', async () => {
    const { user, caret, selections, answer } = setup();
    expect(caret()).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(caret()).toBe('Officials');
    expect(screen.getByText('Officials', { selector: '[aria-live]' })).toBeTruthy();

    await user.keyboard('{Enter}');
    expect(selections()).toEqual(['Officials']);
    expect(answer()).toEqual({ type: 'find', selections: [{ block: 'p1', start: 0, end: 9 }] });
    expect(screen.getByText('Marked “Officials”. 1 selection.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your selections (1)' })).toBeTruthy();
  });

  it('extends the words with Shift and the arrows, shrinks them back, and marks them with Space', async () => {
    const { user, caret, selections, answer } = setup();
    await user.keyboard('{ArrowRight}{ArrowRight>5/}');
    expect(caret()).toBe('at');
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    expect(caret()).toBe('at least 12');
    expect(screen.getByText('Selecting “at least 12”')).toBeTruthy();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowLeft}{/Shift}');
    expect(caret()).toBe('at least 12');

    await user.keyboard(' ');
    expect(selections()).toEqual(['at least 12']);
    expect(answer()?.selections).toEqual([{ block: 'p1', start: 30, end: 41 }]);
    // After marking, the caret is one word again: the next Shift press starts from it.
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(caret()).toBe('12 people');
  });

  it('jumps by sentence with Up and Down, and to the paragraph’s first and last word with Home and End', async () => {
    const { user, caret } = setup();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(caret()).toBe('Rescue');
    await user.keyboard('{ArrowDown}');
    expect(caret()).toBe('The');
    await user.keyboard('{ArrowUp}');
    expect(caret()).toBe('Rescue');
    await user.keyboard('{End}');
    expect(caret()).toBe('searching');
    await user.keyboard('{Home}');
    expect(caret()).toBe('Officials');
    await user.keyboard('{Shift>}{End}{/Shift}');
    expect(caret()).toBe('Officials said on Monday that at least 12 people were killed. Rescue teams are still searching');
  });

  it('never lets a selection run into the next paragraph', async () => {
    const { user, caret, selections, answer } = setup();
    await user.keyboard('{ArrowRight}{End}{Shift>}{ArrowRight}{/Shift}');
    expect(caret()).toBe('The');
    // What is read out is what Enter will mark.
    expect(screen.getByText('The', { selector: '[aria-live]' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(selections()).toEqual(['The']);
    expect(answer()?.selections).toEqual([{ block: 'p2', start: 0, end: 3 }]);
  });

  it('keeps words marked twice once, and removes the mark under the caret with Delete or Backspace', async () => {
    const { user, selections, answer } = setup();
    await user.keyboard('{ArrowRight}{Enter}{Enter}');
    expect(selections()).toEqual(['Officials']);
    await user.keyboard('{ArrowRight}{Enter}');
    expect(selections()).toEqual(['Officials', 'said']);

    await user.keyboard('{Delete}');
    expect(selections()).toEqual(['Officials']);
    expect(screen.getByText('Removed “said”.')).toBeTruthy();
    await user.keyboard('{ArrowLeft}{Backspace}');
    expect(selections()).toEqual([]);
    expect(answer()).toEqual({ type: 'find', selections: [] });
    expect(screen.getByText('Nothing selected yet.')).toBeTruthy();
  });

  it('removes a selection with its Remove button', async () => {
    const { user, selections } = setup();
    await user.keyboard('{ArrowRight}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove “Officials”' }));
    expect(selections()).toEqual([]);
  });

  it('changes nothing once the answer is locked for checking', async () => {
    const { user, caret, onAnswer } = setup(true);
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{/Shift}{Enter} ');
    expect(caret()).toBeNull();
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByText('Nothing selected yet.')).toBeTruthy();
  });
});
