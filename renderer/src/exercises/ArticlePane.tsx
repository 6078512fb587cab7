import type { Article } from '../../../content/schema/article-set';
import { ArticleText, type TextMark } from '../compare/ArticleText';
import { SourceCard } from '../compare/SourceCard';
import { paragraphNumbers } from '../../../content/logic/paragraphs';
import { articleName } from '../../../content/logic/article-name';

/** The article(s) an exercise uses, with the explanation's words highlighted after answering. */
export function ArticlePane({ articles, marks }: { articles: Article[]; marks: TextMark[] }) {
  return (
    <div className="article-pane">
      {articles.map((article) => (
        <section key={article.id} className="pane-article" aria-labelledby={`pane-${article.id}`} data-column={article.id}>
          <h2 id={`pane-${article.id}`}>{articleName(article).name}</h2>
          <SourceCard article={article} />
          <div className="pane-text" tabIndex={0} role="group" aria-label={`Text of “${article.shortTitle}”`}>
            <ArticleText article={article} marks={marks.filter((m) => m.id.startsWith(`${article.id}:`))} numbers={paragraphNumbers(article.blocks)} />
          </div>
        </section>
      ))}
    </div>
  );
}
