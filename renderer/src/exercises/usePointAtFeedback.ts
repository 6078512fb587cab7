import { useEffect, useRef } from 'react';
import type { Grade } from '../../../content/logic/grading';
import { pointAt } from './feedback';

/**
 * After a check or "Show the answer", the keyboard goes where the feedback points: to the first
 * words marked wrong, or once the answer is shown to the words explained or the key; where there
 * are none (and always in an assessment, which marks nothing) to the feedback itself.
 * Returns the refs for the player and for its feedback region.
 */
export function usePointAtFeedback({ grade, asked, answerShown, assessment }: { grade: Grade | null; asked: boolean; answerShown: boolean; assessment: boolean }) {
  const playerRef = useRef<HTMLDivElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!grade && !asked) return;
    const root = playerRef.current;
    const words = answerShown
      ? root?.querySelector<HTMLElement>('mark.hl-explain[data-first], mark.key-mark[data-first]')
      : root?.querySelector<HTMLElement>('mark.sel-wrong[data-first]');
    if (words && !assessment) pointAt(words);
    else feedbackRef.current?.focus();
  }, [grade, asked, answerShown, assessment]);
  return { playerRef, feedbackRef };
}
