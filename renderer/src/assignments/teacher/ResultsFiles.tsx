import type { ChannelOutput } from '../../../../main/ipc/contract';
import { getLenses } from '../../shared/lenses';
import { useActionMessage } from '../../shared/useActionMessage';
import { useAsync } from '../../shared/useAsync';

type Submissions = ChannelOutput<'listSubmissions'>;
type Submission = Submissions['submissions'][number];

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The results files behind the class overview, for the teacher to judge: what a file can and
 * cannot prove, files held back beside the one they clash with (keep one, replace, or keep both),
 * and every file in, each removable. Names are shown as written, invisible characters made visible.
 */
export function ResultsFiles({ assignmentId, version, onChanged }: { assignmentId: string; version: number; onChanged: () => void }) {
  const [state, reload] = useAsync(() => getLenses().listSubmissions({ assignmentId }), [assignmentId, version]);
  const [act, actionMessage] = useActionMessage();
  const changed = () => {
    reload();
    onChanged();
  };
  const resolve = (heldId: string, keep: 'existing' | 'incoming' | 'both', said: string) =>
    act(async () => {
      await getLenses().resolveHeldResults({ assignmentId, heldId, keep });
      changed();
      return said;
    });
  const remove = (s: Submission) =>
    act(async () => {
      await getLenses().removeImportedResults({ assignmentId, entryId: s.id });
      changed();
      return `Removed the results of ${s.shownName} (${s.fileName}).`;
    });
  return (
    <section aria-labelledby="results-files-title" className="results-files">
      <h2 id="results-files-title">Results files</h2>
      <p className="muted">
        What a results file can prove: that it answers this very assignment file, and which answers it holds. What it cannot prove:
        who made it. The name is whatever was typed in the student’s Lenses, and a file can be copied and renamed. Compare
        doubtful files with what you know of your students.
      </p>
      {actionMessage}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          {state.value.held.length > 0 && (
            <div className="held-list">
              <h3>Files waiting for your decision ({state.value.held.length})</h3>
              {state.value.held.map((h) => (
                <section key={h.id} className="held" aria-label={`Two files for ${h.existing.shownName}`}>
                  <p>
                    {h.reason === 'same-name'
                      ? 'These two files give the same name (compared ignoring case, spacing, invisible characters and look-alike letters).'
                      : 'These two files hold the same answers, handed in at the same moment, under different names.'}
                  </p>
                  <div className="side-by-side">
                    <SubmissionCard title="Already in the overview" s={h.existing} />
                    <SubmissionCard title="Held back" s={h.incoming} />
                  </div>
                  <div className="actions">
                    <button type="button" onClick={() => void resolve(h.id, 'existing', `Kept ${h.existing.fileName}; ${h.incoming.fileName} was not imported.`)}>
                      Keep the one already in
                    </button>
                    <button type="button" onClick={() => void resolve(h.id, 'incoming', `Replaced ${h.existing.fileName} with ${h.incoming.fileName}.`)}>
                      Replace it with the held file
                    </button>
                    <button type="button" onClick={() => void resolve(h.id, 'both', `Kept both ${h.existing.fileName} and ${h.incoming.fileName}.`)}>
                      Keep both
                    </button>
                  </div>
                </section>
              ))}
            </div>
          )}
          {state.value.submissions.length > 0 && (
            <table className="data-table" aria-label="Results files in the overview">
              <thead>
                <tr>
                  <th scope="col">Name as written</th>
                  <th scope="col">File</th>
                  <th scope="col">Handed in</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {state.value.submissions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <NameAsWritten s={s} />
                    </th>
                    <td>{s.fileName}</td>
                    <td>{when(s.submittedAt)}</td>
                    <td>{s.answered}</td>
                    <td>
                      <button type="button" className="small" onClick={() => void remove(s)} aria-label={`Remove the results of ${s.shownName} (${s.fileName})`}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

function NameAsWritten({ s }: { s: Submission }) {
  return (
    <>
      <bdi>{s.shownName}</bdi>
      {s.looksOdd && <span className="name-warning"> (⚠ mixed alphabets or hidden characters)</span>}
    </>
  );
}

function SubmissionCard({ title, s }: { title: string; s: Submission }) {
  return (
    <div className="submission-card">
      <h4>{title}</h4>
      <dl>
        <dt>Name as written</dt>
        <dd>
          <NameAsWritten s={s} />
        </dd>
        <dt>File</dt>
        <dd>{s.fileName}</dd>
        <dt>Handed in</dt>
        <dd>{when(s.submittedAt)}</dd>
        <dt>Imported</dt>
        <dd>{when(s.importedAt)}</dd>
        <dt>Answered</dt>
        <dd>{s.answered}</dd>
        <dt>Score</dt>
        <dd>{Math.round(s.totalScore * 10) / 10}</dd>
      </dl>
    </div>
  );
}
