import { useEffect, useRef, useState } from 'react';
import type { ArticleSet } from '../../../content/schema/article-set';
import type { Answer, Exercise } from '../../../content/schema/exercise';
import type { AttemptInput } from '../../../content/progress/progress-schemas';
import { gradeAnswer, type ArticleLookup, type Grade } from '../../../content/logic/grading';
import { startingOrderSeed } from '../../../content/logic/starting-order';
import { messageOf } from '../shared/lenses';
import { emptyAnswer } from './answers';

interface Options {
  set: ArticleSet;
  exercise: Exercise;
  lookup: ArticleLookup;
  /** Assessment: an answer is saved, not graded. */
  assessment: boolean;
  /** Fixes an order exercise's shuffled start for this student (see startingOrderSeed). */
  profileId: string | null;
  draft: Answer | null;
  onDraft: (exerciseId: string, answer: Answer | null) => void;
  onAttempt: (attempt: AttemptInput) => Promise<string | null>;
  priorTries: number;
}

/** What a saved assessment answer shows: no verdict. */
const submitted = (): Grade => ({ status: 'submitted', score: 0, correct: false, items: [], summary: 'Your answer is saved. Your teacher will see how you did.' });

const now = () => ({ at: new Date().toISOString(), ms: performance.now() });

/**
 * A student's tries at one exercise: the answer being made (kept as a draft until checked), each
 * check graded and recorded with the hints taken, the time spent and whether the answer was asked
 * for; "Try again" unlocks the answer and starts the clock again.
 */
export function useAttempts({ set, exercise, lookup, assessment, profileId, draft, onDraft, onAttempt, priorTries }: Options) {
  const [answer, setAnswer] = useState<Answer>(() => (draft && draft.type === exercise.type ? draft : emptyAnswer(exercise, startingOrderSeed(set.id, exercise.id, profileId))));
  const [grade, setGrade] = useState<Grade | null>(null);
  // Tries in this sitting: those made before this screen opened (as known at the first check here), plus the checks made here.
  const [checks, setChecks] = useState(0);
  const [before, setBefore] = useState<number | null>(null);
  const tries = (before ?? priorTries) + checks;
  const [hints, setHints] = useState(0);
  const [asked, setAsked] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const started = useRef<{ at: string; ms: number } | null>(null);
  useEffect(() => {
    started.current = now();
  }, []);

  const change = (next: Answer) => {
    setAnswer(next);
    onDraft(exercise.id, next);
  };

  const check = async () => {
    let g: Grade;
    try {
      g = assessment ? submitted() : gradeAnswer(exercise, answer, lookup);
    } catch (error) {
      setWarning(messageOf(error));
      return;
    }
    setGrade(g);
    setBefore((b) => b ?? priorTries);
    setChecks((c) => c + 1);
    onDraft(exercise.id, null);
    const begun = started.current ?? now();
    const spent = Math.round(performance.now() - begun.ms);
    setWarning(
      await onAttempt({
        setId: set.id,
        exerciseId: exercise.id,
        contentVersion: set.version,
        answer,
        score: g.score,
        correct: g.correct,
        hintsUsed: hints,
        revealed: asked,
        timeSpentMs: spent,
        startedAt: begun.at,
      }),
    );
  };

  const retry = () => {
    setGrade(null);
    started.current = now();
  };

  return {
    answer,
    change,
    grade,
    tries,
    hints,
    asked,
    warning,
    check,
    retry,
    takeHint: () => setHints((h) => h + 1),
    askForAnswer: () => setAsked(true),
  };
}
