/**
 * A broken or damaged store is said, never shown as empty: folders that cannot be looked in, and
 * damaged results and assignment stores (set aside, and the screens told).
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Storage } from '../../main/platform/storage/storage';
import { profileFolder } from '../../main/progress/profile-registry';
import { createSeedAssignment, exportedText, makeServices, studentServices, teacherCopy, generatedResultsText, TEACHER_PIN, unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

/** Storage whose `list` fails (as on a folder this account may not read) for the given folders. */
const unlistable = (...folders: string[]) => (base: Storage): Storage => ({
  ...base,
  async list(folder) {
    if (folders.includes(folder)) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return base.list(folder);
  },
});

describe('a folder that cannot be looked in is reported, not shown as empty', () => {
  it('drafts', async () => {
    const t = await unlockedTeacher({ wrapStorage: unlistable('drafts') });
    const { drafts, problems } = await t.handlers.listDrafts({});
    expect(drafts).toEqual([]);
    expect(problems).toEqual([{ file: expect.stringContaining('drafts'), message: 'Lenses could not look for your drafts here (the folder is read-only for this account); they are not shown, and nothing was deleted.' }]);
  });

  it("teachers' own article sets", async () => {
    const t = await makeServices({ wrapStorage: unlistable('sets') });
    const { sets, problems } = await t.handlers.listArticleSets({});
    expect(sets.some((s) => s.id === 'gaza-2023-24')).toBe(true);
    expect(problems).toEqual([{ file: expect.stringContaining('sets'), message: expect.stringMatching(/^Lenses could not look for your own article sets here \(the folder is read-only for this account\)/u) }]);
  });

  it('profile folders', async () => {
    const t = await makeServices({ wrapStorage: unlistable('profiles') });
    await t.handlers.listProfiles({});
    const status = await t.handlers.getStorageStatus({});
    expect(status).toMatchObject({ ok: true, message: expect.stringMatching(/^Lenses could not look through the profile folders in .*profiles \(the folder is read-only for this account\), so a profile missing from the list may not be shown\./u) });
  });
});

describe('damaged stores are set aside and said', () => {
  it("a teacher's damaged results store: set aside, listed as a problem, and in the storage alert", async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { title: 'Flood week' });
    const copy = await teacherCopy(t.dir, id);
    t.files.willOpen([{ name: 'sam.lensesresults', content: generatedResultsText(copy, 0) }]);
    expect((await t.handlers.importResults({ assignmentId: id }, testCaller)).imported).toHaveLength(1);
    await writeFile(path.join(t.dir, 'teacher', 'results', `${id}.json`), '{"format":1,"assignmentId":');

    const again = await makeServices({ dir: t.dir });
    await again.handlers.unlockTeacher({ pin: TEACHER_PIN });
    const { assignments, problems } = await again.handlers.listTeacherAssignments({});
    expect(assignments).toEqual([expect.objectContaining({ id, resultsCount: 0 })]);
    expect(problems).toEqual([{ file: `teacher/results/${id}.json`, message: expect.stringMatching(/^The results imported for “Flood week” could not be read \(.*\) and were set aside in .*damaged-.*\. Import the students' results files again\.$/u) }]);
    expect((await again.handlers.getStorageStatus({})).message).toMatch(/The results imported for “Flood week” could not be read/u);
    expect((await readdir(path.join(t.dir, 'teacher', 'results'))).some((n) => n.startsWith(`${id}.json.damaged-`))).toBe(true);
  });

  it("a student's damaged answers to an assignment: set aside and in the storage alert", async () => {
    const teacher = await unlockedTeacher();
    const id = await createSeedAssignment(teacher.handlers, 'practice', { title: 'Flood week' });
    const text = await exportedText(teacher, id);
    const student = await studentServices();
    student.files.willOpen([{ name: 'flood.lensesassignment', content: text }]);
    await student.handlers.openAssignmentFile({}, testCaller);
    // Assignment work lives in the student's own profile folder.
    await writeFile(path.join(student.dir, profileFolder(student.profileId), 'assignments', id, 'progress.json'), '{"answers":');

    const again = await studentServices({ dir: student.dir });
    expect((await again.handlers.listAssignments({})).assignments).toHaveLength(1);
    expect((await again.handlers.getStorageStatus({})).message).toMatch(/^Your answers to “Flood week” could not be read and were set aside in .*progress\.json\.damaged-.*; the assignment starts again with no answers\.$/u);
  });
});
