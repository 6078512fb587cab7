import type { Article } from '../../../content/schema/article-set';
import { describePublished } from '../../../content/logic/dates';
import { countWords } from '../../../content/logic/text';
import { describeLicence, licenceNote } from '../../../content/logic/provenance';

export function outletText(article: Article): { text: string; how: string } {
  switch (article.outlet.status) {
    case 'stated':
      return { text: article.outlet.name, how: `Stated: ${article.outlet.evidence}` };
    case 'inferred':
      return { text: `${article.outlet.name} (inferred)`, how: article.outlet.reasoning };
    case 'unknown':
      return { text: 'Outlet unknown', how: article.outlet.note };
  }
}

export function dateHow(article: Article): string {
  const p = article.published;
  return p.precision === 'exact' ? p.evidence : p.precision === 'inferred' ? p.reasoning : p.note;
}

/** Who published the article and when, always saying whether that is stated, inferred or unknown. */
export function SourceCard({ article }: { article: Article }) {
  const outlet = outletText(article);
  const words = countWords(article.blocks.map((b) => b.text).join(' '));
  return (
    <div className="source-card">
      <dl>
        <div>
          <dt>Outlet</dt>
          <dd>{outlet.text}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{describePublished(article.published)}</dd>
        </div>
        {article.agency && (
          <div>
            <dt>Agency</dt>
            <dd>{article.agency.name}</dd>
          </div>
        )}
        <div>
          <dt>Length</dt>
          <dd>{words.toLocaleString('en')} words</dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd>{describeLicence(article.provenance)}</dd>
        </div>
      </dl>
      <details className="evidence">
        <summary>How we know</summary>
        <p>
          <strong>Outlet:</strong> {outlet.how}
        </p>
        <p>
          <strong>Date:</strong> {dateHow(article)}
        </p>
        {article.agency && (
          <p>
            <strong>Agency:</strong> {article.agency.evidence}
          </p>
        )}
        <ProvenanceNotes article={article} />
      </details>
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
