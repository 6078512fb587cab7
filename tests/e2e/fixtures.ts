/**
 * Browser end-to-end harness, for the two hosts of the one core (the Playwright project picks):
 *
 * - `desktop`: the built renderer in real Chromium with the exact `window.lenses` object the
 *   preload exposes (same createLensesApi code, bundled), forwarding each call to the real
 *   handlers running in this Node process over a temporary user-data folder. Only Electron's IPC
 *   transport is replaced; file dialogs are an in-memory port the test drives.
 * - `web`: the web build (dist/web) served statically, as a student's browser would get it: the
 *   same handlers in a SharedWorker over IndexedDB; file dialogs are the browser's file chooser and
 *   downloads, driven through Playwright.
 *
 * Tests talk to either through the same `Harness`.
 */
import { test as base, expect, type Browser, type BrowserContext, type Download, type FileChooser, type Page } from '@playwright/test';
import { mkdtemp, rm, mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../main/services';
import { dialogsFromFilesPort } from '../../main/platform/files/dialogs';
import { dispatch } from '../../main/ipc/dispatch';
import { createLensesApi } from '../../main/ipc/api-client';
import { channelNames, type LensesApi, type MenuCommand } from '../../main/ipc/contract';
import { createMemoryFilesPort, testCaller } from '../support/memory-files-port';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import type { Storage, StorageEntry } from '../../main/platform/storage/storage';
import { bundledWebStorage, contentDir, installLenses, projectRoot, rendererDir, webDir, type CallLog } from '../support/lenses-page';
import { serveWeb, type WebServer } from '../../scripts/serve-web.mjs';
import { expectAxeClean } from '../support/axe';

export const screenshotDir = path.join(projectRoot, 'test-results', 'screens');

export type Host = 'desktop' | 'web';

export interface FileToOpen {
  name: string;
  content: string | Uint8Array;
}

export interface HarnessFiles {
  /** The files the next open dialog (desktop) or file chooser (web) gets. */
  willOpen(files: FileToOpen[]): void;
  /** The next file the app saved (a save dialog, or a download on the web) that the test has not read yet. */
  savedFile(): Promise<{ defaultName: string; content: string }>;
}

export type UserStorage = Pick<Storage, 'appendDurably' | 'list'>;

export interface Harness {
  host: Host;
  origin: string;
  /** The contract, for setting up and checking state through the real handlers. */
  api: LensesApi;
  /**
   * What the app has stored, reached beside the app (the user-data folder on the desktop, the
   * app's IndexedDB on the web): for tests that damage a file the way a power cut would.
   */
  userStorage: UserStorage;
  /**
   * Open the app at a hash route and wait for the shell. By default a profile ("Test student") is
   * created and signed in first, through the real handlers; pass `{ profile: null }` to meet the
   * profile gate instead.
   */
  open(hash?: string, options?: { profile?: string | null }): Promise<void>;
  /** Restart the core over the same storage, as closing and opening the app would. */
  restartMain(): Promise<void>;
  /** An application-menu command (desktop only: a browser has no application menu). */
  menu(command: MenuCommand): Promise<void>;
  screenshot(name: string): Promise<string>;
  axe(): Promise<void>;
  files: HarnessFiles;
  /** Calls that reached the handlers (desktop host only), for assertions that nothing happened. */
  calls: CallLog[];
}

interface TestStorageWindow {
  lensesTestStorage: Promise<{ appendDurably(key: string, text: string): Promise<void>; list(folder: string): Promise<StorageEntry[]> }>;
}

interface HostSession {
  harness: Harness;
  /** Let the page's last calls finish, then release everything. */
  dispose(): Promise<void>;
}

interface Fixtures {
  host: Host;
  harness: Harness;
}

const servers = new Map<string, Promise<WebServer>>();
const serve = (root: string) => {
  let server = servers.get(root);
  if (!server) servers.set(root, (server = serveWeb({ root })));
  return server;
};

async function screenshotAndAxe(page: Page, testInfo: { attach(name: string, options: { path: string; contentType: string }): Promise<void> }, prefix: string) {
  await mkdir(screenshotDir, { recursive: true });
  return {
    async screenshot(name: string) {
      const file = path.join(screenshotDir, `${prefix}${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
      return file;
    },
    axe: () => expectAxeClean(page),
  };
}

async function desktopSession(page: Page, testInfo: Parameters<typeof screenshotAndAxe>[1]): Promise<HostSession> {
  const server = await serve(rendererDir);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lenses-e2e-'));
  const files = createMemoryFilesPort();
  const make = () =>
    createServices({ userDataDir, contentDir, appVersion: '0.0.0-test', host: 'test-harness', teacherFiles: files, dialogs: dialogsFromFilesPort(files) });
  let services: Services = await make();
  const calls: CallLog[] = [];
  const installed = await installLenses(page, server.origin, () => services.handlers, calls);
  const api = createLensesApi(
    (channel, input) => dispatch(services.handlers, channel, input, { caller: testCaller }),
    () => () => {},
  );
  let readSaves = 0;
  const harness: Harness = {
    host: 'desktop',
    origin: server.origin,
    api,
    userStorage: createNodeStorage(userDataDir),
    calls,
    async open(hash = '#/library', options = {}) {
      await signIn(api, options.profile);
      // A fresh document each time (a hash-only change would keep the old page's state); a new
      // page is blank already.
      if (page.url() !== 'about:blank') await page.goto('about:blank');
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
    ...(await screenshotAndAxe(page, testInfo, '')),
    files: {
      willOpen: (list) => files.willOpen(list),
      async savedFile() {
        await expect.poll(() => files.saved.length, { message: 'a file was saved' }).toBeGreaterThan(readSaves);
        const saved = files.saved[readSaves]!;
        readSaves += 1;
        return { defaultName: saved.defaultName, content: saved.content };
      },
    },
  };
  return {
    harness,
    async dispose() {
      // The page may still be saving (a draft, the resume point): stop it, let its calls finish,
      // then flush and remove the folder.
      await page.close();
      await installed.settle();
      await services.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The shared worker the web build runs its core in, as Chromium lists it (DevTools protocol). */
async function sharedWorkersOf(browser: Browser, origin: string): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
    return targetInfos.filter((t) => t.type === 'shared_worker' && t.url.startsWith(origin)).length;
  } finally {
    await cdp.detach();
  }
}

async function webSession(page: Page, context: BrowserContext, browser: Browser, testInfo: Parameters<typeof screenshotAndAxe>[1]): Promise<HostSession> {
  const server = await serve(webDir);
  const appUrl = (hash: string) => `${server.origin}/index.html${hash}`;
  // A second tab kept open on the app, so the shared worker (and the profile signed in) lives on
  // while the test's page navigates, as it does for a student moving between screens.
  let keeper: Page | null = null;
  const keep = async (): Promise<Page> => {
    if (keeper) return keeper;
    keeper = await context.newPage();
    // A file saved by a contract call made through `api` downloads in this tab.
    keeper.on('download', (d) => downloads.push(d));
    await keeper.goto(appUrl('#/library'));
    await keeper.waitForFunction(() => window.lenses !== undefined);
    // The test's page stays the tab in front: Chromium throttles timers and animation frames in
    // background tabs, which would slow every step.
    await page.bringToFront();
    return keeper;
  };
  const api = Object.fromEntries(
    channelNames.map((name) => [
      name,
      async (input: unknown) => {
        const tab = await keep();
        const result = await tab.evaluate(
          async ([n, i]) => {
            try {
              return { ok: true as const, value: await (window.lenses as unknown as Record<string, (x: unknown) => Promise<unknown>>)[n]!(i) };
            } catch (error) {
              return { ok: false as const, message: (error as Error).message };
            }
          },
          [name, input] as const,
        );
        if (!result.ok) throw new Error(result.message);
        return result.value;
      },
    ]),
  ) as unknown as LensesApi;

  /** The keeper tab, with the storage module loaded (page.evaluate is not bound by the page's CSP). */
  const withStorage = async (): Promise<Page> => {
    const tab = await keep();
    if (!(await tab.evaluate(() => 'lensesTestStorage' in window))) await tab.evaluate(await bundledWebStorage());
    return tab;
  };

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  let readSaves = 0;
  const errors: string[] = [];
  const harness: Harness = {
    host: 'web',
    origin: server.origin,
    api,
    userStorage: {
      // Through the web build's own storage module, over a second connection to its database.
      async appendDurably(key, text) {
        const tab = await withStorage();
        await tab.evaluate(async ([k, t]) => (await (window as unknown as TestStorageWindow).lensesTestStorage).appendDurably(k, t), [key, text] as const);
      },
      async list(folder) {
        const tab = await withStorage();
        return tab.evaluate(async (f) => (await (window as unknown as TestStorageWindow).lensesTestStorage).list(f), folder);
      },
    },
    calls: [],
    async open(hash = '#/library', options = {}) {
      await signIn(api, options.profile);
      if (page.url() !== 'about:blank') await page.goto('about:blank');
      await page.goto(appUrl(hash));
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    },
    async restartMain() {
      // Close every tab of the app; Chromium then ends the shared worker. Then open the page where
      // it was, as a relaunch would: a new worker starts over the same IndexedDB.
      const where = page.url();
      if (keeper) await keeper.close();
      keeper = null;
      await page.goto('about:blank');
      await expect.poll(() => sharedWorkersOf(browser, server.origin), { message: "the app's shared worker has ended", timeout: 15_000 }).toBe(0);
      if (where.startsWith(server.origin)) await page.goto(where);
    },
    async menu() {
      throw new Error('A browser has no application menu; menu commands are desktop-only.');
    },
    ...(await screenshotAndAxe(page, testInfo, 'web-')),
    files: {
      willOpen(list) {
        // The chooser opens in the tab that made the call: the test's page, or the keeper tab when
        // the test called the contract through `api`. Whichever asks first gets the files.
        const tabs = [page, ...(keeper ? [keeper] : [])];
        const answer = (chooser: FileChooser) => {
          for (const tab of tabs) tab.off('filechooser', answer);
          chooser
            .setFiles(list.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.content) })))
            .catch((error: unknown) => errors.push(String(error)));
        };
        for (const tab of tabs) tab.on('filechooser', answer);
      },
      async savedFile() {
        await expect.poll(() => downloads.length, { message: 'a file was downloaded' }).toBeGreaterThan(readSaves);
        const download = downloads[readSaves]!;
        readSaves += 1;
        const file = await download.path();
        return { defaultName: download.suggestedFilename(), content: await readFile(file, 'utf8') };
      },
    },
  };
  return {
    harness,
    async dispose() {
      expect(errors, 'file chooser errors').toEqual([]);
      if (keeper) await keeper.close();
      await page.close();
    },
  };
}

/** Sign in as `profile` (created when new), or sign out with null. */
async function signIn(api: LensesApi, profile: string | null | undefined): Promise<void> {
  const name = profile === undefined ? 'Test student' : profile;
  if (name === null) {
    await api.closeProfile({});
    return;
  }
  const { profiles } = await api.listProfiles({});
  const existing = profiles.find((p) => p.name === name);
  if (existing) await api.openProfile({ profileId: existing.id });
  else await api.createProfile({ name });
}

export const test = base.extend<Fixtures>({
  host: ['desktop', { option: true }],
  harness: async ({ page, context, browser, host }, use, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const session = host === 'web' ? await webSession(page, context, browser, testInfo) : await desktopSession(page, testInfo);
    await use(session.harness);
    expect(errors, 'uncaught errors in the page').toEqual([]);
    await session.dispose();
  },
});

export { expect };
export type { Page };
