import type { Article } from '../../../content/schema/article-set';
import { articleName } from '../../../content/logic/article-name';
import { countWords } from '../../../content/logic/text';
import { useLightDismiss } from './useLightDismiss';

/**
 * Who published the article and when, always saying whether that is stated, inferred or unknown:
 * one line in the column header, the details (and how we know) behind a disclosure that opens over
 * the text rather than pushing it down.
 */
export function SourceCard({ article }: { article: Article }) {
  const { outlet, date } = articleName(article);
  const ref = useLightDismiss();
  const words = countWords(article.blocks.map((b) => b.text).join(' '));
  return (
    <details className="source-card" ref={ref}>
      <summary>
        <span className="visually-hidden">Source: </span>
        {outlet.text} · {date.text}
      </summary>
      <div className="source-details">
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
            <dd>{words.toLocaleString('en')} words</dd>
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
      </div>
    </details>
  );
}
