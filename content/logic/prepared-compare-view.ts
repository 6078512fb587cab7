/**
 * Compare's view of a set prepared ahead, so the first visit does not work it out: when Lenses is
 * built for the shipped sets (`npm run build:views`, in each set folder of content/sets), when a
 * teacher saves a set for theirs (beside its folder in the user's storage). The file holds the
 * parts of the view worked out from the set (`compareViewParts`: highlights, word counts) and the
 * key of the content they were made from: a hash of the set's JSON text and of the view's format
 * (`COMPARE_VIEW_FORMAT`). It is served only when its key is the key of the set as loaded (and, for
 * a teacher's file, when it passes the schema and its spans fit that set's articles, blocks and
 * annotations); anything else (another version of the set, an older format, a file cut short,
 * damaged or hostile) is ignored and the view is worked out from the set, which stays the truth. Pure.
 */
import { z } from 'zod';
import type { ArticleSet } from '../schema/article-set';
import { sha256Hex } from '../assignments/sha256';
import { COMPARE_VIEW_FORMAT, compareViewParts, compareViewTextFrom, type CompareViewParts } from './compare-view';
import type { HighlightSpan } from './highlights';

/** A shipped set's prepared view: its file in the set's folder (content/sets/<id>/). */
export const SHIPPED_VIEW_FILE = 'compare-view.json';

/** A teacher's set's prepared view: its file beside the set's folder (sets/<id>.compare-view.json). */
export function preparedViewFile(setId: string): string {
  return `${setId}.compare-view.json`;
}

const Offset = z.number().int().nonnegative();
const Span = z.strictObject({
  annotationId: z.string(),
  kind: z.enum(['attribution', 'number', 'framing']),
  role: z.enum(['cue', 'source', 'claim', 'figure', 'span']),
  block: z.string(),
  start: Offset,
  end: Offset,
});

export const PreparedCompareView = z.strictObject({
  key: z.string().regex(/^[0-9a-f]{64}$/u),
  highlights: z.record(z.string(), z.array(Span)),
  words: z.record(z.string(), Offset),
});
export type PreparedCompareView = z.infer<typeof PreparedCompareView>;

/** The content version of a set, from its JSON text (`JSON.stringify(set)`). */
export function compareViewKey(setText: string): Promise<string> {
  return sha256Hex(`lenses compare view ${COMPARE_VIEW_FORMAT}\n${setText}`);
}

/** A set's view, prepared: what is written beside it. */
export async function prepareCompareView(set: ArticleSet): Promise<PreparedCompareView> {
  return { key: await compareViewKey(JSON.stringify(set)), ...compareViewParts(set) };
}

/** The text of a prepared view as written (compact, the key first: `shippedViewText` relies on it). */
export function preparedViewText(prepared: PreparedCompareView): string {
  const { key, highlights, words } = prepared;
  return `${JSON.stringify({ key, highlights, words })}\n`;
}

const SHIPPED_PREFIX = /^\{"key":"([0-9a-f]{64})",(?="highlights":\{)/u;

/**
 * The view's text from a shipped set's prepared view (`preparedViewText`, made when Lenses was
 * built), or null when its key is not `key` or the file is cut short. Its parts are not parsed
 * again: the file ships with the app as its code does, made from the same set by the same code
 * (the key says so), so it is joined to the set's text as it is, which is what makes it cheaper
 * than working the view out. A teacher's file, which anyone with the user's folder could write, is
 * checked in full instead (`viewTextFromPrepared`).
 */
export function shippedViewText(setText: string, key: string, text: string): string | null {
  const prefix = SHIPPED_PREFIX.exec(text);
  const rest = text.trimEnd();
  if (!prefix || prefix[1] !== key || !rest.endsWith('}}')) return null;
  return `{"set":${setText},${rest.slice(prefix[0].length)}`;
}

/**
 * The parts, in the set's article order, if every span lies in a block of its article and marks
 * one of that article's annotations of its kind, and every article has its word count; null otherwise.
 */
function partsFitting(set: ArticleSet, prepared: PreparedCompareView): CompareViewParts | null {
  const highlights: Record<string, HighlightSpan[]> = {};
  const words: Record<string, number> = {};
  if (Object.keys(prepared.highlights).length !== set.articles.length || Object.keys(prepared.words).length !== set.articles.length) return null;
  for (const article of set.articles) {
    const spans = Object.hasOwn(prepared.highlights, article.id) ? prepared.highlights[article.id] : undefined;
    const count = Object.hasOwn(prepared.words, article.id) ? prepared.words[article.id] : undefined;
    if (!spans || count === undefined) return null;
    const blocks = new Map(article.blocks.map((b) => [b.id, b.text.length]));
    const kinds = new Map(article.annotations.map((a) => [a.id, a.kind]));
    const fitting: HighlightSpan[] = [];
    for (const { annotationId, kind, role, block, start, end } of spans) {
      const length = blocks.get(block);
      if (length === undefined || start >= end || end > length || kinds.get(annotationId) !== kind) return null;
      fitting.push({ annotationId, kind, role, block, start, end });
    }
    highlights[article.id] = fitting;
    words[article.id] = count;
  }
  return { highlights, words };
}

/**
 * The view's text from a prepared view (checked against `PreparedCompareView`), or null when it is
 * not the view of this very set: made from other content or in another format, or not fitting.
 * `setText` is `JSON.stringify(set)` and `key` its `compareViewKey`.
 */
export function viewTextFromPrepared(set: ArticleSet, setText: string, key: string, prepared: PreparedCompareView): string | null {
  if (prepared.key !== key) return null;
  const parts = partsFitting(set, prepared);
  return parts ? compareViewTextFrom(setText, parts) : null;
}
