/**
 * Installing the real `window.lenses` in a Playwright page: the preload's own createLensesApi,
 * bundled, over a binding that dispatches to the real main-process handlers in this Node process.
 * Used by the browser end-to-end fixture and by the benchmarks.
 */
import { build, type Plugin } from 'esbuild';
import { channelNamesOnlyForApiClient } from '../../scripts/contract-channel-names.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { dispatch, type Handlers } from '../../main/ipc/dispatch';
import { testCaller } from './memory-files-port';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const rendererDir = path.join(projectRoot, 'dist', 'renderer');
/** The web build (npm run build:web). */
export const webDir = path.join(projectRoot, 'dist', 'web');
export const contentDir = path.join(projectRoot, 'content', 'sets');

/** Project code (TypeScript, imports resolved from the project root) bundled as one script for a page. */
export async function bundleForPage(contents: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    plugins,
    stdin: { contents, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let apiClient: Promise<string> | null = null;
/** The preload's API factory, bundled for the page as the real preload bundles it (the contract's channel names alone): the same code the real preload runs. */
export function bundledApiClient(): Promise<string> {
  apiClient ??= bundleForPage(`
    import { createLensesApi } from './main/ipc/api-client';
    const invoke = window.__lensesInvoke;
    const listeners = new Set();
    window.addEventListener('lenses-test-menu', (e) => { for (const l of listeners) l(e.detail); });
    const api = createLensesApi((channel, input) => invoke(channel, input), (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    });
    Object.defineProperty(window, 'lenses', { value: api, writable: false, configurable: false });
  `, [channelNamesOnlyForApiClient()]);
  return apiClient;
}

let webStorage: Promise<string> | null = null;
/**
 * The web build's own IndexedDB storage, bundled for a page of the app's origin: defines
 * `window.lensesTestStorage` (a second connection to the database the app's worker uses).
 */
export function bundledWebStorage(): Promise<string> {
  webStorage ??= bundleForPage(`
    import { openIndexedDbStorage } from './main/platform/storage/storage.web';
    import { WEB_DATABASE_NAME } from './main/web/worker-protocol';
    window.lensesTestStorage = openIndexedDbStorage({ name: WEB_DATABASE_NAME });
  `);
  return webStorage;
}

export interface CallLog {
  channel: string;
  ok: boolean;
}

export interface InstalledLenses {
  /** Resolves when every call the page has made so far has finished (its writes included). */
  settle(): Promise<void>;
}

/** Wire a page to handlers. `handlers` is read on every call, so a "restart" can swap them. */
export async function installLenses(page: Page, origin: string, handlers: () => Handlers, calls: CallLog[] = []): Promise<InstalledLenses> {
  const inFlight = new Set<Promise<unknown>>();
  await page.exposeBinding('__lensesInvoke', async (source, channel: unknown, input: unknown) => {
    // The sender check main does: only our own page may call.
    if (new URL(source.frame.url()).origin !== origin) {
      return { ok: false, error: { code: 'untrusted-sender', message: 'This call did not come from the Lenses window.' } };
    }
    const call = dispatch(handlers(), channel, input, { caller: testCaller });
    inFlight.add(call);
    try {
      const result = await call;
      calls.push({ channel: String(channel), ok: result.ok });
      return result;
    } finally {
      inFlight.delete(call);
    }
  });
  await page.addInitScript({ content: await bundledApiClient() });
  return {
    async settle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
