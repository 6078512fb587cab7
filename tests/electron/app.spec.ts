/**
 * Electron end-to-end: the real app in the real Electron binary. Runs wherever a binary exists;
 * where none does, it is skipped with a one-line reason in the run's output.
 */
import { test, expect, _electron as electron } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper without types
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const binary = findElectronBinary() as { found: boolean; path?: string; reason?: string };
if (!binary.found) console.log(`SKIPPED Electron end-to-end test: ${binary.reason}.`);

test.describe('Electron app', () => {
  test.skip(!binary.found, `no Electron binary: ${binary.reason ?? ''}`);

  test('opens one secure window with the CSP and no Node in the page', async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'lenses-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [path.resolve('.')],
      env: { ...process.env, LENSES_USER_DATA_DIR: userData },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
      expect(await page.title()).toContain('Lenses');
      const reach = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        origin: location.origin,
      }));
      expect(reach).toEqual({ require: 'undefined', process: 'undefined', origin: 'lenses://app' });
      const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      expect(csp).toContain("script-src 'self'");
      // The policy is in force, from that header alone (the desktop page has no CSP meta tag): an
      // inline script put into the page does not run.
      const inlineRan = await page.evaluate(() => {
        const inline = document.createElement('script');
        inline.textContent = 'window.__inlineRan = true';
        document.head.appendChild(inline);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      expect(inlineRan).toBe(false);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      // The contract is there, and only the contract.
      const keys = await page.evaluate(() => Object.keys((window as unknown as { lenses: object }).lenses).sort());
      expect(keys).toContain('listArticleSets');
      // New windows are denied.
      await page.evaluate(() => window.open('https://example.com/'));
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
