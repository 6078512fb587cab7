/**
 * The IndexedDB storage in real Chromium: the module bundled for a blank page served from a real
 * origin (IndexedDB needs one), driven through `window.lensesStorageTest`.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Storage } from '../../main/platform/storage/storage';
import { bundleForPage } from '../support/lenses-page';
import { serveWeb, type WebServer } from '../../scripts/serve-web.mjs';

interface StorageTestApi {
  open(name: string): Promise<Storage>;
  describeStorageError(error: unknown): string;
  /** The storage `open` gave last, for later calls from the test. */
  storage: Storage;
}
type TestWindow = typeof globalThis & { lensesStorageTest: StorageTestApi };

/** What a rejection looked like inside the page (a DOMException does not cross to Node). */
interface Failure {
  name: string;
  described: string;
}

let root = '';
let server: WebServer;

test.beforeAll(async () => {
  const bundle = await bundleForPage(`
    import { openIndexedDbStorage } from './main/platform/storage/storage.web';
    import { describeStorageError } from './main/platform/storage/storage';
    const api = {
      storage: null,
      async open(name) {
        api.storage = await openIndexedDbStorage({ name });
        return api.storage;
      },
      describeStorageError,
    };
    globalThis.lensesStorageTest = api;
  `);
  root = await mkdtemp(path.join(os.tmpdir(), 'lenses-web-storage-'));
  await writeFile(path.join(root, 'storage.js'), bundle);
  await writeFile(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storage test</title><script src="storage.js"></script></head><body></body></html>',
  );
  server = await serveWeb({ root });
});

test.afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Load the blank page and open the storage named "lenses" in it. */
async function openStorage(page: Page): Promise<void> {
  await page.goto(`${server.origin}/index.html`);
  await page.evaluate(() => (globalThis as TestWindow).lensesStorageTest.open('lenses').then(() => undefined));
}

test.describe('web storage (IndexedDB in Chromium)', () => {
  test('data written survives a reload', async ({ page }) => {
    await openStorage(page);
    await page.evaluate(async () => {
      const s = (globalThis as TestWindow).lensesStorageTest.storage;
      await s.writeAtomically('profiles/p1/profile.json', '{"name":"أمل"}\n');
      await s.appendDurably('profiles/p1/attempts.jsonl', '{"n":1}\n');
      await s.appendDurably('profiles/p1/attempts.jsonl', '{"n":2,"note":"שלום 👋"}\n');
      await s.writeAtomically('blobs/x.bin', new Uint8Array([0, 255, 10]));
    });
    await page.reload();
    await page.evaluate(() => (globalThis as TestWindow).lensesStorageTest.open('lenses').then(() => undefined));
    const after = await page.evaluate(async () => {
      const s = (globalThis as TestWindow).lensesStorageTest.storage;
      return {
        profile: await s.readText('profiles/p1/profile.json'),
        attempts: await s.readText('profiles/p1/attempts.jsonl'),
        bytes: Array.from((await s.readBytes('blobs/x.bin')) ?? []),
        top: await s.list(''),
        p1: await s.list('profiles/p1'),
      };
    });
    expect(after).toEqual({
      profile: '{"name":"أمل"}\n',
      attempts: '{"n":1}\n{"n":2,"note":"שלום 👋"}\n',
      bytes: [0, 255, 10],
      top: [
        { name: 'blobs', folder: true },
        { name: 'profiles', folder: true },
      ],
      p1: [
        { name: 'attempts.jsonl', folder: false },
        { name: 'profile.json', folder: false },
      ],
    });
  });

  test('two tabs appending to the same key at once lose nothing and keep every line whole', async ({ page }) => {
    const other = await page.context().newPage();
    await Promise.all([openStorage(page), openStorage(other)]);
    const appendFrom = (tab: Page, name: string) =>
      tab.evaluate(async (name) => {
        const s = (globalThis as TestWindow).lensesStorageTest.storage;
        await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            s.appendDurably('profiles/p1/attempts.jsonl', `${JSON.stringify({ tab: name, i, text: `${name}-${i} `.repeat(20) })}\n`),
          ),
        );
      }, name);
    await Promise.all([appendFrom(page, 'A'), appendFrom(other, 'B')]);
    const stored = (await page.evaluate(() => (globalThis as TestWindow).lensesStorageTest.storage.readText('profiles/p1/attempts.jsonl')))!;
    const lines = stored.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(400);
    const seen = lines.map((line) => {
      const record = JSON.parse(line) as { tab: string; i: number; text: string };
      expect(record.text).toBe(`${record.tab}-${record.i} `.repeat(20));
      return `${record.tab}${record.i}`;
    });
    const expected = ['A', 'B'].flatMap((tab) => Array.from({ length: 200 }, (_, i) => `${tab}${i}`));
    expect(seen.sort()).toEqual(expected.sort());
    await other.close();
  });

  test('a full quota rejects with a clear message, and what was stored before is intact', async ({ page }) => {
    await openStorage(page);
    // Chromium takes its view of the quota at an origin's first IndexedDB write: set it before that.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 1024 * 1024 });
    try {
      const result = await page.evaluate(async () => {
        const api = (globalThis as TestWindow).lensesStorageTest;
        const s = api.storage;
        await s.writeAtomically('profiles/p1/profile.json', '{"name":"Sam"}\n');
        await s.appendDurably('profiles/p1/attempts.jsonl', '{"n":1}\n');
        const big = `${'x'.repeat(1023)}\n`.repeat(4 * 1024); // 4 MB
        const failure = (e: unknown): Failure => ({ name: (e as { name?: string }).name ?? String(e), described: api.describeStorageError(e) });
        const attempt = (f: () => Promise<void>) => f().then(() => null, failure);
        return {
          failures: [
            await attempt(() => s.writeAtomically('profiles/p1/profile.json', big)),
            await attempt(() => s.appendDurably('profiles/p1/attempts.jsonl', big)),
            await attempt(() => s.writeAtomically('profiles/p1/new.json', big)),
          ],
          profile: await s.readText('profiles/p1/profile.json'),
          attempts: await s.readText('profiles/p1/attempts.jsonl'),
          added: await s.readText('profiles/p1/new.json'),
        };
      });
      const full = { name: 'QuotaExceededError', described: expect.stringMatching(/browser's storage for Lenses is full/) };
      expect(result).toEqual({ failures: [full, full, full], profile: '{"name":"Sam"}\n', attempts: '{"n":1}\n', added: null });
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin });
    }
    // A small append still fits: the same storage goes on working after the failures.
    const later = await page.evaluate(async () => {
      const s = (globalThis as TestWindow).lensesStorageTest.storage;
      await s.appendDurably('profiles/p1/attempts.jsonl', '{"n":2}\n');
      return s.readText('profiles/p1/attempts.jsonl');
    });
    expect(later).toBe('{"n":1}\n{"n":2}\n');
  });

  test('a write that fails is reported, and the earlier data is intact afterwards', async ({ page }) => {
    await openStorage(page);
    const result = await page.evaluate(async () => {
      const api = (globalThis as TestWindow).lensesStorageTest;
      const s = api.storage;
      await s.writeAtomically('profiles/p1/profile.json', '{"v":1}\n');
      await s.appendDurably('profiles/p1/attempts.jsonl', '{"n":1}\n');
      const failure = (e: unknown): Failure => ({ name: (e as { name?: string }).name ?? String(e), described: api.describeStorageError(e) });
      // Each of these fails inside its transaction: writing a file where a folder is, appending under a file.
      const folderClash = await s.writeAtomically('profiles/p1', 'x').then(() => null, failure);
      const underFile = await s.appendDurably('profiles/p1/profile.json/x.jsonl', 'x\n').then(() => null, failure);
      const missing = await s.rename('profiles/nobody', 'profiles/somebody').then(() => null, failure);
      return {
        folderClash,
        underFile,
        missing,
        profile: await s.readText('profiles/p1/profile.json'),
        attempts: await s.readText('profiles/p1/attempts.jsonl'),
        list: await s.list('profiles/p1'),
      };
    });
    expect(result.folderClash?.name).toBe('InvalidModificationError');
    expect(result.underFile?.name).toBe('InvalidModificationError');
    expect(result.missing?.name).toBe('NotFoundError');
    expect(result.profile).toBe('{"v":1}\n');
    expect(result.attempts).toBe('{"n":1}\n');
    expect(result.list).toEqual([
      { name: 'attempts.jsonl', folder: false },
      { name: 'profile.json', folder: false },
    ]);
  });

  test('when another tab upgrades the database, this one lets go and its calls say why', async ({ page }) => {
    const other = await page.context().newPage();
    await openStorage(page);
    await page.evaluate(() => (globalThis as TestWindow).lensesStorageTest.storage.writeAtomically('a.json', '{"kept":true}'));
    await other.goto(`${server.origin}/index.html`);
    // A newer build opening version 2 is not blocked: the old connection closes on versionchange.
    const upgraded = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('lenses', 2);
          open.onblocked = () => resolve('blocked');
          open.onerror = () => resolve(`error ${open.error?.name}`);
          open.onsuccess = () => {
            const tx = open.result.transaction('files');
            const get = tx.objectStore('files').get('a.json');
            get.onsuccess = () => resolve(get.result ? 'upgraded, data there' : 'upgraded, data missing');
          };
        }),
    );
    expect(upgraded).toBe('upgraded, data there');
    const failure = await page.evaluate(async () => {
      const api = (globalThis as TestWindow).lensesStorageTest;
      return api.storage.writeAtomically('a.json', 'x').then(
        () => null,
        (e: unknown) => ({ name: (e as { name?: string }).name ?? String(e), described: api.describeStorageError(e) }),
      );
    });
    expect(failure).toEqual({ name: 'VersionError', described: expect.stringMatching(/newer version of Lenses is open in another tab/) });
    await other.close();
  });
});
