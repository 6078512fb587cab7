import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { lensesFileKind, openFileRequestsFromArgv } from '../../main/open-file-requests';
import { createEventBuffer } from '../../main/ipc/event-buffer';
import { classReportHash, CLASS_REPORT_ROUTE_PREFIX } from '../../main/teacher/print-view';
import { createLensesApi } from '../../main/ipc/api-client';
import { OpenFileRequest } from '../../main/ipc/contract';

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
    for (const r of openFileRequestsFromArgv(argv, cwd)) expect(OpenFileRequest.parse(r)).toEqual(r);
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

  it('exposes the subscription and pathForFile on window.lenses through the api client', () => {
    const subscribeOpenFile = vi.fn(() => () => {});
    const pathForFile = vi.fn(() => '/dropped/Week 3.lensesassignment');
    const api = createLensesApi(async () => ({ ok: true, value: null }), () => () => {}, { subscribeOpenFile, pathForFile });
    const listener = vi.fn();
    api.onOpenFile(listener);
    expect(subscribeOpenFile).toHaveBeenCalledWith(listener);
    expect(api.pathForFile({} as File)).toBe('/dropped/Week 3.lensesassignment');
    // Without the preload (the browser harness), nothing is opened and dropped files have no path.
    const bare = createLensesApi(async () => ({ ok: true, value: null }), () => () => {});
    expect(bare.pathForFile({} as File)).toBe('');
    expect(typeof bare.onOpenFile(() => {})).toBe('function');
  });
});

describe('the print view route', () => {
  it('is a hash route with the assignment id', () => {
    const id = '11111111-2222-4333-8444-555555555555';
    expect(classReportHash(id)).toBe(`${CLASS_REPORT_ROUTE_PREFIX}${id}`);
    expect(classReportHash(id)).toBe('#/print/class-report/11111111-2222-4333-8444-555555555555');
  });
});
