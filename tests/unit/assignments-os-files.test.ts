import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { lensesFileKind, openFileRequestsFromArgv } from '../../main/open-file-requests';
import { createEventBuffer } from '../../main/ipc/event-buffer';
import { classReportHash, CLASS_REPORT_ROUTE_PREFIX } from '../../main/platform/print/print-view';
import { createLensesApi } from '../../main/ipc/api-client';
import { dispatch } from '../../main/ipc/dispatch';
import { createPickedFiles } from '../../main/platform/files/picked-files';
import { pickedFromPath } from '../../main/platform/files/picked-from-disk.nodejs';
import { FILE_TOKEN } from '../../main/ipc/window-events';
import { createSeedAssignment, generatedResultsText, studentServices, teacherCopy, unlockedTeacher } from '../support/assignments';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';

describe('files the operating system asks Lenses to open', () => {
  it('knows assignment and results files by extension, in any case', () => {
    expect(lensesFileKind('/home/a/Week 3.lensesassignment')).toBe('assignment');
    expect(lensesFileKind('C:\\Users\\a\\Anna.LensesResults')).toBe('results');
    expect(lensesFileKind('/home/a/notes.txt')).toBeNull();
    expect(lensesFileKind('/home/a/lensesassignment')).toBeNull();
  });

  it('picks them out of the command line, resolved against the working directory, skipping flags', () => {
    const cwd = path.resolve('/tmp/class');
    const argv = ['/opt/Lenses/lenses', '--no-sandbox', 'week3.lensesassignment', '/abs/anna.lensesresults', 'readme.txt', '--inspect=9229'];
    expect(openFileRequestsFromArgv(argv, cwd)).toEqual([
      { path: path.join(cwd, 'week3.lensesassignment'), kind: 'assignment' },
      { path: path.resolve('/abs/anna.lensesresults'), kind: 'results' },
    ]);
    expect(openFileRequestsFromArgv(['/opt/Lenses/lenses'], cwd)).toEqual([]);
  });

  it('keeps requests that arrive before anyone listens, and then delivers them as they come', () => {
    const buffer = createEventBuffer<string>(2);
    buffer.emit('a');
    buffer.emit('b');
    buffer.emit('c');
    const heard: string[] = [];
    const stop = buffer.subscribe((e) => heard.push(e));
    expect(heard).toEqual(['b', 'c']);
    buffer.emit('d');
    expect(heard).toEqual(['b', 'c', 'd']);
    stop();
    buffer.emit('e');
    const later = vi.fn();
    buffer.subscribe(later);
    expect(later).toHaveBeenCalledWith('e');
  });

  it('exposes the subscription and fileToken on window.lenses through the api client', async () => {
    const subscribeOpenFile = vi.fn(() => () => {});
    const fileToken = vi.fn(async () => '0123456789abcdef0123456789abcdef');
    const api = createLensesApi(async () => ({ ok: true, value: null }), () => () => {}, { subscribeOpenFile, fileToken });
    const listener = vi.fn();
    api.onOpenFile(listener);
    expect(subscribeOpenFile).toHaveBeenCalledWith(listener);
    expect(await api.fileToken({} as File)).toBe('0123456789abcdef0123456789abcdef');
    // Without the preload (the browser harness), nothing is opened and dropped files get no token.
    const bare = createLensesApi(async () => ({ ok: true, value: null }), () => () => {});
    expect(await bare.fileToken({} as File)).toBeNull();
    expect(typeof bare.onOpenFile(() => {})).toBe('function');
  });
});

describe('files named by token, never by path', () => {
  it('a token names only the file it was handed out for; anything else names nothing', () => {
    const picked = createPickedFiles(3);
    const a = picked.grant('/home/a/Week 3.lensesassignment');
    expect(a).toMatch(FILE_TOKEN);
    expect(picked.resolve(a)).toBe('/home/a/Week 3.lensesassignment');
    expect(picked.grant('/home/a/Week 3.lensesassignment')).not.toBe(a);
    for (const forged of ['/etc/passwd', '0123456789abcdef0123456789abcdef', a.toUpperCase(), `${a}0`, '']) expect(picked.resolve(forged)).toBeNull();
    // Only the newest few are kept.
    for (let i = 0; i < 3; i += 1) picked.grant(`/f${i}`);
    expect(picked.resolve(a)).toBeNull();
  });

  it('the core refuses a token it did not hand out, and takes no links out of a picked folder', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'practice', { exerciseIds: ['num-choice-sum'] });
    const forged = await t.handlers.importResultsFromPaths({ assignmentId: id, files: ['0123456789abcdef0123456789abcdef'] });
    expect(forged).toEqual({ imported: [], rejected: [{ file: 'this file', code: 'unreadable', reason: 'Lenses can only open results files you chose yourself. Open them again.' }] });
    const s = await studentServices();
    expect(await dispatch(s.handlers, 'openAssignmentFromPath', { file: 'fedcba9876543210fedcba9876543210' })).toEqual({ ok: false, error: { code: 'not-found', message: 'Lenses can only open an assignment you chose yourself. Open it again.' } });

    const copy = await teacherCopy(t.dir, id);
    const outside = await mkdtemp(path.join(os.tmpdir(), 'lenses-outside-'));
    await writeFile(path.join(outside, 'secret.lensesresults'), generatedResultsText(copy, 1));
    const folder = await mkdtemp(path.join(os.tmpdir(), 'lenses-picked-'));
    await writeFile(path.join(folder, 'anna.lensesresults'), generatedResultsText(copy, 0));
    await symlink(path.join(outside, 'secret.lensesresults'), path.join(folder, 'link.lensesresults'));
    const report = await t.handlers.importResultsFromPaths({ assignmentId: id, files: [t.picked.grant(folder)] });
    expect(report.imported.map((r) => r.file)).toEqual(['anna.lensesresults']);
  });
});

describe('reading a picked file', () => {
  it('reads the whole file, also when it has grown or shrunk since it was looked up', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'lenses-read-'));
    const file = path.join(folder, 'anna.lensesresults');
    const text = `{"name":"Anna ’s answers","padding":"${'x'.repeat(70_000)}"}\n`;
    await writeFile(file, text);
    const size = Buffer.byteLength(text);
    for (const lookedUp of [size, 0, 1, 10, size - 1, size + 1, 3 * size]) expect(await pickedFromPath(file, lookedUp).read()).toBe(text);
    await writeFile(path.join(folder, 'empty.lensesresults'), '');
    expect(await pickedFromPath(path.join(folder, 'empty.lensesresults'), 0).read()).toBe('');
    await expect(pickedFromPath(path.join(folder, 'gone.lensesresults'), 10).read()).rejects.toThrow();
  });
});

describe('the print view route', () => {
  it('is a hash route with the assignment id', () => {
    const id = '11111111-2222-4333-8444-555555555555';
    expect(classReportHash(id)).toBe(`${CLASS_REPORT_ROUTE_PREFIX}${id}`);
    expect(classReportHash(id)).toBe('#/print/class-report/11111111-2222-4333-8444-555555555555');
  });
});
