/**
 * The web build (dist/web, `npm run build:web`) in real Chromium, served as static files: the core
 * runs in a worker over IndexedDB, files are downloads and file pickers, and the service worker
 * keeps it working offline. Each test has a fresh browser context (its own IndexedDB and caches).
 */
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../support/lenses-page';
import { expectAxeClean } from '../support/axe';
import { serveWeb, type WebServer } from '../../scripts/serve-web.mjs';
import { createSeedAssignment, exportedText, unlockedTeacher, TEACHER_PIN } from '../support/assignments';

const webDir = path.join(projectRoot, 'dist', 'web');
const screens = path.join(projectRoot, 'test-results', 'screens');
const SET_TITLE = 'Gaza war and ceasefire talks, 2023–24';

let server: WebServer;
test.beforeAll(async () => {
  if (!existsSync(path.join(webDir, 'sw.js'))) throw new Error('There is no web build in dist/web: run "npm run build:web" first.');
  server = await serveWeb({ root: webDir });
});
test.afterAll(async () => {
  await server?.close();
});

/** Uncaught errors in a page fail the test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function createProfile(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

async function answerSumRight(page: Page, origin = server.origin) {
  await page.goto(`${origin}/index.html#/exercises/gaza-2023-24/num-choice-sum?family=numbers`);
  await page.getByRole('radio', { name: /Yes: 81 \+ 24 = 105/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

test('the library shows the seed set, in the web host, with the storage notice; axe finds nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/index.html`);
  await createProfile(page, 'Web student');
  await expect(page.getByRole('heading', { name: SET_TITLE })).toBeVisible();
  expect(await page.evaluate(() => window.lenses?.getAppInfo({}))).toMatchObject({ name: 'Lenses', host: 'web' });

  // Headless Chromium does not grant persistent storage to a site it has never seen: the notice says so.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  const notice = page.getByRole('complementary', { name: 'Your data in this browser' });
  if (persisted) await expect(notice).toHaveCount(0);
  else {
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button', { name: 'Export my progress' })).toBeVisible();
  }
  await expectAxeClean(page);
  await mkdir(screens, { recursive: true });
  await page.screenshot({ path: path.join(screens, 'web-library.png'), fullPage: true });
  if (!persisted) {
    // Hidden, it stays hidden for the rest of the browser session, on the next page load too.
    await notice.getByRole('button', { name: 'Hide this note about browser storage' }).click();
    await expect(notice).toHaveCount(0);
    // Once the page has its answer on persistence (and drawn twice since), the notice would be there.
    const settled = (p: Page) => p.evaluate(() => navigator.storage.persisted().then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
    await settled(page);
    await expect(notice).toHaveCount(0);
    // A new tab is a new session: there it shows.
    const other = await page.context().newPage();
    await other.goto(`${server.origin}/index.html`);
    await expect(other.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
    await settled(other);
    await expect(other.getByRole('complementary', { name: 'Your data in this browser' })).toBeVisible();
    await other.close();
  }
  expect(errors).toEqual([]);
});

test('installable: loads with no failed resource or console error; Chromium reads the manifest and finds it installable; the service worker keeps its files', async ({ page }) => {
  const errors = watchErrors(page);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText ?? 'no reason'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await page.goto(`${server.origin}/index.html`);
  await createProfile(page, 'Chromebook student');
  await expect(page.getByRole('heading', { name: SET_TITLE })).toBeVisible();

  // What the head links (manifest, favicon, apple-touch-icon) is there, relative to the page.
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="manifest"], link[rel="icon"], link[rel="apple-touch-icon"]')].map((l) => ({ rel: l.rel, href: l.getAttribute('href') ?? '', url: l.href })),
  );
  expect(links.map((l) => l.rel).sort()).toEqual(['apple-touch-icon', 'icon', 'manifest']);
  for (const link of links) {
    expect(link.href, link.rel).toMatch(/^\.\//u);
    expect((await page.request.get(link.url)).status(), link.url).toBe(200);
  }
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /attribution, framing and differing numbers/u);

  // Chromium's own reading of the manifest, and its verdict on installing the app.
  const cdp = await page.context().newCDPSession(page);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: Array<{ message: string }>; data?: string };
  expect(manifest.url).toBe(`${server.origin}/manifest.webmanifest`);
  expect(manifest.errors.map((e) => e.message)).toEqual([]);
  const installability = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: Array<{ errorId: string }> };
  // Playwright's contexts are off the record, which Chromium reports as "in-incognito": about the browser, not the app.
  expect(installability.installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  // Offline, the app keeps its manifest and icons too.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const name = (await caches.keys()).find((n) => n.startsWith('lenses-'));
    if (!name) return [];
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached).toEqual(
    expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/robots.txt', '/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png', '/icons/apple-touch-icon.png']),
  );
  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
});

test('progress is kept across a reload and a new visit; exporting it downloads a file that parses', async ({ context, page }) => {
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/index.html`);
  await createProfile(page, 'Amira');
  await answerSumRight(page);

  // A reload of the only tab starts the core again, as a restart of the desktop app would: choose the profile again.
  await page.reload();
  await page.getByRole('button', { name: /Amira/ }).click();
  // The profile opens where she was (the exercise), and only then does she go to Progress.
  await expect(page.getByRole('heading', { level: 1, name: /^Exercise \d+$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress: Amira' })).toBeVisible();
  await expect(page.getByText('1 attempt saved in this browser.')).toBeVisible();

  // Every tab closed (the core stops), then a new visit: the profile and its attempt come back from IndexedDB.
  await page.close();
  const again = await context.newPage();
  const moreErrors = watchErrors(again);
  await again.goto(`${server.origin}/index.html#/progress`);
  await expect(again.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await again.getByRole('button', { name: /Amira/ }).click();
  await expect(again.getByRole('heading', { level: 1, name: 'Progress: Amira' })).toBeVisible();
  await expect(again.getByText('1 attempt saved in this browser.')).toBeVisible();

  const exported = await downloadText(again, () => again.getByRole('button', { name: 'Export my progress…' }).click());
  await expect(again.getByText(/Saved your progress to your downloads/)).toBeVisible();
  expect(exported.name).toMatch(/\.json$/u);
  const progressFile = JSON.parse(exported.text) as { profile?: { name?: string }; attempts?: Array<{ exerciseId: string; correct: boolean }> };
  expect(progressFile.attempts).toEqual([expect.objectContaining({ exerciseId: 'num-choice-sum', correct: true })]);

  // The notice's one-click export gives the same file.
  const notice = again.getByRole('complementary', { name: 'Your data in this browser' });
  if ((await notice.count()) > 0) {
    const fromNotice = await downloadText(again, () => notice.getByRole('button', { name: 'Export my progress' }).click());
    expect(JSON.parse(fromNotice.text)).toMatchObject({ attempts: [{ exerciseId: 'num-choice-sum' }] });
  }
  expect([...errors, ...moreErrors]).toEqual([]);
});

test('after the first visit it loads and works offline (service worker)', async ({ context, page }) => {
  // Its own server, stopped before going offline: nothing can come from the network.
  const own = await serveWeb({ root: webDir });
  try {
    await page.goto(`${own.origin}/index.html`);
    await createProfile(page, 'Offline student');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  } finally {
    await own.close();
  }
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // The page and its scripts came from this version's cache, answered by the browser itself
  // (static routes): the worker's script is not run for each file.
  const sources = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .filter((e) => /index\.html|\.js$/u.test(e.name))
      .map((e) => (e as PerformanceResourceTiming & { workerFinalSourceType?: string }).workerFinalSourceType),
  );
  expect(sources.length).toBeGreaterThan(1);
  expect(new Set(sources)).toEqual(new Set(['cache']));
  await page.getByRole('button', { name: /Offline student/ }).click();
  await expect(page.getByRole('heading', { name: SET_TITLE })).toBeVisible();
  await answerSumRight(page, own.origin);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

test('an assignment opens from the file picker and by dropping the file on the window', async ({ page }) => {
  const errors = watchErrors(page);
  const teacher = await unlockedTeacher();
  const practice = await exportedText(teacher, await createSeedAssignment(teacher.handlers, 'practice', { title: 'Web practice', exerciseIds: ['num-choice-sum'] }));
  const quiz = await exportedText(teacher, await createSeedAssignment(teacher.handlers, 'assessment', { title: 'Web quiz', exerciseIds: ['num-choice-sum'] }));

  await page.goto(`${server.origin}/index.html`);
  await createProfile(page, 'Student A');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open an assignment file…' }).click()]);
  expect(chooser.isMultiple()).toBe(false);
  expect(await chooser.element().getAttribute('accept')).toBe('.lensesassignment');
  await chooser.setFiles({ name: 'web-practice.lensesassignment', mimeType: 'application/octet-stream', buffer: Buffer.from(practice) });
  await expect(page.getByRole('heading', { level: 1, name: 'Web practice' })).toBeVisible();

  // Answer, then hand in: the results file is a download.
  await page.getByRole('link', { name: 'Start' }).click();
  await page.getByRole('radio', { name: /Yes: 81 \+ 24 = 105/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the assignment' }).click();
  const results = await downloadText(page, () => page.getByRole('button', { name: 'Save my results to hand in…' }).click());
  expect(results.name).toMatch(/\.lensesresults$/u);
  expect(JSON.parse(results.text)).toMatchObject({ student: { name: 'Student A' } });

  // A file dropped on the window opens like "Open an assignment file…".
  await page.goto(`${server.origin}/index.html#/library`);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'web-quiz.lensesassignment'));
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, quiz);
  await expect(page.getByRole('heading', { level: 1, name: 'Web quiz' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the class overview exports its CSV as a download and prints through the print view', async ({ page }) => {
  await page.addInitScript(() => {
    // The print dialog cannot be seen headless: count the calls instead.
    const w = window as unknown as { __printed: number; print: () => void };
    w.__printed = 0;
    w.print = () => {
      w.__printed += 1;
    };
  });
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/index.html`);
  await createProfile(page, 'Student B');
  // Teacher side through the contract, as the screens would: a PIN, an assignment, one student's results.
  const id = await page.evaluate(async (pin) => {
    const api = window.lenses!;
    await api.setTeacherPin({ pin });
    const { set, exercises } = await api.getArticleSet({ id: 'gaza-2023-24' });
    const created = await api.createAssignment({
      title: 'Web class',
      instructions: 'Answer.',
      setId: set.id,
      articleIds: set.articles.map((a) => a.id),
      exerciseIds: exercises.slice(0, 2).map((e) => e.id),
      due: null,
      attemptsAllowed: null,
      mode: 'practice',
    });
    return created.id;
  }, TEACHER_PIN);
  await page.goto(`${server.origin}/index.html#/teacher/a/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Web class' })).toBeVisible();

  const csv = await downloadText(page, () => page.getByRole('button', { name: 'Export spreadsheet (CSV)…' }).click());
  expect(csv.name).toMatch(/\.csv$/u);
  const rows = parse(csv.text.replace(/^\uFEFF/u, '')) as string[][];
  expect(rows.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByText(/Saved the spreadsheet \(CSV\) to your downloads/)).toBeVisible();

  await page.getByRole('button', { name: 'Save report as PDF…' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  // Back on the class results once the print dialog closed.
  await expect(page.getByRole('heading', { level: 1, name: 'Web class' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe(`#/teacher/a/${id}`);
  expect(errors).toEqual([]);
});

test('two tabs share one core: both tabs’ answers are kept, and a profile switch shows in both', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(`${server.origin}/index.html`);
  await two.goto(`${server.origin}/index.html`);
  // Background tabs are throttled: bring each to the front before using it, as a person would.
  await one.bringToFront();
  await createProfile(one, 'Tab student');
  // The other tab may not go on as before: the core has one current profile. It reloads to show it.
  await two.bringToFront();
  const switched = two.getByRole('dialog', { name: 'The profile was switched in another tab' });
  await expect(switched).toBeVisible();
  await two.screenshot({ path: path.join(screens, 'web-profile-switched.png') });
  await switched.getByRole('button', { name: 'Reload this tab' }).click();
  await expect(two.getByText('Tab student')).toBeVisible();
  await one.bringToFront();

  await answerSumRight(one);
  await two.bringToFront();
  await two.goto(`${server.origin}/index.html#/exercises/gaza-2023-24/attr-choice-qatar-statement`);
  await two.getByRole('radio').first().check();
  await two.getByRole('button', { name: 'Check answer' }).click();
  await expect(two.getByRole('status').filter({ hasText: /Correct|Not quite|Partly/ })).toBeVisible();

  await one.bringToFront();
  await one.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(one.getByText('2 attempts saved in this browser.')).toBeVisible();
});

test('without SharedWorker, a second tab waits with a plain message until the first one closes', async ({ context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'SharedWorker', { value: undefined, configurable: true });
  });
  const first = await context.newPage();
  await first.goto(`${server.origin}/index.html`);
  await createProfile(first, 'Only one');
  const second = await context.newPage();
  await second.goto(`${server.origin}/index.html`);
  const message = second.getByRole('alert').filter({ hasText: 'Lenses is open in another tab' });
  await expect(message).toBeVisible();
  await second.screenshot({ path: path.join(screens, 'web-waiting-for-tab.png') });
  await first.close();
  await second.bringToFront();
  await expect(message).toHaveCount(0);
  await expect(second.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await second.getByRole('button', { name: /Only one/ }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

