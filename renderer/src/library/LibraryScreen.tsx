import { getLenses } from '../shared/lenses';
import { useAsync } from '../shared/useAsync';
import { takeFirst } from '../shared/firstRequests';
import { LoadError } from '../shared/LoadError';
import { routeToHash } from '../shared/routes';
import { describeDateRange } from '../../../content/logic/dates';
import { useProfile } from '../progress/ProfileContext';
import { AssignmentsPanel } from '../assignments/student/AssignmentsPanel';
import { AboutTheseTexts } from '../compare/AboutTheseTexts';

export function LibraryScreen() {
  const { profile } = useProfile();
  const [state, retry] = useAsync(() => takeFirst('listArticleSets', () => getLenses().listArticleSets({})), []);
  const [progress] = useAsync(() => (profile ? getLenses().getProgress({}) : Promise.resolve(null)), [profile?.id ?? null]);
  const setProgress = (id: string) => (progress.status === 'ready' ? progress.value?.sets.find((s) => s.setId === id) : undefined);
  return (
    <section aria-labelledby="library-title" className="screen">
      <h1 id="library-title">Library</h1>
      <p className="lead">Choose a set of reports about the same events. Read them side by side, then practise.</p>
      {profile && <AssignmentsPanel />}
      <h2 className="section-title">Article sets</h2>
      {state.status === 'loading' && <p role="status">Loading article sets…</p>}
      {state.status === 'error' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          {state.value.sets.length === 0 && <p>No article sets are installed.</p>}
          <ul className="card-list" aria-label="Article sets">
            {state.value.sets.map((set) => (
              <li key={set.id} className="card">
                <article aria-labelledby={`set-${set.id}`}>
                  <h3 id={`set-${set.id}`}>{set.title}</h3>
                  <p>{set.description}</p>
                  <dl className="facts">
                    <div>
                      <dt>Subject</dt>
                      <dd>{set.topic}</dd>
                    </div>
                    <div>
                      <dt>Articles</dt>
                      <dd>{set.articleCount}</dd>
                    </div>
                    <div>
                      <dt>Dates</dt>
                      <dd>
                        {describeDateRange(set.dateRange)}
                        {set.undatedArticles > 0 && ` (${set.undatedArticles} undated)`}
                      </dd>
                    </div>
                    <div>
                      <dt>Exercises</dt>
                      <dd>{set.exerciseCount}</dd>
                    </div>
                    {profile && (
                      <div>
                        <dt>Your progress</dt>
                        <dd>
                          {setProgress(set.id) ? `${setProgress(set.id)!.completed} of ${setProgress(set.id)!.total} done` : 'Not started'}
                        </dd>
                      </div>
                    )}
                  </dl>
                  <div className="actions">
                    <a className="button primary" href={routeToHash({ screen: 'compare', setId: set.id })}>
                      Read side by side<span className="visually-hidden">: {set.title}</span>
                    </a>
                    {set.exerciseCount > 0 && (
                      <a className="button" href={routeToHash({ screen: 'exercises', setId: set.id })}>
                        Practise<span className="visually-hidden">: {set.title}</span>
                      </a>
                    )}
                    <AboutTheseTexts setId={set.id} setTitle={set.title} />
                  </div>
                </article>
              </li>
            ))}
          </ul>
          {state.value.problems.length > 0 && (
            <div role="note" className="notice">
              <h2>Some content could not be loaded</h2>
              <ul>
                {state.value.problems.slice(0, 5).map((p, i) => (
                  <li key={i}>
                    {p.file}
                    {p.id ? ` (${p.id})` : ''}: {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
