import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleSet } from '../../../content/schema/article-set';
import type { Answer, Exercise } from '../../../content/schema/exercise';
import { EXERCISE_TYPE_LABELS, FAMILY_LABELS } from '../../../content/schema/labels';
import { answerKey, gradeAnswer, lookupArticles, type Grade } from '../../../content/logic/grading';
import { resolveAnchor } from '../../../content/logic/anchors';
import type { TextMark } from '../compare/ArticleText';
import { messageOf } from '../app/lenses';
import { ArticlePane } from './ArticlePane';
import { emptyAnswer, hasAnswer } from './answers';
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
}

export interface AttemptInput {
  setId: string;
  exerciseId: string;
  contentVersion: number;
  answer: Answer;
  score: number;
  correct: boolean;
  hintsUsed: number;
  revealed: boolean;
  timeSpentMs: number;
  startedAt: string;
}

const DIFFICULTY = ['', 'Easier', 'Medium', 'Harder'];

/** One exercise: prompt, answer input, hints, check, feedback that points at the text, retry, reveal, next. */
export function ExercisePlayer({ set, exercise, position, nextHref, listHref, endLabel, assessment = false, compareMultiple, draft, onDraft, onAttempt }: Props) {
  const articles = useMemo(() => new Map(set.articles.map((a) => [a.id, a])), [set]);
  const lookup = useMemo(() => lookupArticles(set.articles), [set]);
  const [answer, setAnswer] = useState<Answer>(() => (draft && draft.type === exercise.type ? draft : emptyAnswer(exercise)));
  const [grade, setGrade] = useState<Grade | null>(null);
  const [tries, setTries] = useState(0);
  const [hints, setHints] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const started = useRef<{ at: string; ms: number } | null>(null);
  useEffect(() => {
    started.current = { at: new Date().toISOString(), ms: performance.now() };
  }, []);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const locked = grade !== null || revealed;
  const key = useMemo(() => (revealed ? answerKey(exercise, lookup) : null), [revealed, exercise, lookup]);

  useEffect(() => {
    if (grade) feedbackRef.current?.focus();
  }, [grade]);

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
    setTries((t) => t + 1);
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
        revealed,
        timeSpentMs: spent,
        startedAt: begun.at,
      }),
    );
  };

  const retry = () => {
    setGrade(null);
    started.current = { at: new Date().toISOString(), ms: performance.now() };
    if (exercise.type === 'written') return; // keep the text to improve it
  };

  // Words to point at in the article: the explanation after checking; targets when revealed.
  const marks = useMemo<TextMark[]>(() => {
    if ((!grade && !revealed) || assessment) return [];
    const out: TextMark[] = [];
    exercise.explanation.highlights.forEach((ref, i) => {
      const article = articles.get(ref.article);
      const r = article ? resolveAnchor(article, ref.anchor) : null;
      if (r?.ok) out.push({ id: `${ref.article}:explain-${i}`, ...r.span, className: 'hl-explain', label: 'Explained:' });
    });
    return out;
  }, [grade, revealed, exercise, articles, assessment]);

  const shown: Article[] = (exercise.type === 'find' ? [exercise.article] : exercise.articles).map((id) => articles.get(id)).filter((a): a is Article => !!a);
  const inputProps = { locked, grade, articles };
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
            submitted={!assessment && (grade?.status === 'submitted' || revealed)}
          />
        );
    }
  })();

  const verdict = grade
    ? grade.status === 'correct'
      ? '✓ Correct'
      : grade.status === 'partial'
        ? `◐ Partly right (${Math.round(grade.score * 100)}%)`
        : grade.status === 'submitted'
          ? '✎ Answer saved'
          : '✗ Not quite'
    : null;

  return (
    <div className="player">
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
              {exercise.type === 'written' ? 'Submit answer' : 'Check answer'}
            </button>
          )}
          {!locked && hints < exercise.hints.length && (
            <button type="button" onClick={() => setHints((h) => h + 1)}>
              {hints === 0 ? 'Show a hint' : 'Another hint'}
            </button>
          )}
          {grade && ((grade.status !== 'correct' && grade.status !== 'submitted') || assessment) && !revealed && (
            <button type="button" onClick={retry}>
              {assessment ? 'Change my answer' : 'Try again'}
            </button>
          )}
          {!assessment && tries > 0 && !revealed && grade?.status !== 'correct' && exercise.type !== 'written' && (
            <button type="button" onClick={() => setRevealed(true)}>
              Show the answer
            </button>
          )}
          {nextHref ? (
            <a className={`button${grade || revealed ? ' primary' : ''}`} href={nextHref}>
              Next exercise
            </a>
          ) : (
            <a className="button" href={listHref}>
              {endLabel ?? 'Back to the exercise list'}
            </a>
          )}
        </div>
        <div ref={feedbackRef} tabIndex={-1} className="feedback-region" role="status" aria-live="polite" aria-atomic="true">
          {grade && (
            <div className={`feedback feedback-${grade.status}`}>
              <p className="verdict">
                <strong>{verdict}.</strong> {grade.summary}
              </p>
              {!assessment && (
                <div className="explanation">
                  <h3>Why</h3>
                  <p>{exercise.explanation.text}</p>
                  <p className="muted">The words this is about are highlighted in the article (dotted box).</p>
                </div>
              )}
            </div>
          )}
          {revealed && !grade && <p className="verdict">The answer is shown. {exercise.explanation.text}</p>}
          {revealed && grade && <p className="muted">The answer is shown above.</p>}
          {warning && (
            <p className="storage-warning" role="alert">
              {warning}
            </p>
          )}
        </div>
        {!nextHref && (grade || revealed) && <p className="end-note">That was the last exercise in this list. Well done.</p>}
      </div>
    </div>
  );
}

function SourceCardLite({ article }: { article: Article }) {
  return <p className="source-lite">{articleName(article).outlet.text}</p>;
}
