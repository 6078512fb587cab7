import { loadArticleSet } from '../shared/contentCache';
import { useRef } from 'react';
import { FAMILY_LABELS } from '../../../content/schema/labels';
import { getLenses } from '../shared/lenses';
import { useActionMessage } from '../shared/useActionMessage';
import { useAsync } from '../shared/useAsync';
import { routeToHash } from '../shared/routes';
import { useProfile } from './ProfileContext';
import { ProgressChart } from './ProgressChart';
import { useDataPlace } from '../shared/useDataPlace';

/** "1 attempt", "3 attempts". */
const countOf = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** The student's own progress: mastery per family, completion per set, recent attempts, a chart; reset, export, import. */
export function ProgressScreen() {
  const { profile, storageMessage } = useProfile();
  const [state, reload] = useAsync(() => (profile ? getLenses().getProgress({}) : Promise.resolve(null)), [profile?.id ?? null]);
  const [runAction, actionMessage] = useActionMessage();
  // Exercise prompts for the recent-attempts table (ids mean nothing to a student).
  const setIds = state.status === 'ready' && state.value ? [...new Set(state.value.recent.map((r) => r.setId))].sort().join(',') : '';
  const [prompts] = useAsync(async () => {
    const map = new Map<string, string>();
    for (const id of setIds.split(',').filter(Boolean)) {
      try {
        for (const e of (await loadArticleSet(id)).exercises) map.set(`${id}/${e.id}`, e.prompt);
      } catch {
        // A set that is no longer installed: the id is shown instead.
      }
    }
    return map;
  }, [setIds]);
  const promptOf = (setId: string, exerciseId: string) => (prompts.status === 'ready' ? prompts.value.get(`${setId}/${exerciseId}`) : undefined) ?? exerciseId;
  const confirmRef = useRef<HTMLDialogElement>(null);
  const place = useDataPlace();

  if (!profile) {
    return (
      <section aria-labelledby="progress-title" className="screen">
        <h1 id="progress-title">Progress</h1>
        <p>You are browsing without a profile, so nothing is saved. Choose “Switch profile” at the top to sign in.</p>
      </section>
    );
  }

  const act = (what: () => Promise<string>) =>
    runAction(async () => {
      try {
        return await what();
      } finally {
        reload();
      }
    });

  return (
    <section aria-labelledby="progress-title" className="screen">
      <h1 id="progress-title">Progress: {profile.name}</h1>
      {storageMessage && (
        <p role="alert" className="storage-warning">
          {storageMessage}
        </p>
      )}
      {state.status === 'loading' && <p role="status">Loading your progress…</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && state.value && (
        <>
          {/* A notice already in the storage alert above is not said twice. */}
          {state.value.notices.filter((n) => !storageMessage?.includes(n)).map((n) => (
            <p key={n} role="note" className="notice">
              {n}
            </p>
          ))}
          <div className="progress-grid">
            <section aria-labelledby="mastery-title" className="panel">
              <h2 id="mastery-title">Mastery by family</h2>
              <p className="muted">Mastery counts your first try at each exercise: what you can do before any feedback. Retries count in “right in the end”.</p>
              <ul className="meters">
                {state.value.families.map((f) => (
                  <li key={f.family}>
                    <span className="meter-label">{FAMILY_LABELS[f.family]}</span>
                    <meter min={0} max={1} value={f.mastery ?? 0} aria-label={`${FAMILY_LABELS[f.family]} mastery`} />
                    <span className="meter-value">
                      {pct(f.mastery)} · {f.firstTryExercises} of {f.totalExercises} right on the first try · {f.correctExercises} right in the end
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="sets-title" className="panel">
              <h2 id="sets-title">Article sets</h2>
              <ul className="meters set-meters">
                {state.value.sets.map((s) => (
                  <li key={s.setId}>
                    <span className="meter-label">{s.title}</span>
                    <meter min={0} max={Math.max(1, s.total)} value={s.completed} aria-label={`${s.title} completion`} />
                    <span className="meter-value">
                      {s.completed} of {s.total} exercises done ({s.firstTry} right on the first try)
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section aria-labelledby="chart-title" className="panel">
            <h2 id="chart-title">Over time</h2>
            <ProgressChart days={state.value.timeline} />
          </section>
          <section aria-labelledby="recent-title" className="panel">
            <h2 id="recent-title">Recent attempts</h2>
            {state.value.recent.length === 0 ? (
              <p>
                No attempts yet. <a href={routeToHash({ screen: 'exercises' })}>Start an exercise</a>.
              </p>
            ) : (
              <table className="data-table" aria-labelledby="recent-title">
                <thead>
                  <tr>
                    <th scope="col">Exercise</th>
                    <th scope="col">Family</th>
                    <th scope="col">Score</th>
                    <th scope="col">Result</th>
                    <th scope="col">Try</th>
                    <th scope="col">When</th>
                  </tr>
                </thead>
                <tbody>
                  {state.value.recent.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <a href={routeToHash({ screen: 'exercises', setId: a.setId, exerciseId: a.exerciseId })}>{promptOf(a.setId, a.exerciseId)}</a>
                      </td>
                      <td>{a.family ? FAMILY_LABELS[a.family] : '—'}</td>
                      <td>{pct(a.score)}</td>
                      <td>{a.correct ? '✓ Right' : a.score > 0 ? '◐ Partly' : '✗ Not right'}</td>
                      <td>{a.tryNumber === 1 ? 'First try' : `Try ${a.tryNumber}`}</td>
                      <td>{new Date(a.submittedAt).toLocaleString()}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="manage-title" className="panel">
            <h2 id="manage-title">Move or reset</h2>
            <div className="actions">
              <button type="button" onClick={() => act(async () => {
                const r = await getLenses().exportProgress({});
                return r.saved ? `Saved your progress to ${r.path ?? 'the file you chose'}.` : 'Nothing was saved.';
              })}>
                Export my progress…
              </button>
              <button type="button" onClick={() => act(async () => {
                const r = await getLenses().importProgress({});
                if (r.files.length === 0) return 'No file was chosen.';
                return r.files.map((f) => (f.error ? `${f.name}: ${f.error}` : `${f.name}: ${countOf(f.added, 'attempt')} added, ${f.duplicates} already here.`)).join(' ');
              })}>
                Import progress…
              </button>
              <button type="button" className="danger" onClick={() => confirmRef.current?.showModal()}>
                Reset my progress…
              </button>
            </div>
            <p className="muted">
              {countOf(state.value.totalAttempts, 'attempt')} saved {place}.
            </p>
            {actionMessage}
          </section>
          <dialog ref={confirmRef} className="dialog" aria-labelledby="reset-title">
            <h2 id="reset-title">Reset your progress?</h2>
            <p>
              {state.value.totalAttempts === 1 ? 'The 1 attempt' : `All ${state.value.totalAttempts} attempts`} of {profile.name} {state.value.totalAttempts === 1 ? 'is' : 'are'} removed from this view.
              A copy is kept {place}.
            </p>
            <div className="actions">
              <button type="button" onClick={() => confirmRef.current?.close()}>
                Cancel
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  confirmRef.current?.close();
                  void act(async () => `Removed ${countOf((await getLenses().resetProgress({ confirm: true })).removed, 'attempt')}.`);
                }}
              >
                Reset progress
              </button>
            </div>
          </dialog>
        </>
      )}
    </section>
  );
}
