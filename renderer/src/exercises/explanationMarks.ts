import type { Article } from '../../../content/schema/article-set';
import type { Exercise } from '../../../content/schema/exercise';
import { resolveAnchor } from '../../../content/logic/anchors';
import type { TextMark } from '../compare/ArticleText';

/** The words an exercise's explanation points at, as marks over the articles (an anchor that no longer resolves is left out). */
export function explanationMarks(exercise: Exercise, articles: Map<string, Article>): TextMark[] {
  const out: TextMark[] = [];
  exercise.explanation.highlights.forEach((ref, i) => {
    const article = articles.get(ref.article);
    const r = article ? resolveAnchor(article, ref.anchor) : null;
    if (r?.ok) out.push({ id: `${ref.article}:explain-${i}`, ...r.span, className: 'hl-explain', label: 'Explained:' });
  });
  return out;
}
