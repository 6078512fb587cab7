/**
 * What feedback a student may see, and when. After a wrong try the student learns why the answer
 * they gave is not it, never what the answer is; the answer and its explanation come when they get
 * it right, ask for it ("Show the answer"), or have tried TRIES_BEFORE_REVEAL times.
 */
import type { Grade } from '../../../content/logic/grading';

export const TRIES_BEFORE_REVEAL = 3;

/** The grade as the student may see it: before the answer is shown, nothing that gives it away. */
export function visibleGrade(grade: Grade | null, answerShown: boolean): Grade | null {
  if (!grade || answerShown) return grade;
  return { ...grade, items: grade.items.filter((i) => !i.missed).map((i) => (i.beforeReveal ? { ...i, feedback: i.beforeReveal } : i)) };
}

/** Whether the answer and explanation are shown now. */
export function isAnswerShown({ assessment, grade, tries, asked }: { assessment: boolean; grade: Grade | null; tries: number; asked: boolean }): boolean {
  if (assessment) return false;
  if (asked) return true;
  if (!grade) return false;
  return grade.status === 'correct' || grade.status === 'submitted' || tries >= TRIES_BEFORE_REVEAL;
}

/** "1 more try", "2 more tries" before the answer is shown. */
export function triesLeftText(tries: number): string {
  const left = Math.max(0, TRIES_BEFORE_REVEAL - tries);
  return left === 1 ? '1 more try' : `${left} more tries`;
}

/** Smooth scrolling, except under test (a driven browser) or when the student asks for less motion. */
function scrollBehavior(): ScrollBehavior {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduced || navigator.webdriver ? 'auto' : 'smooth';
}

/** Bring words the feedback points at into view and move the keyboard there. */
export function pointAt(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: scrollBehavior() });
  element.focus({ preventScroll: true });
}
