/**
 * Durations and moments as the class overview shows them, on screen and in the CSV alike: time in
 * decimal minutes (one decimal place), and a moment as local date and time (YYYY-MM-DD HH:MM) with
 * the ISO 8601 UTC form beside it for machines. Pure.
 */

/** Milliseconds as minutes with one decimal place: 90 000 ms → 1.5. */
export function decimalMinutes(ms: number): number {
  return Math.round(ms / 6_000) / 10;
}

/** "1.5 min", "0 min": the figure the CSV has, with its unit. */
export function minutesText(ms: number): string {
  return `${decimalMinutes(ms)} min`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as local date and time, "2024-05-01 11:30"; the text itself when it is not a time. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
