/**
 * A student's tries at one exercise, below the screen: the answer they start from and the draft
 * kept while they work, what each check records (hints, asked for, time spent), the count of
 * tries across a reload, and what is shown when a check cannot be graded or saved.
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../../content/schema/exercise';
import type { AttemptInput } from '../../../content/progress/progress-schemas';
import { lookupArticles } from '../../../content/logic/grading';
import { fixtureExercise, fixtureSet } from '../../../tests/support/renderer-fixtures';
import { useAttempts } from './useAttempts';

const exercise = fixtureExercise('choice');
const lookup = lookupArticles(fixtureSet.articles);
const right: Answer = { type: 'choice', selected: ['unnamed'] };
const wrong: Answer = { type: 'choice', selected: ['reporter'] };

function setup(options: { assessment?: boolean; draft?: Answer | null; priorTries?: number; warning?: string | null } = {}) {
  const onDraft = vi.fn<(exerciseId: string, answer: Answer | null) => void>();
  const onAttempt = vi.fn<(attempt: AttemptInput) => Promise<string | null>>(async () => options.warning ?? null);
  const view = renderHook((props: { priorTries: number }) =>
    useAttempts({ set: fixtureSet, exercise, lookup, assessment: options.assessment ?? false, profileId: 'p-ana', draft: options.draft ?? null, onDraft, onAttempt, priorTries: props.priorTries }),
  { initialProps: { priorTries: options.priorTries ?? 0 } });
  const current = () => view.result.current;
  return {
    view,
    current,
    onDraft,
    onAttempt,
    answerWith: (answer: Answer) => act(() => current().change(answer)),
    check: () => act(() => current().check()),
    retry: () => act(() => current().retry()),
  };
}

describe('useAttempts', () => {
  it('starts from the draft kept from the last session, or from a blank answer when the draft is for another type', () => {
    expect(setup({ draft: wrong }).current().answer).toEqual(wrong);
    expect(setup({ draft: { type: 'find', selections: [] } }).current().answer).toEqual({ type: 'choice', selected: [] });
  });

  it('keeps each change as the draft, and drops the draft once the answer is checked', async () => {
    const { current, onDraft, answerWith, check } = setup();
    await answerWith(right);
    expect(current().answer).toEqual(right);
    expect(onDraft).toHaveBeenLastCalledWith('pick-source', right);
    await check();
    expect(onDraft).toHaveBeenLastCalledWith('pick-source', null);
  });

  it('records each check with the hints taken, whether the answer was asked for, and the time since the last start', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-05T09:00:00.000Z'), toFake: ['Date', 'performance'] });
    const { current, onAttempt, answerWith, check, retry } = setup();
    await answerWith(wrong);
    act(() => current().takeHint());
    vi.advanceTimersByTime(5_000);
    await check();
    expect(current().grade).toMatchObject({ status: 'incorrect', correct: false });
    expect(onAttempt).toHaveBeenLastCalledWith({
      setId: 'flood',
      exerciseId: 'pick-source',
      contentVersion: 3,
      answer: wrong,
      score: 0,
      correct: false,
      hintsUsed: 1,
      revealed: false,
      timeSpentMs: 5_000,
      startedAt: '2026-01-05T09:00:00.000Z',
    });

    // "Try again" unlocks the answer and starts the clock again.
    await retry();
    expect(current().grade).toBeNull();
    vi.advanceTimersByTime(2_000);
    await answerWith(right);
    act(() => current().askForAnswer());
    await check();
    expect(onAttempt).toHaveBeenLastCalledWith(expect.objectContaining({ answer: right, score: 1, correct: true, hintsUsed: 1, revealed: true, timeSpentMs: 2_000, startedAt: '2026-01-05T09:00:05.000Z' }));
  });

  it('counts tries from those made before the screen opened, as known at the first check, plus each check here', async () => {
    const { view, current, answerWith, check, retry } = setup({ priorTries: 1 });
    expect(current().tries).toBe(1);
    await answerWith(wrong);
    await check();
    expect(current().tries).toBe(2);
    // The progress loaded later counts the check just made: it is not counted twice.
    view.rerender({ priorTries: 2 });
    expect(current().tries).toBe(2);
    await retry();
    await check();
    expect(current().tries).toBe(3);
  });

  it('in an assessment saves the answer without grading it', async () => {
    const { current, onAttempt, answerWith, check } = setup({ assessment: true });
    await answerWith(right);
    await check();
    expect(current().grade).toEqual({ status: 'submitted', score: 0, correct: false, items: [], summary: 'Your answer is saved. Your teacher will see how you did.' });
    expect(onAttempt).toHaveBeenLastCalledWith(expect.objectContaining({ answer: right, score: 0, correct: false }));
  });

  it('shows why an answer was not saved, and records nothing for an answer that cannot be graded', async () => {
    const unsaved = setup({ warning: 'The disk is full.' });
    await unsaved.answerWith(right);
    await unsaved.check();
    expect(unsaved.current().warning).toBe('The disk is full.');

    const { current, onAttempt, answerWith, check } = setup();
    await answerWith({ type: 'find', selections: [] });
    await check();
    expect(current().warning).toBe('An answer of type "find" cannot be graded against exercise "pick-source", which is of type "choice".');
    expect(current().grade).toBeNull();
    expect(current().tries).toBe(0);
    expect(onAttempt).not.toHaveBeenCalled();
  });
});
