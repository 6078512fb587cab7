import { routeToHash } from '../shared/routes';
import type { DraftProps } from './draft-props';
import { useSaveSet } from './useSaveSet';

/** Saving the set: what stops it, the version last saved, and where to go once it is saved. */
export function SaveSet({ view, setView }: Pick<DraftProps, 'view' | 'setView'>) {
  const { draft, preview } = view;
  const { saved, problems, save } = useSaveSet(draft.id, setView);
  return (
    <section aria-labelledby="save-title" className="panel">
      <h2 id="save-title">Save the set</h2>
      {preview.problems.length > 0 ? (
        <>
          <p>Before the set can be saved:</p>
          <ul aria-label="What stops saving">
            {preview.problems.slice(0, 12).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>The set passes every check. Saving puts it in the Library, Compare, Exercises and the assignment builder.</p>
      )}
      {draft.savedVersion > 0 && <p>Last saved as version {draft.savedVersion}.</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()}>
          Save set
        </button>
      </div>
      <div role="status" aria-live="polite">
        {saved && (
          <p className="action-message">
            Saved “{draft.title}” (version {saved.version}). <a href={routeToHash({ screen: 'exercises', setId: saved.setId })}>Open its exercises</a> ·{' '}
            <a href={routeToHash({ screen: 'compare', setId: saved.setId })}>Compare its articles</a> · <a href={routeToHash({ screen: 'teacher', view: 'new' })}>Make an assignment</a>
          </p>
        )}
      </div>
      {problems && (
        <div role="alert">
          <p className="form-error">The set was not saved:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
