import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState, WINDOW_STATE_FILE } from '../../main/window/window-state';
import { resolveUserDataDir, USER_DATA_ENV } from '../../main/paths';

const laptop = [{ x: 0, y: 0, width: 1366, height: 740 }];

describe('window state', () => {
  it('remembers size and position across runs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-ws-'));
    expect(await loadWindowState(dir, laptop)).toEqual({ width: 1280, height: 740, maximized: false });
    await saveWindowState(dir, { x: 40, y: 30, width: 1000, height: 700, maximized: true });
    expect(await loadWindowState(dir, laptop)).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
  });

  it('drops a position that is no longer on any display (projector unplugged)', () => {
    const state = { x: 3000, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, laptop)).toEqual({ width: 1200, height: 740, maximized: false });
  });

  it('shrinks a window larger than the screen but keeps a usable minimum', () => {
    expect(fitToDisplays({ width: 5000, height: 4000, maximized: false }, laptop)).toMatchObject({ width: 1366, height: 740 });
    expect(fitToDisplays({ width: 400, height: 300, maximized: false }, laptop)).toMatchObject({ width: 720, height: 520 });
  });

  it('moves a damaged file aside and starts from the default', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-ws-'));
    await writeFile(path.join(dir, WINDOW_STATE_FILE), '{"width": "huge"');
    const state = await loadWindowState(dir, [{ x: 0, y: 0, width: 1920, height: 1080 }]);
    expect(state).toEqual(DEFAULT_WINDOW_STATE);
    const names = await readdir(dir);
    expect(names.some((n) => n.startsWith('window-state.json.damaged-'))).toBe(true);
  });
});

describe('user data folder', () => {
  it('uses Electron’s folder unless the environment overrides it', () => {
    expect(resolveUserDataDir({}, '/home/s/.config/Lenses')).toBe('/home/s/.config/Lenses');
    expect(resolveUserDataDir({ [USER_DATA_ENV]: '/tmp/x' }, '/home/s/.config/Lenses')).toBe('/tmp/x');
    expect(resolveUserDataDir({ [USER_DATA_ENV]: '  ' }, '/d')).toBe('/d');
  });
});
