/**
 * Assessment files carry exercises without their answers (StudentExercise). The answer inputs take
 * the full Exercise shape, so here a student exercise is given empty key fields; nothing in an
 * assessment ever reads them (no grading, hints, explanations or "show the answer" are offered).
 */
import type { Exercise } from '../../../../content/schema/exercise';
import type { StudentExercise } from '../../../../content/assignments/student-exercise';

const noKey = { hints: [] as string[], explanation: { text: '', highlights: [] } };

export function asDisplayExercise(e: StudentExercise): Exercise {
  switch (e.type) {
    case 'find':
      return { ...e, ...noKey, targets: [] };
    case 'choice':
      return { ...e, ...noKey, options: e.options.map((o) => ({ ...o, correct: false, feedback: '' })) };
    case 'classify':
      return { ...e, ...noKey, items: e.items.map((i) => ({ ...i, category: '', feedback: '' })) };
    case 'match':
      return { ...e, ...noKey, items: e.items.map((i) => ({ ...i, answer: '' })) };
    case 'order':
      return { ...e, ...noKey, correctOrder: [] };
    case 'compare':
      return { ...e, ...noKey, phrases: e.phrases.map((p) => ({ ...p, correct: false, feedback: '' })) };
    case 'written':
      return { ...e, ...noKey, modelAnswer: '', rubric: [] };
  }
}
