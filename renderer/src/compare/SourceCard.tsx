import type { Article } from '../../../content/schema/article-set';
import { describePublished } from '../../../content/logic/dates';
import { countWords } from '../../../content/logic/text';

function outletText(article: Article): { text: string; how: string } {
  switch (article.outlet.status) {
    case 'stated':
      return { text: article.outlet.name, how: `Stated: ${article.outlet.evidence}` };
    case 'inferred':
      return { text: `${article.outlet.name} (inferred)`, how: article.outlet.reasoning };
    case 'unknown':
      return { text: 'Outlet unknown', how: article.outlet.note };
  }
}

function dateHow(article: Article): string {
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
      </details>
    </div>
  );
}
