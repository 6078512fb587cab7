import { memo, useState } from 'react';
import type { Article } from '../../../content/schema/article-set';
import { articleName } from '../../../content/logic/article-name';
import { articleWords } from '../../../content/logic/compare-view';
import { describeLicence, licenceNote } from '../../../content/logic/provenance';
import { useLightDismiss } from './useLightDismiss';
import { formatCount } from '../../../content/logic/format-count';

const wordCounts = new WeakMap<Article, number>();
/** An article's length in words, counted once per article (the count reads the whole text). */
function wordCount(article: Article): number {
  let n = wordCounts.get(article);
  if (n === undefined) {
    n = articleWords(article);
    wordCounts.set(article, n);
  }
  return n;
}

/**
 * Who published the article and when, always saying whether that is stated, inferred or unknown:
 * one line in the column header, the details (and how we know) behind a disclosure that opens over
 * the text rather than pushing it down. With `detailsLater`, the closed disclosure's details are
 * not drawn yet (a screen's first drawing has no use for them); they are drawn once it is opened.
 */
export const SourceCard = memo(function SourceCard({ article, words = wordCount(article), detailsLater = false }: {
  article: Article;
  /** Its length in words, when already counted (Compare's view has it). */
  words?: number;
  detailsLater?: boolean;
}) {
  const { outlet, date } = articleName(article);
  const ref = useLightDismiss();
  const [opened, setOpened] = useState(false);
  return (
    <details className="source-card" ref={ref} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        <span className="visually-hidden">Source: </span>
        {outlet.text} · {date.text}
      </summary>
      {(!detailsLater || opened) && <SourceDetails article={article} words={words} outlet={outlet} date={date} />}
    </details>
  );
});

function SourceDetails({ article, words, outlet, date }: { article: Article; words: number } & Pick<ReturnType<typeof articleName>, 'outlet' | 'date'>) {
  return (
    // Focusable: a long card scrolls within its pop-up, and keyboard users scroll it too.
    <div className="source-details" tabIndex={0} role="group" aria-label={`About the source: ${outlet.text}`}>
      <dl>
        <div>
          <dt>Outlet</dt>
          <dd>{outlet.text}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{date.text}</dd>
        </div>
        {article.agency && (
          <div>
            <dt>Agency</dt>
            <dd>{article.agency.name}</dd>
          </div>
        )}
        <div>
          <dt>Length</dt>
          <dd>{formatCount(words)} words</dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd>{describeLicence(article.provenance)}</dd>
        </div>
      </dl>
      <h3 className="evidence-title">How we know</h3>
      <p>
        <strong>Outlet:</strong> {outlet.how}
      </p>
      <p>
        <strong>Date:</strong> {date.how}
      </p>
      {article.agency && (
        <p>
          <strong>Agency:</strong> {article.agency.evidence}
        </p>
      )}
      <ProvenanceNotes article={article} />
    </div>
  );
}

/** Licence, credit, original address and notes on the copy, as paragraphs (source card and "About these texts"). */
export function ProvenanceNotes({ article }: { article: Article }) {
  const p = article.provenance;
  const why = licenceNote(p);
  return (
    <>
      <p>
        <strong>Licence:</strong> {describeLicence(p)}
        {why && ` (${why})`}
      </p>
      {p && (
        <p>
          <strong>Credit:</strong> {p.credit}
        </p>
      )}
      <p>
        <strong>Original address:</strong> {p?.originalUrl ? <span className="address">{p.originalUrl}</span> : 'not known'}
      </p>
      {p?.copyNotes && (
        <p>
          <strong>About this copy:</strong> {p.copyNotes}
        </p>
      )}
    </>
  );
}
