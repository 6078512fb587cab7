/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads non-Latin names correctly),
 * CRLF line ends, and RFC 4180 quoting (fields with commas, quotes or line breaks are quoted, and
 * quotes doubled). Text cells that a spreadsheet would run as a formula (starting with = + - @, tab
 * or carriage return) get a leading apostrophe. Numbers are written as numbers. Pure.
 */
import type { ClassOverview } from './class-overview-schema';
import { decimalMinutes, localDateTime } from './time-format';

export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';

/** A text cell that a spreadsheet would not run as a formula. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : guardFormula(cell);
  return /[",\r\n]/u.test(text) || /^\s|\s$/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The whole file: BOM, then one line per row, each ended by CRLF. */
export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return CSV_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * The class results as rows: name, submitted (local time, then ISO 8601 UTC), time (decimal
 * minutes, as on screen), completed, total score, right on the first try, then one column per
 * exercise (score 0–1 of the final answer, the text for written answers, empty when not answered).
 */
function classOverviewRows(overview: ClassOverview): CsvCell[][] {
  const header: CsvCell[] = [
    'Name',
    'Submitted (local time)',
    'Submitted (ISO 8601, UTC)',
    'Time (minutes)',
    `Completed (of ${overview.assignment.exerciseCount})`,
    `Total score (out of ${overview.assignment.gradedExerciseCount})`,
    'Right on the first try',
    ...overview.exercises.map((e, i) => `${i + 1}. ${e.id}${e.type === 'written' ? ' (written)' : ''}`),
  ];
  const rows = overview.students.map((s): CsvCell[] => [
    s.name,
    localDateTime(s.submittedAt),
    s.submittedAt,
    decimalMinutes(s.timeSpentMs),
    s.completed,
    round(s.totalScore, 2),
    Object.values(s.firstTryScores).filter((x) => x === 1).length,
    ...overview.exercises.map((e): CsvCell => {
      const answer = s.answers[e.id];
      if (!answer) return null;
      if (answer.type === 'written') return answer.text;
      const score = s.scores[e.id];
      return score === null || score === undefined ? null : round(score, 2);
    }),
  ]);
  return [header, ...rows];
}

export function classOverviewCsv(overview: ClassOverview): string {
  return toCsv(classOverviewRows(overview));
}
