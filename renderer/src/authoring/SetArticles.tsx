import { useState } from 'react';
import { getLenses } from '../shared/lenses';
import { routeToHash } from '../shared/routes';
import type { DraftProps } from './draft-props';
import { addedArticlesMessage, reviewCounts } from './set-summary';

/** The set's articles: where each one's review stands, and adding more from files or pasted text. */
export function SetArticles({ view, apply, say }: Pick<DraftProps, 'view' | 'apply' | 'say'>) {
  const { draft } = view;
  const lenses = getLenses();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const draftId = draft.id;

  const addFromFile = async () => {
    let added: string[] = [];
    const ok = await apply(async () => {
      const r = await lenses.addArticlesFromFiles({ draftId });
      added = r.added;
      return r.view;
    });
    if (ok) say(addedArticlesMessage(added.length));
  };
  const addPasted = async () => {
    const ok = await apply(async () => (await lenses.addArticleFromText({ draftId, text: pasted })).view, 'Added the pasted article. Review it: confirm its details and the highlights.');
    if (ok) {
      setPasted('');
      setPasting(false);
    }
  };

  return (
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
              const { accepted, open } = reviewCounts(a);
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
  );
}
