import { useMemo, useState } from 'react';
import type { Answer } from '../../../../content/schema/exercise';
import { getLenses, messageOf } from '../../shared/lenses';
import { useAsync } from '../../shared/useAsync';
import { routeToHash } from '../../shared/routes';
import { useProfile } from '../../progress/ProfileContext';
import { ExercisePlayer } from '../../exercises/ExercisePlayer';
import { asDisplayExercise } from './studentExercise';
import { useRecordAttempt } from '../../exercises/useRecordAttempt';

/** Doing an assignment: its exercises in the teacher's order, then saving a results file to hand back. */
export function AssignmentScreen({ id, exerciseId }: { id: string; exerciseId: string | undefined }) {
  const { profile } = useProfile();
  const [state, reload] = useAsync(() => getLenses().getAssignment({ id }), [id, exerciseId ?? null]);
  const [message, setMessage] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Answer>>({});
  const recordProgress = useRecordAttempt({ quietWhenUnknownSet: true });
  const exercises = useMemo(() => {
    if (state.status !== 'ready') return [];
    const a = state.value.assignment;
    return a.mode === 'practice' ? a.exercises : a.exercises.map(asDisplayExercise);
  }, [state]);

  if (state.status === 'loading') return <Page title="Assignment"><p role="status">Loading…</p></Page>;
  if (state.status === 'error') return <Page title="Assignment"><p role="alert">{state.message}</p></Page>;
  const { assignment, answers } = state.value;
  const assessment = assignment.mode === 'assessment';
  const answered = exercises.filter((e) => answers[e.id]).length;
  const exportResults = async () => {
    setMessage(null);
    try {
      const r = await getLenses().exportResults({ assignmentId: id, studentName: profile?.name ?? 'Student' });
      setMessage(r.saved ? `Saved your results to ${r.path ?? 'the file you chose'}. Hand this file to your teacher.` : 'Nothing was saved.');
    } catch (e) {
      setMessage(messageOf(e));
    }
  };

  const index = exerciseId ? exercises.findIndex((e) => e.id === exerciseId) : -1;
  const exercise = index >= 0 ? exercises[index] : undefined;
  if (exercise) {
    const next = exercises[index + 1];
    return (
      <Page title={assignment.title} crumb={<a href={routeToHash({ screen: 'assignment', id })}>Assignment overview</a>}>
        <ExercisePlayer
          key={exercise.id}
          set={assignment.set}
          exercise={exercise}
          assessment={assessment}
          compareMultiple={compareMultipleOf(state.value.assignment, exercise.id)}
          position={{ index, total: exercises.length, label: `${index + 1} of ${exercises.length}` }}
          nextHref={next ? routeToHash({ screen: 'assignment', id, exerciseId: next.id }) : null}
          listHref={routeToHash({ screen: 'assignment', id })}
          endLabel="Back to the assignment"
          draft={drafts[exercise.id] ?? answers[exercise.id]?.answer ?? null}
          onDraft={(exId, answer) => setDrafts((d) => (answer ? { ...d, [exId]: answer } : d))}
          onAttempt={async (a) => {
            try {
              const r = await getLenses().saveAssignmentAnswer({ assignmentId: id, exerciseId: a.exerciseId, answer: a.answer, timeSpentMs: a.timeSpentMs });
              // A practice exercise counts in the student's own progress too (graded here, as the screen showed).
              if (!assessment) await recordProgress(a);
              return r.attemptsLeft === 0 ? 'That was your last try for this exercise.' : null;
            } catch (e) {
              return messageOf(e);
            }
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={assignment.title}>
      {assignment.instructions && <p className="lead">{assignment.instructions}</p>}
      <dl className="facts">
        <div>
          <dt>Due</dt>
          <dd>{assignment.due ?? 'No due date'}</dd>
        </div>
        <div>
          <dt>Mode</dt>
          <dd>{assessment ? 'Assessment: no feedback; your teacher grades it' : 'Practice: feedback as you go'}</dd>
        </div>
        <div>
          <dt>Tries per exercise</dt>
          <dd>{assignment.attemptsAllowed ?? 'Unlimited'}</dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd>
            {answered} of {exercises.length}
          </dd>
        </div>
      </dl>
      <ol className="exercise-items">
        {exercises.map((e) => (
          <li key={e.id}>
            <a href={routeToHash({ screen: 'assignment', id, exerciseId: e.id })}>{e.prompt}</a>
            <span className="exercise-tags">{answerStatus(answers[e.id], assessment || e.type === 'written')}</span>
          </li>
        ))}
      </ol>
      <div className="actions">
        {exercises[0] && (
          <a className="button primary" href={routeToHash({ screen: 'assignment', id, exerciseId: (exercises.find((e) => !answers[e.id]) ?? exercises[0]).id })}>
            {answered === 0 ? 'Start' : 'Continue'}
          </a>
        )}
        <button type="button" onClick={() => void exportResults()} disabled={answered === 0}>
          Save my results to hand in…
        </button>
        <button type="button" className="link-button" onClick={reload}>
          Refresh
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message && <p className="action-message">{message}</p>}
      </div>
    </Page>
  );
}

function Page({ title, crumb, children }: { title: string; crumb?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby="assignment-title" className="screen screen-wide">
      {crumb ?? <p className="crumb"><a href="#/library">Library</a></p>}
      <h1 id="assignment-title">{title}</h1>
      {children}
    </section>
  );
}

/** Whether a compare exercise takes several answers, from the assignment file itself. */
function compareMultipleOf(assignment: { exercises: ReadonlyArray<{ id: string; type: string; multiple?: boolean }> }, id: string): boolean | undefined {
  const e = assignment.exercises.find((x) => x.id === id);
  return e && e.type === 'compare' && typeof e.multiple === 'boolean' ? e.multiple : undefined;
}

/** How an assignment exercise stands; no score where none is given here (assessments, written answers). */
function answerStatus(saved: { score: number | null } | undefined, noScore: boolean): string {
  if (!saved) return 'Not answered yet';
  return noScore || saved.score === null ? '✓ Answered' : `✓ Answered · ${Math.round(saved.score * 100)}%`;
}
