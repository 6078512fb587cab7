/**
 * Results files opened without a chosen assignment (a double-click, a drop on the window) go to
 * the assignment each names (import-results.ts, byOwnId). Here: a mixed pile of files for two
 * assignments, another computer's, a broken file and a copy is sorted out as with a chosen
 * assignment, each file read from disk once, each assignment's store written once, and what is
 * refused reported in the files' order.
 */
import { describe, expect, it } from 'vitest';
import { createResultsImporter } from '../../main/assignments/import-results';
import { createTeacherAssignments } from '../../main/assignments/teacher-assignments';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import { pickedFromText, type PickedFile } from '../../main/platform/files/files';
import type { ImportReport } from '../../main/ipc/assignment-channels';
import type { Storage } from '../../main/platform/storage/storage';
import { createSeedAssignment, generatedResultsText, makeServices, studentName, teacherCopy, TEACHER_PIN, unlockedTeacher } from '../support/assignments';

const EXERCISES = ['attr-choice-direct-no-marks', 'num-choice-sum'];

describe('results files without a chosen assignment', () => {
  it('reads each file once, writes each assignment once, and refuses the rest in the files’ order', async () => {
    const t = await unlockedTeacher();
    const a = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: EXERCISES, title: 'A' });
    const b = await createSeedAssignment(t.handlers, 'assessment', { exerciseIds: EXERCISES, title: 'B' });
    const [copyA, copyB] = [await teacherCopy(t.dir, a), await teacherCopy(t.dir, b)];
    const elsewhere = await unlockedTeacher();
    const foreign = await teacherCopy(elsewhere.dir, await createSeedAssignment(elsewhere.handlers, 'practice', { exerciseIds: EXERCISES }));

    const reads = new Map<string, number>();
    const counted = (name: string, text: string): PickedFile => {
      const file = pickedFromText(name, text);
      return { ...file, read: () => (reads.set(name, (reads.get(name) ?? 0) + 1), file.read()) };
    };
    const picks = [
      counted('a0.lensesresults', generatedResultsText(copyA, 0)),
      counted('b1.lensesresults', generatedResultsText(copyB, 1)),
      counted('a0-copy.lensesresults', generatedResultsText(copyA, 0)),
      counted('elsewhere.lensesresults', generatedResultsText(foreign, 2)),
      counted('a3.lensesresults', generatedResultsText(copyA, 3)),
      counted('broken.lensesresults', '{"kind": "lenses-results", "format": 1'),
      counted('b4.lensesresults', generatedResultsText(copyB, 4)),
    ];

    const writes: string[] = [];
    const disk = createNodeStorage(t.dir);
    const storage: Storage = { ...disk, writeAtomically: (key, data) => (writes.push(key), disk.writeAtomically(key, data)) };
    const importer = createResultsImporter(createTeacherAssignments(storage), () => new Date('2026-03-12T09:00:00.000Z'));
    const report: ImportReport = { imported: [], rejected: [] };
    await importer.byOwnId(picks, report);

    expect(report.imported).toEqual([
      { file: 'a0.lensesresults', student: studentName(0), assignmentId: a },
      { file: 'a3.lensesresults', student: studentName(3), assignmentId: a },
      { file: 'b1.lensesresults', student: studentName(1), assignmentId: b },
      { file: 'b4.lensesresults', student: studentName(4), assignmentId: b },
    ]);
    expect(report.rejected.map((r) => [r.file, r.code])).toEqual([
      ['a0-copy.lensesresults', 'duplicate'],
      ['elsewhere.lensesresults', 'other-assignment'],
      ['broken.lensesresults', 'truncated'],
    ]);
    expect(report.rejected[1]!.reason).toMatch(/not made on this computer/);
    expect([...reads.values()]).toEqual(picks.map(() => 1));
    expect(writes.sort()).toEqual([`teacher/results/${a}.json`, `teacher/results/${b}.json`].sort());

    // What was added is what the teacher sees after a restart.
    const again = await makeServices({ dir: t.dir });
    await again.handlers.unlockTeacher({ pin: TEACHER_PIN });
    expect((await again.handlers.getClassOverview({ assignmentId: a })).students.map((s) => s.name)).toEqual([studentName(0), studentName(3)]);
    expect((await again.handlers.getClassOverview({ assignmentId: b })).students.map((s) => s.name)).toEqual([studentName(1), studentName(4)]);
  });
});
