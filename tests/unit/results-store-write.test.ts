/**
 * The results store is written whole, atomically, at each change (teacher-assignments.ts). Here: a
 * class with duplicates, a bad file, held files, a resubmission and removals reads back after a
 * restart as it was; and a write that fails part way (a crash) loses nothing imported before and
 * leaves the store as it was, in memory too.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serialiseResults } from '../../content/assignments/results-file';
import { createSeedAssignment, generatedResults, makeServices, TEACHER_PIN, teacherCopy, unlockedTeacher, type TestServices } from '../support/assignments';

const storeFile = (t: TestServices, id: string) => path.join(t.dir, 'teacher', 'results', `${id}.json`);

async function classFolder(files: Array<{ name: string; content: string }>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lenses-store-'));
  for (const f of files) await writeFile(path.join(folder, f.name), f.content);
  return folder;
}

/** What the teacher sees of an assignment's results: the overview and the list of files. */
async function seen(t: TestServices, id: string) {
  return { overview: await t.handlers.getClassOverview({ assignmentId: id }), submissions: await t.handlers.listSubmissions({ assignmentId: id }) };
}

async function restarted(t: TestServices): Promise<TestServices> {
  const again = await makeServices({ dir: t.dir });
  await again.handlers.unlockTeacher({ pin: TEACHER_PIN });
  return again;
}

describe('the results store', () => {
  it('reads back after a restart as it was, through duplicates, a bad file, held files, a resubmission and removals', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'assessment');
    const copy = await teacherCopy(t.dir, id);
    const file = (s: number, name?: string) => serialiseResults(generatedResults(copy, s, name));
    const first = await classFolder([
      { name: 'a.lensesresults', content: file(0) },
      { name: 'b.lensesresults', content: file(1) },
      { name: 'z-copy-of-b.lensesresults', content: file(1) },
      { name: 'bad.lensesresults', content: '{"kind":"lenses-results",' },
      { name: 'c.lensesresults', content: file(2) },
    ]);
    const report = await t.handlers.importResultsFromPaths({ assignmentId: id, files: [t.picked.grant(first)] });
    expect(report.imported.map((r) => r.file)).toEqual(['a.lensesresults', 'b.lensesresults', 'c.lensesresults']);
    expect(report.rejected.map((r) => r.code)).toEqual(['truncated', 'duplicate']);
    // A resubmission (same name, other answers) and a second file for another name are held.
    const second = await classFolder([
      { name: 'a-resubmitted.lensesresults', content: file(3, generatedResults(copy, 0).student.name) },
      { name: 'c-other.lensesresults', content: file(4, generatedResults(copy, 2).student.name) },
      { name: 'd.lensesresults', content: file(5) },
    ]);
    const report2 = await t.handlers.importResultsFromPaths({ assignmentId: id, files: [t.picked.grant(second)] });
    expect(report2.held?.map((h) => h.file)).toEqual(['a-resubmitted.lensesresults', 'c-other.lensesresults']);
    const { held } = await t.handlers.listSubmissions({ assignmentId: id });
    await t.handlers.resolveHeldResults({ assignmentId: id, heldId: held[0]!.id, keep: 'incoming' });
    const { submissions } = await t.handlers.listSubmissions({ assignmentId: id });
    await t.handlers.removeImportedResults({ assignmentId: id, entryId: submissions.find((s) => s.fileName === 'b.lensesresults')!.id });

    const before = await seen(t, id);
    expect(before.overview.students.map((s) => s.name)).toEqual(['Student 0001', 'Student 0003', 'Student 0006']);
    expect(before.submissions.held).toHaveLength(1);
    const text = await readFile(storeFile(t, id), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
    expect(await seen(await restarted(t), id)).toEqual(before);
  });
});

describe('a write of the results store that fails part way', () => {
  it('loses nothing imported before, and leaves the store as it was, on disk and in memory', async () => {
    let failing = false;
    const t = await unlockedTeacher({
      wrapStorage: (base) => ({
        ...base,
        async writeAtomically(key, data) {
          // As a crash would: the new text half written beside the store, never put in its place.
          if (failing && key.startsWith('teacher/results/')) {
            const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
            await base.writeAtomically(`${key}.partial`, text.slice(0, Math.floor(text.length / 2)));
            throw Object.assign(new Error('injected'), { code: 'EIO' });
          }
          return base.writeAtomically(key, data);
        },
      }),
    });
    const id = await createSeedAssignment(t.handlers, 'assessment');
    const copy = await teacherCopy(t.dir, id);
    const file = (s: number) => ({ name: `s${s}.lensesresults`, content: serialiseResults(generatedResults(copy, s)) });
    await t.handlers.importResultsFromPaths({ assignmentId: id, files: [t.picked.grant(await classFolder([file(0), file(1), file(2)]))] });
    const before = await seen(t, id);
    const storeBefore = await readFile(storeFile(t, id), 'utf8');

    failing = true;
    const later = await classFolder([file(3), file(4)]);
    await expect(t.handlers.importResultsFromPaths({ assignmentId: id, files: [t.picked.grant(later)] })).rejects.toThrow();
    expect(await readFile(storeFile(t, id), 'utf8')).toBe(storeBefore);
    expect(await seen(t, id)).toEqual(before);
    expect(await seen(await restarted(t), id)).toEqual(before);

    // Once the disk works again the same files come in, after the ones already there.
    failing = false;
    const report = await t.handlers.importResultsFromPaths({ assignmentId: id, files: [t.picked.grant(later)] });
    expect(report.imported.map((r) => r.file)).toEqual(['s3.lensesresults', 's4.lensesresults']);
    const after = await seen(await restarted(t), id);
    expect(after.overview.students.map((s) => s.name)).toEqual(['Student 0001', 'Student 0002', 'Student 0003', 'Student 0004', 'Student 0005']);
    expect(after.submissions.submissions.slice(0, 3)).toEqual(before.submissions.submissions);
  });
});
