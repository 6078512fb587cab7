import { getLenses } from '../shared/lenses';
import { useAsync } from '../shared/useAsync';
import { routeToHash } from '../shared/routes';
import { FileProblems } from '../shared/FileProblems';

/** Teacher home: the article sets this teacher is making or has saved, and "New article set". */
export function YourSets() {
  const [list] = useAsync(() => getLenses().listDrafts({}), []);
  return (
    <section aria-labelledby="your-sets-title" className="section-title">
      <h2 id="your-sets-title">Your article sets</h2>
      <p>Bring your own articles: import them, check the highlights Lenses proposes, write exercises, and save the set for your classes.</p>
      <div className="actions">
        <a className="button primary" href={routeToHash({ screen: 'teacher', view: 'new-set' })}>
          New article set
        </a>
      </div>
      {list.status === 'loading' && <p role="status">Loading your sets…</p>}
      {list.status === 'error' && <p role="alert">{list.message}</p>}
      {list.status === 'ready' && (
        <>
          <FileProblems problems={list.value.problems} />
          {list.value.drafts.length === 0 ? (
            <p>You have not made an article set yet.</p>
          ) : (
            <ul className="plain-list draft-list" aria-label="Your article sets">
              {list.value.drafts.map((d) => (
                <li key={d.id}>
                  <a href={routeToHash({ screen: 'teacher', draftId: d.id })}>{d.title}</a>{' '}
                  <span className="muted">
                    {d.articleCount} article{d.articleCount === 1 ? '' : 's'}, {d.exerciseCount} exercise{d.exerciseCount === 1 ? '' : 's'} ·{' '}
                    {d.savedVersion > 0 ? `saved (version ${d.savedVersion})` : 'not saved yet'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
