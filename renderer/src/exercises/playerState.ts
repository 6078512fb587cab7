/**
 * What a student may see and do at an exercise now, decided from where they are: checked or not,
 * how many tries, hints taken, whether they asked for the answer, and whether it is an assessment
 * (answers saved for the teacher: no verdict, no hints, no answer shown). The player only draws it.
 */
import type { Exercise } from '../../../content/schema/exercise';
import type { Grade } from '../../../content/logic/grading';
import { isAnswerShown } from './feedback';

export interface PlayerMoment {
  assessment: boolean;
  type: Exercise['type'];
  /** The last check's grade, or null before a check and after "Try again". */
  grade: Grade | null;
  /** The student asked to see the answer. */
  asked: boolean;
  /** Tries in this sitting, those before this screen opened included. */
  tries: number;
  /** Hints shown so far, and how many the exercise has. */
  hintsShown: number;
  hintCount: number;
}

export interface PlayerState {
  /** The answer and its explanation are shown. */
  answerShown: boolean;
  /** The answer cannot be changed: it was checked (until "Try again") or the answer is shown. */
  locked: boolean;
  /** The key is drawn in the inputs: the answer is shown and the student did not get there themselves. */
  showKey: boolean;
  /** A written answer cannot be changed once handed in, and is drawn as handed in (not in an assessment). */
  writtenLocked: boolean;
  writtenSubmitted: boolean;
  /** Words of the button that checks (or saves) the answer; null once the answer is locked. */
  checkLabel: string | null;
  /** Words of the button that unlocks the answer to change it; null when there is no trying again. */
  retryLabel: string | null;
  /** Words of the button that shows one more hint; null when no hint is left to show. */
  hintLabel: string | null;
  /** "Show the answer" is offered: after a try, before the answer is shown, never for a written answer. */
  mayAskForAnswer: boolean;
  /** "Next exercise" is the main way on. */
  nextIsPrimary: boolean;
}

export function playerState({ assessment, type, grade, asked, tries, hintsShown, hintCount }: PlayerMoment): PlayerState {
  const answerShown = isAnswerShown({ assessment, grade, tries, asked });
  const locked = grade !== null || asked;
  const hintsLeft = !answerShown && hintsShown < hintCount && !assessment;
  const canRetry = grade !== null && !answerShown && (assessment || (grade.status !== 'correct' && grade.status !== 'submitted'));
  return {
    answerShown,
    locked,
    showKey: answerShown && grade?.status !== 'correct' && type !== 'written',
    writtenLocked: grade !== null && grade.status === 'submitted',
    writtenSubmitted: !assessment && grade?.status === 'submitted',
    checkLabel: locked ? null : assessment ? 'Save answer' : type === 'written' ? 'Submit answer' : 'Check answer',
    retryLabel: !canRetry ? null : assessment ? 'Change my answer' : 'Try again',
    hintLabel: !hintsLeft ? null : hintsShown === 0 ? 'Show a hint' : 'Another hint',
    mayAskForAnswer: !assessment && tries > 0 && !answerShown && type !== 'written',
    nextIsPrimary: answerShown || (assessment && grade !== null),
  };
}
