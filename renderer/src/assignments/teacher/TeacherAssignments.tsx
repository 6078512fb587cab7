import { getLenses } from '../../shared/lenses';
import { useActionMessage } from '../../shared/useActionMessage';
import { useAsync } from '../../shared/useAsync';
import { routeToHash } from '../../shared/routes';
import { FileProblems } from '../../shared/FileProblems';

/** The teacher's assignments: hand each out as a file, bring results back, read the class overview. */
export function TeacherAssignments() {
  const [list, reload] = useAsync(() => getLenses().listTeacherAssignments({}), []);
  const [act, actionMessage] = useActionMessage();
  const exportFile = (id: string) =>
    act(async () => {
      const r = await getLenses().exportAssignment({ id });
      return r.saved ? `Saved the assignment file to ${r.path ?? 'the folder you chose'}. Hand it out by your usual route (LMS, shared drive, email, USB).` : 'Nothing was saved.';
    });
  return (
    <>
      <div className="actions">
        <a className="button primary" href={routeToHash({ screen: 'teacher', view: 'new' })}>
          New assignment
        </a>
      </div>
      {actionMessage}
      {list.status === 'loading' && <p role="status">Loading assignments…</p>}
      {list.status === 'error' && <p role="alert">{list.message}</p>}
      {list.status === 'ready' && (
        <>
          <FileProblems problems={list.value.problems} />
          {list.value.assignments.length === 0 ? (
            <p>No assignments yet. Build one from the exercises, then hand it out as a file.</p>
          ) : (
            <table className="data-table" aria-label="Your assignments">
              <thead>
                <tr>
                  <th scope="col">Assignment</th>
                  <th scope="col">Mode</th>
                  <th scope="col">Exercises</th>
                  <th scope="col">Due</th>
                  <th scope="col">Results in</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {list.value.assignments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.title}</th>
                    <td>{a.mode === 'practice' ? 'Practice (feedback on)' : 'Assessment (no feedback)'}</td>
                    <td>{a.exerciseCount}</td>
                    <td>{a.due ?? '—'}</td>
                    <td>{a.resultsCount}</td>
                    <td className="row-actions">
                      <button type="button" className="small" onClick={() => void exportFile(a.id)} aria-label={`Save file to hand out: ${a.title}`}>
                        Save file to hand out
                      </button>
                      <a className="button small" href={routeToHash({ screen: 'teacher', assignmentId: a.id })} aria-label={`Class results: ${a.title}`}>
                        Class results
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" className="link-button" onClick={reload}>
            Refresh
          </button>
        </>
      )}
    </>
  );
}
