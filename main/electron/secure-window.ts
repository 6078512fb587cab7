/**
 * The one place Lenses makes a window. Every BrowserWindow (the main window, the hidden print
 * window) is created here, with its `webPreferences` written out literally so that a reader and a
 * scanner (Electronegativity, run by tests/unit/electronegativity.test.ts) see every setting:
 * isolated, sandboxed, no Node, web security on, no webviews, no middle-click new windows.
 * Callers choose size, title and the like, never the web preferences.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

export function createSecureWindow(preloadPath: string, options: SecureWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
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
}
