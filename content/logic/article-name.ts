/**
 * One name for an article everywhere it is shown (lists, columns, tables, exercises), and how sure
 * we are of its outlet and date, each said once ("Al Jazeera (inferred)", never "Al Jazeera
 * (likely) (inferred)"). Pure.
 */
import type { Article, PublicationDate } from '../schema/article-set';
import { describePublished, withCertainty, type Certainty } from './dates';

export interface ArticleName {
  /** The article's one name: its short title (a headline, where it has one, opens its text). */
  name: string;
  /** True when the name is not the text's own headline (Lenses gave it). */
  nameByLenses: boolean;
  /** The text's own headline, or null when it has none. */
  headline: string | null;
  outlet: { text: string; certainty: Certainty; how: string };
  date: { text: string; certainty: Certainty; how: string };
}

export function describeOutlet(article: Article): ArticleName['outlet'] {
  const o = article.outlet;
  switch (o.status) {
    case 'stated':
      return { text: o.name, certainty: 'stated', how: `Stated: ${o.evidence}` };
    case 'inferred':
      return { text: withCertainty(o.name, 'inferred'), certainty: 'inferred', how: o.reasoning };
    case 'unknown':
      return { text: 'Outlet unknown', certainty: 'unknown', how: o.note };
  }
}

export function describeDate(p: PublicationDate): ArticleName['date'] {
  const text = describePublished(p);
  switch (p.precision) {
    case 'exact':
      return { text, certainty: 'stated', how: p.evidence };
    case 'inferred':
      return { text, certainty: 'inferred', how: p.reasoning };
    case 'unknown':
      return { text, certainty: 'unknown', how: p.note };
  }
}

export function articleName(article: Article): ArticleName {
  const headline = article.blocks.find((b) => b.kind === 'headline')?.text ?? null;
  return {
    name: article.shortTitle,
    nameByLenses: headline === null || headline.trim() !== article.shortTitle.trim(),
    headline,
    outlet: describeOutlet(article),
    date: describeDate(article.published),
  };
}
