/**
 * Every window comes from one factory with literal, locked-down web preferences. Electron itself is
 * replaced by a stand-in that records what the window was asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const made: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      made.push(options);
    }
  },
}));

const { createSecureWindow } = await import('../../main/electron/secure-window');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('the window factory', () => {
  it('isolates and sandboxes every window, with no Node, no webviews and no middle-click windows', () => {
    createSecureWindow('/app/dist/preload/index.cjs', { width: 900, height: 700, title: 'Lenses' });
    expect(made.at(-1)).toEqual({
      width: 900,
      height: 700,
      title: 'Lenses',
      webPreferences: {
        preload: '/app/dist/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
        navigateOnDragDrop: false,
        spellcheck: true,
        safeDialogs: true,
      },
    });
  });

  it('a caller cannot slip in web preferences', () => {
    const sneaky = { show: false, webPreferences: { nodeIntegration: true, sandbox: false } };
    createSecureWindow('/p.cjs', sneaky as Parameters<typeof createSecureWindow>[1]);
    expect(made.at(-1)).toMatchObject({ show: false, webPreferences: { nodeIntegration: false, sandbox: true, contextIsolation: true } });
  });

  it('is the only place in main/ that makes a BrowserWindow', () => {
    const makers = sourceFiles('main').filter((f) => /new\s+BrowserWindow\s*\(/u.test(readFileSync(f, 'utf8')));
    expect(makers).toEqual([path.join('main', 'electron', 'secure-window.ts')]);
  });
});
