/**
 * Browser end-to-end harness: the built renderer in real Chromium, with the exact `window.lenses`
 * object the preload exposes (same createLensesApi code, bundled), forwarding each call to the
 * real main-process handlers running in this Node process over a temporary user-data folder.
 * Only Electron's IPC transport is replaced.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../main/services';
import { dialogsFromFilesPort } from '../../main/dialogs';
import { createMemoryFilesPort, type MemoryFilesPort } from '../../main/teacher/files-port';
import { contentDir, installLenses, projectRoot, rendererDir, type CallLog } from '../support/lenses-page';
import { serveStatic, type StaticServer } from '../support/static-server';
import type { MenuCommand } from '../../main/ipc/contract';

export const screenshotDir = path.join(projectRoot, 'test-results', 'screens');

export interface Harness {
  userDataDir: string;
  origin: string;
  services: Services;
  /**
   * Open the app at a hash route and wait for the shell. By default a profile ("Test student") is
   * created and signed in first, through the real handlers; pass `{ profile: null }` to meet the
   * profile gate instead.
   */
  open(hash?: string, options?: { profile?: string | null }): Promise<void>;
  /** Restart main: new services over the same user-data folder (as a relaunch would). */
  restartMain(): Promise<void>;
  menu(command: MenuCommand): Promise<void>;
  screenshot(name: string): Promise<string>;
  axe(): Promise<void>;
  /** The stand-in for file dialogs: queue files to open, read what was saved. */
  files: MemoryFilesPort;
  /** Calls that reached the handlers, for assertions that nothing happened. */
  calls: CallLog[];
}

interface Fixtures {
  harness: Harness;
}

const servers: { current: StaticServer | null } = { current: null };

export const test = base.extend<Fixtures>({
  harness: async ({ page }, use, testInfo) => {
    servers.current ??= await serveStatic(rendererDir);
    const server = servers.current;
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lenses-e2e-'));
    // File dialogs are replaced by an in-memory port the test drives (files to open, files saved).
    const files = createMemoryFilesPort();
    const make = () =>
      createServices({ userDataDir, contentDir, appVersion: '0.0.0-test', host: 'test-harness', teacherFiles: files, dialogs: dialogsFromFilesPort(files) });
    let services = await make();
    const calls: CallLog[] = [];
    const installed = await installLenses(page, server.origin, () => services.handlers, calls);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await mkdir(screenshotDir, { recursive: true });
    const harness: Harness = {
      userDataDir,
      origin: server.origin,
      get services() {
        return services;
      },
      calls,
      files,
      async open(hash = '#/library', options = {}) {
        const name = options.profile === undefined ? 'Test student' : options.profile;
        if (name !== null) {
          const { profiles } = await services.handlers.listProfiles({});
          const existing = profiles.find((p) => p.name === name);
          if (existing) await services.handlers.openProfile({ profileId: existing.id });
          else await services.handlers.createProfile({ name });
        } else {
          await services.handlers.closeProfile({});
        }
        // A fresh document each time (a hash-only change would keep the old page's state).
        await page.goto('about:blank');
        await page.goto(`${server.origin}/index.html${hash}`);
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      },
      async restartMain() {
        await services.close();
        services = await make();
      },
      async menu(command) {
        await page.evaluate((c) => window.dispatchEvent(new CustomEvent('lenses-test-menu', { detail: c })), command);
      },
      async screenshot(name) {
        const file = path.join(screenshotDir, `${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(name, { path: file, contentType: 'image/png' });
        return file;
      },
      async axe() {
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        expect(summary, 'axe-core violations').toEqual([]);
      },
    };
    await use(harness);
    expect(errors, 'uncaught errors in the page').toEqual([]);
    // The page may still be saving (a draft, the resume point): stop it, let its calls finish,
    // then flush and remove the folder.
    await page.close();
    await installed.settle();
    await services.close();
    await rm(userDataDir, { recursive: true, force: true });
  },
});

export { expect };
export type { Page };
