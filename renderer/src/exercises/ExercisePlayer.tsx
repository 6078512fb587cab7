import { useMemo } from 'react';
import type { Article, ArticleSet } from '../../../content/schema/article-set';
import type { Answer, Exercise } from '../../../content/schema/exercise';
import type { AttemptInput } from '../../../content/progress/progress-schemas';
import { EXERCISE_TYPE_LABELS, FAMILY_LABELS } from '../../../content/schema/labels';
import { answerKey, lookupArticles } from '../../../content/logic/grading';
import type { TextMark } from '../compare/ArticleText';
import { useProfile } from '../progress/ProfileContext';
import { AnswerInput } from './AnswerInput';
import { ArticlePane } from './ArticlePane';
import { hasAnswer } from './answers';
import { explanationMarks } from './explanationMarks';
import { FeedbackPanel } from './FeedbackPanel';
import { visibleGrade } from './feedback';
import { playerState } from './playerState';
import { useAttempts } from './useAttempts';
import { usePointAtFeedback } from './usePointAtFeedback';
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
  const { answer, change, grade, tries, hints, asked, warning, check, retry, takeHint, askForAnswer } = useAttempts({
    set,
    exercise,
    lookup,
    assessment,
    profileId: profile?.id ?? null,
    draft,
    onDraft,
    onAttempt,
    priorTries,
  });
  const now = playerState({ assessment, type: exercise.type, grade, asked, tries, hintsShown: hints, hintCount: exercise.hints.length });
  const { answerShown, showKey } = now;
  const key = useMemo(() => (showKey ? answerKey(exercise, lookup) : null), [showKey, exercise, lookup]);
  const seen = useMemo(() => visibleGrade(grade, answerShown), [grade, answerShown]);
  // Words to point at in the article: the explanation's, once the answer is shown.
  const marks = useMemo<TextMark[]>(() => (answerShown ? explanationMarks(exercise, articles) : []), [answerShown, exercise, articles]);
  const { playerRef, feedbackRef } = usePointAtFeedback({ grade, asked, answerShown, assessment });

  const shown: Article[] = (exercise.type === 'find' ? [exercise.article] : exercise.articles).map((id) => articles.get(id)).filter((a): a is Article => !!a);
  const input = (
    <AnswerInput
      exercise={exercise}
      answer={answer}
      onChange={change}
      articles={articles}
      locked={now.locked}
      // An assessment shows no verdict anywhere: the inputs draw a saved answer in the neutral "your answer" style.
      grade={assessment ? null : seen}
      revealed={key}
      marks={marks}
      compareMultiple={compareMultiple}
      written={{ locked: now.writtenLocked, submitted: now.writtenSubmitted }}
    />
  );

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
          {now.checkLabel && (
            <button type="button" className="primary" onClick={check} disabled={!hasAnswer(answer)}>
              {now.checkLabel}
            </button>
          )}
          {now.retryLabel && (
            <button type="button" className="primary" onClick={retry}>
              {now.retryLabel}
            </button>
          )}
          {now.hintLabel && (
            <button type="button" onClick={takeHint}>
              {now.hintLabel}
            </button>
          )}
          {now.mayAskForAnswer && (
            <button type="button" onClick={askForAnswer}>
              Show the answer
            </button>
          )}
          {nextHref ? (
            <a className={`button${now.nextIsPrimary ? ' primary' : ''}`} href={nextHref}>
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
          hintsLeft={now.hintLabel !== null}
          warning={warning}
        />
        {!nextHref && now.locked && <p className="end-note">That was the last exercise in this list. Well done.</p>}
      </div>
    </div>
  );
}

function SourceCardLite({ article }: { article: Article }) {
  return <p className="source-lite">{articleName(article).outlet.text}</p>;
}
