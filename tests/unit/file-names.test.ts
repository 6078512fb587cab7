/** One file-name module for every name Lenses makes: ids, suggested names, downloads, storage keys. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { fileNamePart, idFromText, isStorableId, safeFileName, suggestedName, windowsNameProblem } from '../../content/logic/file-names';
import { Id } from '../../content/schema/article-set';
import { progressFileName } from '../../main/progress/progress-file';
import { downloadName } from '../../renderer/web/page-files';
import { unlockedTeacher } from '../support/assignments';

describe('names Windows cannot store', () => {
  it('device names, with or without an extension and in any case, and trailing dots and spaces', () => {
    for (const name of ['CON', 'con', 'Prn', 'AUX', 'nul', 'NUL.txt', 'com1', 'COM9.json', 'lpt1', 'LPT9.lensesresults', 'con.tar.gz', 'name.', 'name ', 'a..']) {
      expect(windowsNameProblem(name), name).not.toBeNull();
    }
    for (const name of ['console', 'com10', 'com0', 'lpt', 'nul-set', 'profiles.json', 'a.b', 'aux-report.txt', '.hidden']) {
      expect(windowsNameProblem(name), name).toBeNull();
    }
    expect(windowsNameProblem('NUL.txt')).toBe('Windows keeps the name "NUL" for a device');
  });

  it('every maker of a name avoids them', () => {
    expect(fileNamePart('CON', 'untitled')).toBe('CON-file');
    expect(fileNamePart('Report...', 'untitled')).toBe('Report');
    expect(suggestedName(['nul', 'results'], 'csv')).toBe('nul-file-results.csv');
    expect(safeFileName('con.csv', 'lenses-file')).toBe('con-file.csv');
    expect(safeFileName('report.csv. . ', 'lenses-file')).toBe('report.csv');
    expect(downloadName('LPT1.json')).toBe('LPT1-file.json');
    expect(idFromText('Aux', 'set')).toBe('aux-set');
    expect(idFromText('Flood in the valley', 'set')).toBe('flood-in-the-valley');
    expect(idFromText('***', 'set')).toBe('set');
    expect(progressFileName('Con', new Date(2026, 2, 2))).toBe('lenses-progress-Con-file-2026-03-02.json');
    expect(progressFileName('Ana Lee', new Date(2026, 2, 2))).toBe('lenses-progress-Ana-Lee-2026-03-02.json');
  });
});

describe('hostile names', () => {
  const HOSTILE = ['CON', 'con.csv', ' aux . txt', 'LPT9.lensesresults', '../../etc/passwd', '..\\..\\win.ini', 'a<b>c:d"e|f?g*h', 'report\u202Etxt.exe', 'zero\u200Bwidth', 'c1\u0085control', 'tab\tand\nnewline', '...', ' . ', 'name. . .', '\u0000\u0001', 'x'.repeat(500) + '.csv'];

  it('every name made from them is storable on Windows, macOS and Linux', () => {
    for (const input of HOSTILE) {
      for (const name of [safeFileName(input, 'lenses-file'), fileNamePart(input, 'untitled'), suggestedName([input, 'results'], 'csv')]) {
        expect(windowsNameProblem(name), `${JSON.stringify(input)} → ${JSON.stringify(name)}`).toBeNull();
        expect(name, JSON.stringify(input)).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]/u);
        expect(name.length, JSON.stringify(input)).toBeGreaterThan(0);
        expect(name.length, JSON.stringify(input)).toBeLessThanOrEqual(130);
      }
    }
  });

  it('an invisible right-to-left override cannot disguise an extension', () => {
    expect(safeFileName('report\u202Etxt.exe', 'lenses-file')).toBe('report-txt.exe');
    expect(fileNamePart('report\u202Etxt', 'untitled')).toBe('report txt');
  });

  it('a long name is shortened before its extension, never through a character', () => {
    const long = safeFileName(`${'Ü'.repeat(200)}.lensesresults`, 'lenses-file');
    expect(long.endsWith('Ü.lensesresults')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(120);
    const emoji = fileNamePart('👩‍🏫'.repeat(60), 'untitled');
    expect(emoji.length).toBeLessThanOrEqual(80);
    expect(emoji).toBe('👩‍🏫'.repeat(16));
    expect(emoji.endsWith('\u200D')).toBe(false);
  });
});

describe('ids', () => {
  it('are at most 64 characters and never a device name', () => {
    expect(Id.safeParse('a'.repeat(64)).success).toBe(true);
    expect(Id.safeParse('a'.repeat(65)).success).toBe(false);
    expect(Id.safeParse('con').success).toBe(false);
    expect(Id.safeParse('com1').success).toBe(false);
    expect(Id.safeParse('console').success).toBe(true);
    expect(isStorableId('nul')).toBe(false);
  });

  it('a 5,000-character or device-name draft id is refused in words, not an internal error', async () => {
    const t = await unlockedTeacher();
    const long = await dispatch(t.handlers, 'getDraft', { draftId: 'a'.repeat(5000) });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/an id is at most 64 characters/u) } });
    const device = await dispatch(t.handlers, 'getDraft', { draftId: 'nul' });
    expect(device).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/an id cannot be a name Windows keeps for devices/u) } });
  });
});
