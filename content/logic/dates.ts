/** Dates of articles and figures, for display and sorting. Pure. */
import type { AsOf, PublicationDate } from '../schema/article-set';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 March 2024" from "2024-03-23" (no time zones involved). */
function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

export type Certainty = 'stated' | 'inferred' | 'unknown';

/** Words that already say a value is not stated outright. */
const HEDGED = /\b(inferred|likely|probably|possibly|apparently|estimated|unknown|not stated)\b/iu;

/**
 * `text` with its certainty said once: " (inferred)" is added unless the text already says so in
 * its own words; a trailing "(likely)" becomes "(inferred)", and a trailing remark in brackets takes
 * it inside ("23 March 2024 (date of the report, inferred)"), so no value carries two qualifiers.
 */
export function withCertainty(text: string, certainty: Certainty): string {
  if (certainty !== 'inferred') return text;
  const trailing = /\s*\(([^()]*)\)\s*$/u.exec(text);
  const head = trailing ? text.slice(0, trailing.index) : text;
  const remark = trailing?.[1]?.trim() ?? '';
  if (/^(likely|probably|possibly|inferred)$/iu.test(remark)) return `${head} (inferred)`;
  if (HEDGED.test(text)) return text;
  return trailing ? `${head} (${remark}, inferred)` : `${text} (inferred)`;
}

/** A short human description of a publication date, always saying how sure it is. */
export function describePublished(p: PublicationDate): string {
  switch (p.precision) {
    case 'exact':
      return `${formatIsoDate(p.date)} (stated)`;
    case 'inferred':
      return withCertainty(p.display, 'inferred');
    case 'unknown':
      return 'Date unknown';
  }
}

export function describeAsOf(a: AsOf): string {
  switch (a.precision) {
    case 'exact':
      return formatIsoDate(a.date);
    case 'inferred':
      return withCertainty(a.display, 'inferred');
    case 'unknown':
      return 'not stated';
  }
}

export function asOfSortKey(a: AsOf): string | null {
  return a.precision === 'exact' ? a.date : a.precision === 'inferred' ? a.sortKey : null;
}

export function articleDateRange(dates: PublicationDate[]): { range: { earliest: string; latest: string } | null; undated: number } {
  let earliest: string | null = null;
  let latest: string | null = null;
  let undated = 0;
  for (const p of dates) {
    if (p.precision === 'unknown') {
      undated += 1;
      continue;
    }
    const lo = p.precision === 'exact' ? p.date : p.earliest;
    const hi = p.precision === 'exact' ? p.date : p.latest;
    if (earliest === null || lo < earliest) earliest = lo;
    if (latest === null || hi > latest) latest = hi;
  }
  return { range: earliest && latest ? { earliest, latest } : null, undated };
}

export function describeDateRange(range: { earliest: string; latest: string } | null): string {
  if (!range) return 'dates unknown';
  const a = formatIsoDate(range.earliest);
  const b = formatIsoDate(range.latest);
  return a === b ? a : `${a} – ${b}`;
}
