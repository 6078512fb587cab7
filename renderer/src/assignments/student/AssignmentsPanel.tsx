import { useState } from 'react';
import { getLenses, messageOf } from '../../shared/lenses';
import { useAsync } from '../../shared/useAsync';
import { navigate, routeToHash } from '../../shared/routes';
import { forgetArticleSets } from '../../shared/contentCache';

/** The student's assignments, at the top of the Library, and the way to open a new assignment file. */
export function AssignmentsPanel() {
  const [list, reload] = useAsync(() => getLenses().listAssignments({}), []);
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    setError(null);
    try {
      const r = await getLenses().openAssignmentFile({});
      if (r.assignment) {
        forgetArticleSets();
        navigate({ screen: 'assignment', id: r.assignment.id });
      } else reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const today = new Date().toISOString().slice(0, 10);
  const items = list.status === 'ready' ? list.value.assignments : [];
  return (
    <section aria-labelledby="assignments-title" className="assignments-panel">
      <div className="family-head">
        <h2 id="assignments-title">Assignments</h2>
        <button type="button" onClick={() => void open()}>
          Open an assignment file…
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {list.status === 'ready' && items.length === 0 && <p className="muted">No assignments yet. Your teacher hands them out as a file: open it here, or drag it onto this window.</p>}
      {items.length > 0 && (
        <ul className="card-list">
          {[...items]
            .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))
            .map((a) => (
              <li key={a.id} className="card assignment-card">
                <h3>{a.title}</h3>
                <p className="muted">
                  {a.setTitle} · {a.mode === 'practice' ? 'Practice: feedback as you go' : 'Assessment: your teacher sees the results'}
                </p>
                <dl className="facts">
                  <div>
                    <dt>Due</dt>
                    <dd>
                      {a.due ?? 'No due date'}
                      {a.due && a.due < today && ' (past due)'}
                    </dd>
                  </div>
                  <div>
                    <dt>Progress</dt>
                    <dd>
                      {a.progress.answered} of {a.progress.total} answered
                    </dd>
                  </div>
                </dl>
                <a className="button primary" href={routeToHash({ screen: 'assignment', id: a.id })}>
                  {a.progress.answered === 0 ? 'Start' : 'Continue'}
                  <span className="visually-hidden">: {a.title}</span>
                </a>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
