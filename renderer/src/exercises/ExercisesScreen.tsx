import { loadArticleSet } from '../shared/contentCache';
import { useMemo } from 'react';
import type { Exercise } from '../../../content/schema/exercise';
import { getLenses } from '../shared/lenses';
import { useAsync } from '../shared/useAsync';
import { LoadError } from '../shared/LoadError';
import { routeToHash, type Route } from '../shared/routes';
import { OpenFirstSet } from '../shared/OpenFirstSet';
import { useProfile } from '../progress/ProfileContext';
import { ExerciseList, type ExerciseStatus } from './ExerciseList';
import { ExercisePlayer } from './ExercisePlayer';
import { useRecordAttempt } from './useRecordAttempt';
import { WithheldNote } from '../assignments/student/WithheldNote';

type ExercisesRoute = Extract<Route, { screen: 'exercises' }>;

export function ExercisesScreen({ route }: { route: ExercisesRoute }) {
  if (!route.setId) return <OpenFirstSet screen="exercises" title="Exercises" />;
  return <SetExercises setId={route.setId} exerciseId={route.exerciseId} family={route.family} />;
}

function SetExercises({ setId, exerciseId, family }: { setId: string; exerciseId: string | undefined; family: string | undefined }) {
  const { profile, resume, saveDraft } = useProfile();
  const [state, retry] = useAsync(() => loadArticleSet(setId), [setId]);
  const [progress, reloadProgress] = useAsync(() => (profile ? getLenses().getProgress({}) : Promise.resolve(null)), [profile?.id ?? null, exerciseId ?? null]);

  const statusOf = useMemo(() => {
    const map = new Map<string, ExerciseStatus>();
    if (progress.status === 'ready' && progress.value) {
      for (const e of progress.value.exercises) {
        if (e.setId === setId) map.set(e.exerciseId, { best: e.bestScore, correct: e.correctEver, attempts: e.attempts, firstTry: e.firstTryCorrect, openTries: e.openTries });
      }
    }
    return (id: string) => map.get(id);
  }, [progress, setId]);

  const onAttempt = useRecordAttempt();

  if (state.status === 'loading') return <Page title="Exercises"><p role="status">Loading exercises…</p></Page>;
  if (state.status === 'error') {
    return (
      <Page title="Exercises">
        <LoadError message={state.message} onRetry={retry} />
      </Page>
    );
  }
  const { set, exercises } = state.value;
  const inRun: Exercise[] = family ? exercises.filter((e) => e.family === family) : exercises;
  const listHref = routeToHash({ screen: 'exercises', setId, family });

  if (!exerciseId) {
    return (
      <Page title={`Exercises: ${set.title}`}>
        {!profile && <p className="notice">You are browsing without a profile: answers are checked but not saved.</p>}
        <WithheldNote withheld={state.value.withheld} where="exercises" />
        <ExerciseList set={set} exercises={exercises} family={family} status={statusOf} />
      </Page>
    );
  }
  const index = inRun.findIndex((e) => e.id === exerciseId);
  const exercise = index >= 0 ? inRun[index] : exercises.find((e) => e.id === exerciseId);
  if (!exercise) {
    return (
      <Page title="Exercises">
        <div role="alert" className="error-panel">
          <p>There is no exercise called “{exerciseId}” in this set.</p>
          <a href={listHref}>Back to the exercise list</a>
        </div>
      </Page>
    );
  }
  const next = index >= 0 ? inRun[index + 1] : undefined;
  return (
    <Page title={`Exercise ${index >= 0 ? index + 1 : ''}`.trim()} crumb={<a href={listHref}>All exercises</a>}>
      <ExercisePlayer
        key={exercise.id}
        set={set}
        exercise={exercise}
        position={{ index, total: inRun.length, label: index >= 0 ? `${index + 1} of ${inRun.length}` : '' }}
        nextHref={next ? routeToHash({ screen: 'exercises', setId, exerciseId: next.id, family }) : null}
        listHref={listHref}
        draft={resume?.drafts[exercise.id] ?? null}
        onDraft={saveDraft}
        priorTries={statusOf(exercise.id)?.openTries ?? 0}
        onAttempt={async (a) => {
          const r = await onAttempt(a);
          reloadProgress();
          return r;
        }}
      />
    </Page>
  );
}

function Page({ title, crumb, children }: { title: string; crumb?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby="exercises-title" className="screen screen-wide">
      {crumb && <p className="crumb">{crumb}</p>}
      <h1 id="exercises-title">{title}</h1>
      {children}
    </section>
  );
}
