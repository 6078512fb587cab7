import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleSet } from '../../../content/schema/article-set';
import type { Answer, Exercise } from '../../../content/schema/exercise';
import type { AttemptInput } from '../../../content/progress/progress-schemas';
import { EXERCISE_TYPE_LABELS, FAMILY_LABELS } from '../../../content/schema/labels';
import { answerKey, gradeAnswer, lookupArticles, type Grade } from '../../../content/logic/grading';
import { resolveAnchor } from '../../../content/logic/anchors';
import type { TextMark } from '../compare/ArticleText';
import { messageOf } from '../shared/lenses';
import { startingOrderSeed } from '../../../content/logic/starting-order';
import { useProfile } from '../progress/ProfileContext';
import { ArticlePane } from './ArticlePane';
import { emptyAnswer, hasAnswer } from './answers';
import { FeedbackPanel } from './FeedbackPanel';
import { isAnswerShown, pointAt, visibleGrade } from './feedback';
import { ChoiceInput, CompareInput } from './inputs/ChoiceInput';
import { ClassifyInput } from './inputs/ClassifyInput';
import { FindInput } from './inputs/FindInput';
import { MatchInput } from './inputs/MatchInput';
import { OrderInput } from './inputs/OrderInput';
import { WrittenInput } from './inputs/WrittenInput';
import { articleName } from '../../../content/logic/article-name';

interface Props {
  set: ArticleSet;
  exercise: Exercise;
  position: { index: number; total: number; label: string };
  nextHref: string | null;
  listHref: string;
  /** Text of the link shown after the last exercise. */
  endLabel?: string;
  /** Assessment: answers are saved, not graded here; no hints, explanations or answers are shown. */
  assessment?: boolean;
  /** For compare exercises whose key is not here (assessment): radio buttons or checkboxes. */
  compareMultiple?: boolean;
  /** A draft restored from the last session, if any. */
  draft: Answer | null;
  onDraft: (exerciseId: string, answer: Answer | null) => void;
  /** Record an attempt; resolves to a storage warning to show, or null. */
  onAttempt: (attempt: AttemptInput) => Promise<string | null>;
  /** Tries already made at this exercise in a sitting not yet right (so a reload does not start the count again). */
  priorTries?: number;
}

const DIFFICULTY = ['', 'Easier', 'Medium', 'Harder'];

/**
 * One exercise: prompt, answer input, hints, check, feedback that teaches (why the answer given is
 * not it, then try again), and the answer with its explanation once right, asked for, or after
 * three tries; the words it points at are brought into view.
 */
export function ExercisePlayer({ set, exercise, position, nextHref, listHref, endLabel, assessment = false, compareMultiple, draft, onDraft, onAttempt, priorTries = 0 }: Props) {
  const { profile } = useProfile();
  const articles = useMemo(() => new Map(set.articles.map((a) => [a.id, a])), [set]);
  const lookup = useMemo(() => lookupArticles(set.articles), [set]);
  const [answer, setAnswer] = useState<Answer>(() =>
    draft && draft.type === exercise.type ? draft : emptyAnswer(exercise, startingOrderSeed(set.id, exercise.id, profile?.id ?? null)),
  );
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
    started.current = { at: new Date().toISOString(), ms: performance.now() };
  }, []);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const playerRef = useRef<HTMLDivElement>(null);
  const answerShown = isAnswerShown({ assessment, grade, tries, asked });
  const locked = grade !== null || asked;
  // The key is shown when the student did not get there themselves.
  const showKey = answerShown && grade?.status !== 'correct' && exercise.type !== 'written';
  const key = useMemo(() => (showKey ? answerKey(exercise, lookup) : null), [showKey, exercise, lookup]);
  const seen = useMemo(() => visibleGrade(grade, answerShown), [grade, answerShown]);

  // Feedback that points at words: bring them into view and move the keyboard there.
  useEffect(() => {
    if (!grade && !asked) return;
    const root = playerRef.current;
    const words = answerShown
      ? root?.querySelector<HTMLElement>('mark.hl-explain[data-first], mark.key-mark[data-first]')
      : root?.querySelector<HTMLElement>('mark.sel-wrong[data-first]');
    if (words && !assessment) pointAt(words);
    else feedbackRef.current?.focus();
  }, [grade, asked, answerShown, assessment]);

  const change = (next: Answer) => {
    setAnswer(next);
    onDraft(exercise.id, next);
  };

  const check = async () => {
    let g: Grade;
    try {
      g = assessment
        ? { status: 'submitted', score: 0, correct: false, items: [], summary: 'Your answer is saved. Your teacher will see how you did.' }
        : gradeAnswer(exercise, answer, lookup);
    } catch (error) {
      setWarning(messageOf(error));
      return;
    }
    setGrade(g);
    setBefore((b) => b ?? priorTries);
    setChecks((c) => c + 1);
    onDraft(exercise.id, null);
    const begun = started.current ?? { at: new Date().toISOString(), ms: performance.now() };
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
    started.current = { at: new Date().toISOString(), ms: performance.now() };
  };

  // Words to point at in the article: the explanation's, once the answer is shown.
  const marks = useMemo<TextMark[]>(() => {
    if (!answerShown) return [];
    const out: TextMark[] = [];
    exercise.explanation.highlights.forEach((ref, i) => {
      const article = articles.get(ref.article);
      const r = article ? resolveAnchor(article, ref.anchor) : null;
      if (r?.ok) out.push({ id: `${ref.article}:explain-${i}`, ...r.span, className: 'hl-explain', label: 'Explained:' });
    });
    return out;
  }, [answerShown, exercise, articles]);

  const shown: Article[] = (exercise.type === 'find' ? [exercise.article] : exercise.articles).map((id) => articles.get(id)).filter((a): a is Article => !!a);
  // An assessment shows no verdict anywhere: the inputs draw a saved answer in the neutral "your answer" style.
  const inputProps = { locked, grade: assessment ? null : seen, articles };
  const input = (() => {
    switch (exercise.type) {
      case 'find':
        return (
          <FindInput
            {...inputProps}
            exercise={exercise}
            answer={answer as Extract<Answer, { type: 'find' }>}
            onChange={change}
            revealed={key as Extract<Answer, { type: 'find' }> | null}
            extraMarks={marks.filter((m) => m.id.startsWith(`${exercise.article}:`))}
          />
        );
      case 'choice':
        return <ChoiceInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'choice' }>} onChange={change} revealed={key as Extract<Answer, { type: 'choice' }> | null} />;
      case 'compare':
        return (
          <CompareInput
            {...inputProps}
            exercise={exercise}
            multiple={compareMultiple}
            answer={answer as Extract<Answer, { type: 'compare' }>}
            onChange={change}
            revealed={key as Extract<Answer, { type: 'compare' }> | null}
          />
        );
      case 'classify':
        return <ClassifyInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'classify' }>} onChange={change} revealed={key as Extract<Answer, { type: 'classify' }> | null} />;
      case 'match':
        return <MatchInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'match' }>} onChange={change} revealed={key as Extract<Answer, { type: 'match' }> | null} />;
      case 'order':
        return <OrderInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'order' }>} onChange={change} revealed={key as Extract<Answer, { type: 'order' }> | null} />;
      case 'written':
        return (
          <WrittenInput
            {...inputProps}
            locked={grade !== null && grade.status === 'submitted'}
            exercise={exercise}
            answer={answer as Extract<Answer, { type: 'written' }>}
            onChange={change}
            revealed={null}
            submitted={!assessment && grade?.status === 'submitted'}
          />
        );
    }
  })();

  const hintsLeft = !answerShown && hints < exercise.hints.length && !assessment;
  const canRetry = grade !== null && !answerShown && (assessment || (grade.status !== 'correct' && grade.status !== 'submitted'));
  const nextIsPrimary = answerShown || (assessment && grade !== null);

  return (
    <div className="player" ref={playerRef}>
      <div className="player-text">
        {exercise.type === 'find' ? (
          <section className="pane-article" aria-labelledby="find-source">
            <h2 id="find-source">{shown[0]?.shortTitle}</h2>
            {shown[0] && <SourceCardLite article={shown[0]} />}
            {input}
          </section>
        ) : (
          <ArticlePane articles={shown} marks={marks} />
        )}
      </div>
      <div className="player-task">
        <p className="exercise-meta">
          {position.label} · {FAMILY_LABELS[exercise.family]} · {EXERCISE_TYPE_LABELS[exercise.type]} · {DIFFICULTY[exercise.difficulty]}
        </p>
        <h2 className="prompt" id="exercise-prompt">
          {exercise.prompt}
        </h2>
        {exercise.type !== 'find' && <div className="answer-area">{input}</div>}
        {hints > 0 && (
          <div className="hints" role="note" aria-label="Hints">
            {exercise.hints.slice(0, hints).map((h, i) => (
              <p key={i}>
                <strong>Hint {i + 1}:</strong> {h}
              </p>
            ))}
          </div>
        )}
        <div className="player-actions">
          {!locked && (
            <button type="button" className="primary" onClick={check} disabled={!hasAnswer(answer)}>
              {assessment ? 'Save answer' : exercise.type === 'written' ? 'Submit answer' : 'Check answer'}
            </button>
          )}
          {canRetry && (
            <button type="button" className="primary" onClick={retry}>
              {assessment ? 'Change my answer' : 'Try again'}
            </button>
          )}
          {hintsLeft && (
            <button type="button" onClick={() => setHints((h) => h + 1)}>
              {hints === 0 ? 'Show a hint' : 'Another hint'}
            </button>
          )}
          {!assessment && tries > 0 && !answerShown && exercise.type !== 'written' && (
            <button type="button" onClick={() => setAsked(true)}>
              Show the answer
            </button>
          )}
          {nextHref ? (
            <a className={`button${nextIsPrimary ? ' primary' : ''}`} href={nextHref}>
              Next exercise
            </a>
          ) : (
            <a className="button" href={listHref}>
              {endLabel ?? 'Back to the exercise list'}
            </a>
          )}
        </div>
        <FeedbackPanel
          ref={feedbackRef}
          exercise={exercise}
          grade={grade}
          assessment={assessment}
          answerShown={answerShown}
          asked={asked}
          tries={tries}
          hintsLeft={hintsLeft}
          warning={warning}
        />
        {!nextHref && (grade || asked) && <p className="end-note">That was the last exercise in this list. Well done.</p>}
      </div>
    </div>
  );
}

function SourceCardLite({ article }: { article: Article }) {
  return <p className="source-lite">{articleName(article).outlet.text}</p>;
}
