/**
 * Assessments and the answer keys that ship with Lenses: while an assessment is open on a profile
 * and its results file is not saved yet, that profile's copy of the set leaves out the exercises
 * the assessment uses (their answer keys, hints and feedback) and the highlights of its articles
 * (annotations and links, which give attributions and framing away). Pure (the copies it makes
 * are kept per set object, so the same copy comes back while nothing changes).
 */
import type { ArticleSet } from '../../content/schema/article-set';
import type { LoadedSet } from '../content/content-repository';
import type { OpenAssessment } from './student-handlers';

export interface WithheldSet extends LoadedSet {
  withheld?: { assessments: string[]; exerciseIds: string[]; articleIds: string[] };
}

export function withholdForAssessments(loaded: LoadedSet, open: readonly OpenAssessment[]): WithheldSet {
  const mine = open.filter((a) => a.setId === loaded.set.id);
  if (mine.length === 0) return loaded;
  const exerciseIds = new Set(mine.flatMap((a) => a.exerciseIds));
  const articleIds = new Set(mine.flatMap((a) => a.articleIds));
  const exercises = loaded.exercises.filter((e) => !exerciseIds.has(e.id));
  const set = withoutHighlights(loaded.set, articleIds);
  return {
    ...loaded,
    set,
    exercises,
    withheld: {
      assessments: [...new Set(mine.map((a) => a.title))],
      exerciseIds: loaded.exercises.filter((e) => exerciseIds.has(e.id)).map((e) => e.id),
      articleIds: loaded.set.articles.filter((a) => articleIds.has(a.id)).map((a) => a.id),
    },
  };
}

/** Copies of sets with some articles' highlights left out, by set object and articles: one copy per case, so work done on a copy (Compare's prepared view) is done once. */
const copies = new WeakMap<ArticleSet, Map<string, ArticleSet>>();

function withoutHighlights(original: ArticleSet, articleIds: ReadonlySet<string>): ArticleSet {
  const key = JSON.stringify([...articleIds].sort());
  let byArticles = copies.get(original);
  if (!byArticles) copies.set(original, (byArticles = new Map()));
  let set = byArticles.get(key);
  if (!set) {
    set = {
      ...original,
      articles: original.articles.map((a) => (articleIds.has(a.id) ? { ...a, annotations: [] } : a)),
      links: original.links.filter((l) => !l.members.some((m) => articleIds.has(m.article))),
    };
    byArticles.set(key, set);
  }
  return set;
}
