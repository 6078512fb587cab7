import { useEffect, useRef, useState } from 'react';
import type { ArticleSet } from '../../../content/schema/article-set';
import { describeDate, describeOutlet } from '../../../content/logic/article-name';
import { loadArticleSet } from '../shared/contentCache';
import { useAsync } from '../shared/useAsync';
import { LoadError } from '../shared/LoadError';
import { ProvenanceNotes } from './SourceCard';

/**
 * "About these texts": a button that opens a dialog listing, for every article of a set, its
 * publisher, date, licence, credit, original address and notes on the copy. The Library passes the
 * set's id (the set is loaded when the dialog opens); Compare passes the set it already has.
 */
export function AboutTheseTexts({ setId, setTitle, set }: { setId: string; setTitle: string; set?: ArticleSet }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} className="about-texts-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        About these texts<span className="visually-hidden">: {setTitle}</span>
      </button>
      {open && (
        <AboutDialog
          setId={setId}
          setTitle={setTitle}
          set={set}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

function AboutDialog({ setId, setTitle, set, onClose }: { setId: string; setTitle: string; set?: ArticleSet; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  // The dialog lives only while open, so the set it was given cannot change under it.
  const [state, retry] = useAsync(() => (set ? Promise.resolve({ set }) : loadArticleSet(setId)), [setId, set ? set.version : null]);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const titleId = `about-texts-${setId}`;
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="dialog about-texts">
      <h2 id={titleId}>About these texts</h2>
      <p className="about-texts-set">{setTitle}</p>
      <p>
        Who published each text, when, under which licence, and how this copy was made. Lenses shows the texts as published, never
        reworded; where something is not known, it says so.
      </p>
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'error' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <ol className="about-texts-list">
          {state.value.set.articles.map((article) => {
            const outlet = describeOutlet(article);
            const date = describeDate(article.published);
            const headingId = `${titleId}-${article.id}`;
            return (
              <li key={article.id}>
                <section aria-labelledby={headingId}>
                  <h3 id={headingId}>{article.shortTitle}</h3>
                  <div className="evidence">
                    <p>
                      <strong>Publisher:</strong> {outlet.text}. {outlet.how}
                    </p>
                    <p>
                      <strong>Date:</strong> {date.text}. {date.how}
                    </p>
                    {article.agency && (
                      <p>
                        <strong>Agency:</strong> {article.agency.name}. {article.agency.evidence}
                      </p>
                    )}
                    <ProvenanceNotes article={article} />
                  </div>
                </section>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
