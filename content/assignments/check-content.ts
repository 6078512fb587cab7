/**
 * Checks that an assignment's exercises fit its articles (every article they use is there, every
 * quotation is found), so a file made by hand or by a broken tool is refused on opening instead of
 * failing while the student works. Practice files get the full content check (answer keys
 * included). Pure.
 */
import type { AssignmentFile } from './assignment-file';
import { validateArticleSet } from '../logic/validate-set';
import { resolveAnchor } from '../logic/anchors';
import type { Anchor } from '../schema/article-set';

/** Problems as short phrases; empty when the content fits. */
export function assignmentContentProblems(file: AssignmentFile): string[] {
  if (file.mode === 'practice') {
    const result = validateArticleSet({
      setFile: 'set',
      setJson: file.set,
      exercisesFile: 'exercises',
      exercisesJson: { format: 1, set: file.set.id, exercises: file.exercises },
    });
    return result.problems.map((p) => (p.id ? `${p.id}: ${p.message}` : p.message));
  }
  const problems: string[] = [];
  const articles = new Map(file.set.articles.map((a) => [a.id, a]));
  const check = (exerciseId: string, articleId: string, anchor?: Anchor): void => {
    const article = articles.get(articleId);
    if (!article) {
      problems.push(`${exerciseId}: uses article "${articleId}", which is not in the file`);
      return;
    }
    const found = anchor ? resolveAnchor(article, anchor) : null;
    if (found && !found.ok) problems.push(`${exerciseId}: ${found.reason}`);
  };
  for (const e of file.exercises) {
    for (const a of e.articles) check(e.id, a);
    switch (e.type) {
      case 'find':
        check(e.id, e.article);
        break;
      case 'classify':
      case 'match':
      case 'order':
        for (const item of e.items) check(e.id, item.ref.article, item.ref.anchor);
        break;
      case 'compare':
        for (const phrase of e.phrases) check(e.id, phrase.ref.article, phrase.ref.anchor);
        break;
      case 'choice':
      case 'written':
        break;
    }
  }
  return problems;
}
