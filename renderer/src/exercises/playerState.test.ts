/**
 * What a student may see and do at an exercise, step by step: the buttons offered (by their words,
 * as the student reads them), when the answer is locked, and when the answer and key are shown.
 */
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../content/logic/grading';
import { playerState, type PlayerMoment } from './playerState';

const graded = (status: Grade['status']): Grade => ({ status, score: status === 'correct' ? 1 : 0, correct: status === 'correct', items: [], summary: '' });
const start: PlayerMoment = { assessment: false, type: 'choice', grade: null, asked: false, tries: 0, hintsShown: 0, hintCount: 2 };
const at = (moment: Partial<PlayerMoment>) => playerState({ ...start, ...moment });

/** The buttons offered, as the student reads them. */
const buttons = (moment: Partial<PlayerMoment>) => {
  const s = at(moment);
  return [s.checkLabel, s.retryLabel, s.hintLabel, s.mayAskForAnswer ? 'Show the answer' : null].filter((b) => b !== null);
};

describe('playerState', () => {
  it('before a check: the answer can be changed and checked, and a hint taken; nothing is shown yet', () => {
    expect(buttons({})).toEqual(['Check answer', 'Show a hint']);
    expect(at({})).toMatchObject({ locked: false, answerShown: false, showKey: false, nextIsPrimary: false });
  });

  it('after a wrong try: the answer is locked until "Try again", the answer may be asked for, and is not shown', () => {
    const wrong = { grade: graded('incorrect'), tries: 1, hintsShown: 1 };
    expect(buttons(wrong)).toEqual(['Try again', 'Another hint', 'Show the answer']);
    expect(at(wrong)).toMatchObject({ locked: true, answerShown: false, showKey: false, nextIsPrimary: false });
    expect(buttons({ ...wrong, grade: graded('partial'), hintsShown: 2 })).toEqual(['Try again', 'Show the answer']);
  });

  it('"Try again" unlocks the answer; a try made before keeps "Show the answer" on offer', () => {
    expect(buttons({ tries: 1 })).toEqual(['Check answer', 'Show a hint', 'Show the answer']);
    expect(at({ tries: 1 }).locked).toBe(false);
  });

  it('after three wrong tries: the answer and its key are shown, and there is nothing left to try', () => {
    const third = at({ grade: graded('incorrect'), tries: 3 });
    expect(buttons({ grade: graded('incorrect'), tries: 3 })).toEqual([]);
    expect(third).toMatchObject({ locked: true, answerShown: true, showKey: true, nextIsPrimary: true });
  });

  it('right: the explanation is shown, but not the key (the student got there themselves)', () => {
    expect(buttons({ grade: graded('correct'), tries: 1 })).toEqual([]);
    expect(at({ grade: graded('correct'), tries: 1 })).toMatchObject({ answerShown: true, showKey: false, nextIsPrimary: true });
  });

  it('asked for the answer: it is shown with its key, and the answer is locked', () => {
    expect(at({ asked: true, tries: 1 })).toMatchObject({ locked: true, answerShown: true, showKey: true, checkLabel: null });
  });

  it('a written answer is submitted, locked once handed in, has no key and no "Show the answer"', () => {
    expect(buttons({ type: 'written' })).toEqual(['Submit answer', 'Show a hint']);
    const handedIn = at({ type: 'written', grade: graded('submitted'), tries: 1 });
    expect(handedIn).toMatchObject({ writtenLocked: true, writtenSubmitted: true, answerShown: true, showKey: false, retryLabel: null, mayAskForAnswer: false });
    expect(at({ type: 'written', tries: 1 }).mayAskForAnswer).toBe(false);
  });

  it('an assessment: the answer is saved and may be changed, with no hints, no verdict and never the answer', () => {
    const a = { assessment: true, type: 'written' as const };
    expect(buttons(a)).toEqual(['Save answer']);
    const saved = { ...a, grade: graded('submitted'), tries: 3 };
    expect(buttons(saved)).toEqual(['Change my answer']);
    expect(at(saved)).toMatchObject({ answerShown: false, showKey: false, writtenLocked: true, writtenSubmitted: false, nextIsPrimary: true });
    expect(at({ ...a, asked: true }).answerShown).toBe(false);
  });
});
