import { useState } from 'react';
import { EXERCISE_TYPE_LABELS } from '../../../content/schema/labels';
import { EXERCISE_KIND_LABELS, EXERCISE_KINDS, type ExerciseKind } from '../../../content/authoring/labels';
import { getLenses, messageOf } from '../shared/lenses';
import { navigate, routeToHash } from '../shared/routes';
import { forgetArticleSet } from '../shared/contentCache';
import type { DraftProps } from './draft-props';
import { PROPOSAL_STATUS_LABELS } from '../../../content/authoring/labels';
import { mainSpan, spanText } from '../../../content/authoring/draft';

const KINDS = EXERCISE_KINDS;

/** The set being made: its articles (import, review), its exercises, and saving it. */
export function SetEditor({ view, apply, setView, say }: DraftProps) {
  const { draft, preview } = view;
  const lenses = getLenses();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [exerciseArticle, setExerciseArticle] = useState(draft.articles[0]?.id ?? '');
  const [kind, setKind] = useState<ExerciseKind>('find-source');
  const [saved, setSaved] = useState<{ setId: string; version: number } | null>(null);
  const [saveProblems, setSaveProblems] = useState<string[] | null>(null);
  const draftId = draft.id;

  const addFromFile = async () => {
    let added: string[] = [];
    const ok = await apply(async () => {
      const r = await lenses.addArticlesFromFiles({ draftId });
      added = r.added;
      return r.view;
    });
    if (ok) say(added.length === 0 ? 'No file was chosen.' : `Added ${added.length} article${added.length === 1 ? '' : 's'}. Review each one: confirm its details and the highlights.`);
  };
  const addPasted = async () => {
    const ok = await apply(async () => (await lenses.addArticleFromText({ draftId, text: pasted })).view, 'Added the pasted article. Review it: confirm its details and the highlights.');
    if (ok) {
      setPasted('');
      setPasting(false);
    }
  };
  const createExercise = async () => {
    const article = exerciseArticle || draft.articles[0]?.id;
    if (!article) return;
    let id = '';
    const ok = await apply(async () => {
      const r = await lenses.addExercise({ draftId, articleId: article, kind });
      id = r.exerciseId;
      return r.view;
    });
    if (ok) navigate({ screen: 'teacher', draftId, exerciseId: id });
  };
  const save = async () => {
    setSaved(null);
    setSaveProblems(null);
    try {
      const r = await lenses.saveDraftAsSet({ draftId });
      if (r.saved) {
        forgetArticleSet(r.setId);
        setSaved({ setId: r.setId, version: r.version });
        setView(await lenses.getDraft({ draftId }));
      } else setSaveProblems(r.problems);
    } catch (e) {
      setSaveProblems([messageOf(e)]);
    }
  };

  return (
    <div className="authoring">
      <p className="muted">{draft.description}</p>
      <section aria-labelledby="articles-title" className="panel">
        <h2 id="articles-title">Articles ({draft.articles.length})</h2>
        {draft.articles.length === 0 ? (
          <p>No articles yet. Add text files (.txt), Markdown (.md), saved web pages (.html) or Word documents (.docx), or paste the text.</p>
        ) : (
          <table className="data-table" aria-label="Articles in this set">
            <thead>
              <tr>
                <th scope="col">Headline</th>
                <th scope="col">Imported from</th>
                <th scope="col">Details</th>
                <th scope="col">Highlights</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {draft.articles.map((a) => {
                const accepted = a.proposals.filter((p) => p.status === 'accepted').length;
                const open = a.proposals.filter((p) => p.status === 'proposed').length;
                return (
                  <tr key={a.id}>
                    <th scope="row">{a.shortTitle}</th>
                    <td>{a.importedFrom}</td>
                    <td>{a.metadataConfirmed ? '✓ confirmed' : '✗ to confirm'}</td>
                    <td>
                      {accepted} accepted, {open} to review
                    </td>
                    <td className="row-actions">
                      <a className="button small" href={routeToHash({ screen: 'teacher', draftId, articleId: a.id })} aria-label={`Review: ${a.shortTitle}`}>
                        Review
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="actions">
          <button type="button" onClick={() => void addFromFile()}>
            Add article from file…
          </button>
          <button type="button" aria-expanded={pasting} onClick={() => setPasting((p) => !p)}>
            Paste text
          </button>
        </div>
        {pasting && (
          <div className="builder paste-box">
            <label htmlFor="paste-text">Article text (the headline on the first line, one paragraph per line)</label>
            <textarea id="paste-text" rows={8} value={pasted} onChange={(e) => setPasted(e.target.value)} />
            <div className="actions">
              <button type="button" className="primary" onClick={() => void addPasted()}>
                Add pasted text
              </button>
            </div>
          </div>
        )}
      </section>

      {draft.links.length > 0 && (
        <section aria-labelledby="links-title" className="panel">
          <h2 id="links-title">Links across articles ({draft.links.length})</h2>
          <p>Lenses thinks these highlights in different reports are about the same thing. An accepted link lets students jump between them in Compare; its highlights must be accepted too.</p>
          <ul className="plain-list proposal-list" aria-label="Proposed links across articles">
            {draft.links.map((link) => {
              const words = link.members.map((m) => {
                const a = draft.articles.find((x) => x.id === m.article);
                const p = a?.proposals.find((x) => x.id === m.proposal);
                return a && p ? `“${spanText(a, mainSpan(p))}” (${a.shortTitle})` : m.proposal;
              });
              return (
                <li key={link.id} className={`proposal proposal-item-${link.status}`}>
                  <p className="proposal-title">
                    <span className={`status-tag status-${link.status}`}>{PROPOSAL_STATUS_LABELS[link.status]}</span> <strong>{link.title}</strong>: {words.join(', ')}
                  </p>
                  <p className="proposal-reason">Why proposed: {link.description}</p>
                  <div className="row-actions">
                    {link.status !== 'accepted' && (
                      <button type="button" className="small" aria-label={`Accept link: ${link.title}`} onClick={() => void apply(() => lenses.reviewLink({ draftId, linkId: link.id, decision: 'accept' }), `Accepted the link “${link.title}”.`)}>
                        Accept
                      </button>
                    )}
                    {link.status !== 'rejected' && (
                      <button type="button" className="small" aria-label={`Reject link: ${link.title}`} onClick={() => void apply(() => lenses.reviewLink({ draftId, linkId: link.id, decision: 'reject' }), `Rejected the link “${link.title}”.`)}>
                        Reject
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="exercises-title" className="panel">
        <h2 id="exercises-title">Exercises ({draft.exercises.length})</h2>
        {draft.exercises.length > 0 && (
          <ul className="plain-list exercise-rows" aria-label="Exercises in this set">
            {draft.exercises.map((e) => (
              <li key={e.id}>
                <span>
                  <strong>{EXERCISE_TYPE_LABELS[e.type]}</strong>: {e.prompt}
                </span>
                <span className="row-actions">
                  <a className="button small" href={routeToHash({ screen: 'teacher', draftId, exerciseId: e.id })} aria-label={`Edit exercise: ${e.prompt}`}>
                    Edit
                  </a>
                  <button
                    type="button"
                    className="small"
                    aria-label={`Delete exercise: ${e.prompt}`}
                    onClick={() => void apply(() => lenses.deleteExercise({ draftId, exerciseId: e.id }), 'Deleted the exercise.')}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {draft.articles.length === 0 ? (
          <p>Add an article first.</p>
        ) : (
          <div className="builder new-exercise">
            <p>Lenses writes a first draft from the highlights you accepted; you can then change every word of it.</p>
            <div className="filters">
              <label className="filter" htmlFor="new-exercise-article">
                Article
              </label>
              <select id="new-exercise-article" value={exerciseArticle} onChange={(e) => setExerciseArticle(e.target.value)}>
                  {draft.articles.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.shortTitle}
                    </option>
                  ))}
              </select>
              <label className="filter" htmlFor="new-exercise-kind">
                Kind of exercise
              </label>
              <select id="new-exercise-kind" value={kind} onChange={(e) => setKind(e.target.value as ExerciseKind)}>
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {EXERCISE_KIND_LABELS[k]}
                    </option>
                  ))}
              </select>
              <button type="button" onClick={() => void createExercise()}>
                Create exercise
              </button>
            </div>
          </div>
        )}
      </section>

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
        {saveProblems && (
          <div role="alert">
            <p className="form-error">The set was not saved:</p>
            <ul>
              {saveProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
