/**
 * Importing results keys a submission (its answers and moment) only among files handed in at the
 * same moment (import-results.ts). Here: files of one import that share a moment, with the same or
 * other answers, written in another key order, the same file twice, and the same file again later;
 * and a class imported in one go, which must give the overview its files give one by one.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { classOverview } from '../../content/assignments/class-overview';
import { serialiseResults, type ResultsFile } from '../../content/assignments/results-file';
import type { TeacherCopy } from '../../content/assignments/teacher-copy';
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

describe('a class imported in one go', () => {
  it('gives the same class overview as its files imported one by one, and as the files themselves', async () => {
    const t = await unlockedTeacher();
    const batchId = await createSeedAssignment(t.handlers, 'assessment');
    const oneById = await createSeedAssignment(t.handlers, 'assessment');
    // A class with first tries kept, records written in another key order and a skipped exercise.
    const classOf = (copy: TeacherCopy): ResultsFile[] =>
      Array.from({ length: 36 }, (_, s) => {
        const results = generatedResults(copy, s);
        const other = generatedResults(copy, s + 1).answers;
        const answers = results.answers.map((a, e) => (a.attempts > 1 && e % 3 === 0 ? { ...a, firstAnswer: other.find((o) => o.exerciseId === a.exerciseId)?.answer ?? a.answer } : a));
        return { ...results, answers: s % 5 === 0 ? answers.slice(1) : answers };
      });
    const write = async (copy: TeacherCopy) => {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'lenses-class-'));
      const files = classOf(copy);
      for (const [s, results] of files.entries()) await writeFile(path.join(folder, `student-${s}.lensesresults`), s % 4 === 0 ? reversedKeys(results) : serialiseResults(results));
      return { folder, files };
    };
    const batchCopy = await teacherCopy(t.dir, batchId);
    const batch = await write(batchCopy);
    const batchReport = await t.handlers.importResultsFromPaths({ assignmentId: batchId, files: [t.picked.grant(batch.folder)] });
    expect(batchReport.rejected).toEqual([]);
    expect(batchReport.imported).toHaveLength(36);

    const single = await write(await teacherCopy(t.dir, oneById));
    // In the order a folder is read (by name), which is the order the overview lists written responses in.
    const inOrder = (await readdir(single.folder)).sort((a, b) => a.localeCompare(b));
    for (const name of inOrder) {
      const report = await t.handlers.importResultsFromPaths({ assignmentId: oneById, files: [t.picked.grant(path.join(single.folder, name))] });
      expect(report.imported).toHaveLength(1);
    }

    const batchOverview = await t.handlers.getClassOverview({ assignmentId: batchId });
    const singleOverview = await t.handlers.getClassOverview({ assignmentId: oneById });
    expect(batchOverview.students.length).toBe(36);
    expect(batchOverview.students.some((s) => s.totalScore > 0)).toBe(true);
    expect({ ...singleOverview, assignment: { ...singleOverview.assignment, id: batchId } }).toEqual(batchOverview);
    const fileOf = (name: string) => batch.files[Number(/\d+/u.exec(name)?.[0])]!;
    expect(batchOverview).toEqual(classOverview(batchCopy, inOrder.map(fileOf)));
    // The list of files graded together gives each file the figures it has on its own.
    const { submissions } = await t.handlers.listSubmissions({ assignmentId: batchId });
    expect(submissions.map((s) => s.fileName)).toEqual(inOrder);
    expect(submissions.map((s) => [s.answered, s.totalScore])).toEqual(inOrder.map((name) => [classOverview(batchCopy, [fileOf(name)]).students[0]!.completed, classOverview(batchCopy, [fileOf(name)]).students[0]!.totalScore]));
  });
});
