/** How the set being made is summed up for the teacher: where each article's review stands, what was added, what a link joins. */
import type { Draft, DraftArticle, DraftLink } from '../../../content/authoring/draft';
import { mainSpan, spanText } from '../../../content/authoring/draft';

/** An article's highlights: accepted, and still to review. */
export function reviewCounts(article: DraftArticle): { accepted: number; open: number } {
  return {
    accepted: article.proposals.filter((p) => p.status === 'accepted').length,
    open: article.proposals.filter((p) => p.status === 'proposed').length,
  };
}

/** What is said after adding articles from files (none: the teacher chose no file). */
export function addedArticlesMessage(count: number): string {
  return count === 0 ? 'No file was chosen.' : `Added ${count} article${count === 1 ? '' : 's'}. Review each one: confirm its details and the highlights.`;
}

/** Each highlight a link joins, as its quoted words and the article's headline (its id where it is no longer in the draft). */
export function linkMembers(draft: Pick<Draft, 'articles'>, link: DraftLink): string[] {
  return link.members.map((m) => {
    const a = draft.articles.find((x) => x.id === m.article);
    const p = a?.proposals.find((x) => x.id === m.proposal);
    return a && p ? `“${spanText(a, mainSpan(p))}” (${a.shortTitle})` : m.proposal;
  });
}
