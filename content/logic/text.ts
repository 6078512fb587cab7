/** Text helpers shared by the checker, main and the renderer. Pure. */

/** Collapse runs of white space to one space and trim: the only change made to published text. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Split a source text as received into its non-empty lines, whitespace normalised. */
export function splitSourceText(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map(normaliseWhitespace)
    .filter((line) => line.length > 0);
}

/** Every start index of `needle` in `haystack` (non-overlapping scan from each index). */
export function allIndexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    found.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Word spans of a text, used for keyboard selection and for snapping selections to words. */
export function wordSpans(text: string): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    let word = m[0];
    // Leave sentence punctuation outside the word ("said." -> "said").
    while (/[.,]$/u.test(word) && word.length > 1) word = word.slice(0, -1);
    spans.push({ start, end: start + word.length, text: word });
  }
  return spans;
}

/** As many as `wordSpans` finds (one per match of the same pattern), without building the spans. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
