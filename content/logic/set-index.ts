/** Lookups over a loaded article set: annotations by id, links by member, the numbers table. Pure. */
import type { Annotation, Article, ArticleSet, AttributionAnnotation, Link, NumberAnnotation } from '../schema/article-set';
import { HEDGE_LABELS, SOURCE_TYPE_LABELS } from '../schema/labels';
import { asOfSortKey, describeAsOf } from './dates';
import { articleName } from './article-name';

export const annotationKey = (article: string, annotation: string) => `${article}/${annotation}`;

export interface SetIndex {
  articles: Map<string, Article>;
  annotations: Map<string, { article: Article; annotation: Annotation }>;
  /** Links each annotation belongs to, by annotation key. */
  linksOf: Map<string, Link[]>;
}

export function indexSet(set: ArticleSet): SetIndex {
  const articles = new Map(set.articles.map((a) => [a.id, a]));
  const annotations = new Map<string, { article: Article; annotation: Annotation }>();
  for (const article of set.articles) {
    for (const annotation of article.annotations) annotations.set(annotationKey(article.id, annotation.id), { article, annotation });
  }
  const linksOf = new Map<string, Link[]>();
  for (const link of set.links) {
    for (const m of link.members) {
      const key = annotationKey(m.article, m.annotation);
      linksOf.set(key, [...(linksOf.get(key) ?? []), link]);
    }
  }
  return { articles, annotations, linksOf };
}

/** Who gives a figure, in words, or null when the text gives no source. */
export function sourceOfNumber(article: Article, n: NumberAnnotation): { text: string; type: string } | null {
  if (n.givenBy === 'unattributed') return null;
  const a = article.annotations.find((x): x is AttributionAnnotation => x.kind === 'attribution' && x.id === n.givenBy);
  if (!a) return null;
  if (a.sourceType === 'reporter') return { text: "The reporter (no source given)", type: SOURCE_TYPE_LABELS.reporter };
  return { text: a.source?.quote ?? 'unnamed', type: SOURCE_TYPE_LABELS[a.sourceType] };
}

export interface NumberRow {
  key: string;
  article: string;
  articleTitle: string;
  annotation: string;
  what: string;
  linkTitle: string | null;
  figure: string;
  value: number | null;
  hedge: string;
  source: string | null;
  sourceType: string | null;
  asOf: string;
  asOfSort: string | null;
}

/** Every figure in the set, with its link group (what it is the same thing as), for the numbers table. */
export function numberRows(set: ArticleSet, index: SetIndex = indexSet(set)): NumberRow[] {
  const rows: NumberRow[] = [];
  for (const article of set.articles) {
    for (const a of article.annotations) {
      if (a.kind !== 'number') continue;
      const key = annotationKey(article.id, a.id);
      const src = sourceOfNumber(article, a);
      rows.push({
        key,
        article: article.id,
        articleTitle: articleName(article).name,
        annotation: a.id,
        what: a.counts,
        linkTitle: index.linksOf.get(key)?.[0]?.title ?? null,
        figure: a.figure.quote,
        value: a.value,
        hedge: a.hedge === 'none' ? '—' : HEDGE_LABELS[a.hedge],
        source: src?.text ?? null,
        sourceType: src?.type ?? null,
        asOf: describeAsOf(a.asOf),
        asOfSort: asOfSortKey(a.asOf),
      });
    }
  }
  return rows;
}

export type NumberSortKey = 'what' | 'value' | 'hedge' | 'source' | 'asOf' | 'article';

export function sortNumberRows(rows: NumberRow[], by: NumberSortKey, direction: 'ascending' | 'descending'): NumberRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const text = (r: NumberRow): string => {
    switch (by) {
      case 'what':
        return `${r.linkTitle ?? '~'} ${r.what}`;
      case 'hedge':
        return r.hedge;
      case 'source':
        return r.source ?? '~~ no source';
      case 'asOf':
        return r.asOfSort ?? '9999';
      case 'article':
        return r.articleTitle;
      case 'value':
        return '';
    }
  };
  return [...rows].sort((a, b) => {
    if (by === 'value') {
      // Vague quantities (no value) go last either way.
      if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
      return sign * (a.value - b.value);
    }
    return sign * text(a).localeCompare(text(b), 'en', { numeric: true }) || a.key.localeCompare(b.key);
  });
}
