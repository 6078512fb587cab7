/**
 * Importing results keys a submission (its answers and moment) only among files handed in at the
 * same moment (import-results.ts). Here: files of one import that share a moment, with the same or
 * other answers, written in another key order, the same file twice, and the same file again later.
 */
import { describe, expect, it } from 'vitest';
import { serialiseResults, type ResultsFile } from '../../content/assignments/results-file';
import { createSeedAssignment, generatedResults, teacherCopy, unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

/** The file's text with every object's keys in the reverse order: the same content, other bytes. */
const reversedKeys = (results: ResultsFile) =>
  JSON.stringify(results, (_key, value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value), 2);

describe('results handed in at the same moment', () => {
  it('holds a copy of another student’s submission, refuses a file already waiting or already in, and takes the rest', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['attr-choice-direct-no-marks', 'num-choice-sum'] });
    const copy = await teacherCopy(t.dir, id);
    const moment = '2026-03-10T12:00:00.000Z';
    const at = (s: number, name: string, submittedAt = moment): ResultsFile => ({ ...generatedResults(copy, s, name), submittedAt });
    // Students 0 and 1 answer differently (generatedResults: right or wrong by student and exercise).
    expect(at(0, 'x').answers).not.toEqual(at(1, 'x').answers);
    const files = [
      { name: 'ann.lensesresults', content: serialiseResults(at(0, 'Ann')) },
      { name: 'ben.lensesresults', content: serialiseResults(at(1, 'Ben')) },
      { name: 'cat.lensesresults', content: reversedKeys(at(0, 'Cat')) },
      { name: 'cat-again.lensesresults', content: serialiseResults(at(0, 'Cat')) },
      { name: 'dan.lensesresults', content: serialiseResults(at(0, 'Dan', '2026-03-10T12:00:00.001Z')) },
    ];
    t.files.willOpen(files);
    const report = await t.handlers.importResults({ assignmentId: id }, testCaller);
    expect(report.imported.map((i) => i.file)).toEqual(['ann.lensesresults', 'ben.lensesresults', 'dan.lensesresults']);
    expect(report.held).toEqual([{ file: 'cat.lensesresults', student: 'Cat', reason: expect.stringContaining('same answers, handed in at the same moment, as Ann') }]);
    expect(report.rejected).toEqual([{ file: 'cat-again.lensesresults', code: 'duplicate', reason: '“cat-again.lensesresults” is already waiting for you to compare it with another file.' }]);

    t.files.willOpen([{ name: 'ann-again.lensesresults', content: reversedKeys(at(0, 'Ann')) }]);
    const again = await t.handlers.importResults({ assignmentId: id }, testCaller);
    expect(again.imported).toEqual([]);
    expect(again.rejected).toEqual([expect.objectContaining({ file: 'ann-again.lensesresults', code: 'duplicate', reason: expect.stringContaining('Ann has already handed in these results') })]);
    const overview = await t.handlers.getClassOverview({ assignmentId: id });
    expect(overview.students.map((s) => s.name)).toEqual(['Ann', 'Ben', 'Dan']);
  });
});
