/**
 * What the Compare screen needs of a set, worked out once: the set without its exercises (Compare
 * shows none), and every article's highlight spans (the quotations anchored to offsets). Main
 * prepares it as one JSON text per content version (`compareViewText`), because a text crosses the
 * contract (Electron's IPC, the web build's worker, the test harness's binding) far faster than
 * the same data as thousands of objects, and the renderer's JSON.parse is the fastest way back to
 * objects. Pure.
 */
import type { ArticleSet } from '../schema/article-set';
import { highlightSpans, type HighlightSpan } from './highlights';
import { countWords } from './text';

export interface CompareView {
  set: ArticleSet;
  /** Each article's highlight spans in reading order (`highlightSpans`), by article id. */
  highlights: Record<string, HighlightSpan[]>;
  /** Each article's length in words (its source card says it), by article id. */
  words: Record<string, number>;
}

/**
 * What `compareViewText` makes of a set. Bump it whenever that changes (another field, other
 * highlights, other word counts): views prepared ahead (`prepared-compare-view.ts`) carry it in
 * their key, so a view of the old format is never served.
 */
export const COMPARE_VIEW_FORMAT = 1;

/** The part of the view worked out from the set (the rest is the set itself). */
export type CompareViewParts = Omit<CompareView, 'set'>;

export function compareViewParts(set: ArticleSet): CompareViewParts {
  const highlights: Record<string, HighlightSpan[]> = {};
  const words: Record<string, number> = {};
  for (const article of set.articles) {
    highlights[article.id] = highlightSpans(article);
    words[article.id] = articleWords(article);
  }
  return { highlights, words };
}

/** The view's text from the set's JSON text and its parts: exactly `JSON.stringify({ set, highlights, words })`. */
export function compareViewTextFrom(setText: string, parts: CompareViewParts): string {
  return `{"set":${setText},"highlights":${JSON.stringify(parts.highlights)},"words":${JSON.stringify(parts.words)}}`;
}

/** An article's length in words, over all its blocks. */
export function articleWords(article: ArticleSet['articles'][number]): number {
  return countWords(article.blocks.map((b) => b.text).join(' '));
}

const prepared = new WeakMap<ArticleSet, string>();

/**
 * The compare view of a set as JSON text, computed the first time a set object is asked for and
 * kept while that object lives. Sets are never changed in place: a new content version (a teacher
 * saved the set, the library was read again) is a new object, so its view is worked out afresh;
 * a copy with parts withheld is a new object too, so it never gets the full set's view.
 */
export function compareViewText(set: ArticleSet): string {
  let text = prepared.get(set);
  if (text === undefined) {
    text = compareViewTextFrom(JSON.stringify(set), compareViewParts(set));
    prepared.set(set, text);
  }
  return text;
}

/** The renderer's side: the text main sent back as a view (main is trusted; its text is its own JSON). */
export function parseCompareView(text: string): CompareView {
  return JSON.parse(text) as CompareView;
}
