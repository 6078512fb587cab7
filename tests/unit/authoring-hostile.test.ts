/**
 * Hostile and oversized article files (made here, at test time): each is refused with a message
 * that names the file and the reason, or imported, and never freezes the desktop's main thread or
 * saves half an import. How long each takes is measured by `npm run bench` (tests/bench/hostile-import.bench.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { importPickedFile, MAX_ARTICLE_WORDS } from '../../main/authoring/import-article';
import { stripInlineMarkdown } from '../../main/authoring/markdown-inline';
import { deadlineAfter, type ArticleJob } from '../../main/authoring/article-job';
import { runArticleJob } from '../../main/authoring/run-article-job';
import { articleThreadScript, threadArticleWorker } from '../../main/article-thread/host';
import { pickedFromText } from '../../main/platform/files/files';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { largeText, nestedDivs, stripByOldPatterns, SVG_ROOTED_HTML, unclosedMarkdownLine, wordZipBomb } from '../support/hostile-files';
import { unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

async function refusal(name: string, content: string | Uint8Array): Promise<string> {
  try {
    await importPickedFile(pickedFromText(name, content));
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('bad-file');
    return (error as Error).message;
  }
  throw new Error(`“${name}” was not refused`);
}

const fileJob = (name: string, content: string | Uint8Array): ArticleJob => ({
  kind: 'import',
  sources: [{ kind: 'file', name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content }],
  draft: { articles: [], links: [], nextId: 1 },
});

describe('hostile article files are refused by name, with the reason', () => {
  it('a Word zip bomb (52 KB that expands to 50 MB) is refused from its table of contents', async () => {
    const bomb = wordZipBomb(50 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal('bomb.docx', bomb)).toBe('“bomb.docx” could not be imported: its text would expand to 50 MB, more than the 8 MB an article can take.');
  });

  it('a Word file whose table of contents lies about its size is refused while it is expanded, at the limit', async () => {
    const liar = wordZipBomb(30 * 1024 * 1024, { declaredSize: 2000 });
    expect(await refusal('liar.docx', liar)).toBe('“liar.docx” could not be imported: its text expands to more than the 8 MB an article can take.');
  });

  it('a Word file that declares a part of 4 GB is refused', async () => {
    expect(await refusal('huge.docx', wordZipBomb(4000, { declaredSize: 0xffffffff }))).toMatch(/^“huge\.docx” could not be imported: its text would expand to 4096 MB, more than the 8 MB/u);
  });

  it('a page nested 2,000 and 5,000 <div>s deep is refused before Readability reads it', async () => {
    for (const depth of [2000, 5000]) {
      expect(await refusal(`deep-${depth}.html`, nestedDivs(depth))).toBe(
        `“deep-${depth}.html” could not be imported: the page's parts are nested too deep for Lenses to find the article in it (more than 100 levels); save the article alone and try again.`,
      );
    }
  });

  it('a page nested 90 deep is still read', { timeout: 60_000 }, async () => {
    const r = await importPickedFile(pickedFromText('nested.html', nestedDivs(90)));
    expect(r.blocks.map((b) => b.text)).toContain('Officials said the river rose two metres overnight, and about 60 homes were damaged.');
  });

  it('an SVG image named .html is refused by name', async () => {
    expect(await refusal('chart.html', SVG_ROOTED_HTML)).toBe('“chart.html” could not be imported: it is an SVG image, not a web page.');
  });

  it('a 4.9 MB text file is refused for its length, which the message gives', async () => {
    const text = largeText(4.9 * 1024 * 1024);
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    expect(await refusal('everything.txt', text)).toBe(
      '“everything.txt” could not be imported: it is longer than an article Lenses can import (more than 20,000 words); import the article alone, or split it into parts.',
    );
    expect(MAX_ARTICLE_WORDS).toBe(20_000);
  });

  it('a 90 KB Markdown line of unclosed marks is imported as written', async () => {
    const md = unclosedMarkdownLine(90 * 1024);
    const r = await importPickedFile(pickedFromText('marks.md', md));
    expect(r.blocks[0]).toMatchObject({ kind: 'headline', text: 'Marks that never close' });
    expect(r.blocks[1]?.text.startsWith('The river rose, officials said. **ab[cd_ef*gh **ab[cd_ef*gh')).toBe(true);
    expect(r.blocks[1]?.text.length).toBeGreaterThan(90 * 1024);
  });
});

describe('Markdown inline markup in linear time', () => {
  // The patterns the linear scanner replaced: it must give the same text for any line.
  it('gives the same words as the patterns it replaced', () => {
    expect(stripInlineMarkdown('A **bold** claim, _stressed_ words, `code`, a [link](https://example.org) and ![a picture](x.png) in snake_case.')).toBe(
      'A bold claim, stressed words, code, a link and  in snake_case.',
    );
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['*', '**', '_', '__', '[', ']', '(', ')', '!', '`', 'a', 'b', ' ', 'é'];
    for (let n = 0; n < 5_000; n += 1) {
      let line = '';
      for (let i = 1 + Math.floor(random() * 14); i > 0; i -= 1) line += pieces[Math.floor(random() * pieces.length)];
      expect(stripInlineMarkdown(line), JSON.stringify(line)).toBe(stripByOldPatterns(line));
    }
  });
});

describe('the desktop runs imports in a worker thread', () => {
  it('with the main thread free while the analyser works', { timeout: 120_000 }, async () => {
    const worker = threadArticleWorker({ script: articleThreadScript });
    // Start the thread first, so the count below is about the job, not about loading the code.
    await worker(fileJob('warm-up.txt', 'River floods\nAbout 60 homes were damaged, police said on Wednesday.\n'));
    const article = largeText(40 * 1024);
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await worker(fileJob('long-report.txt', article)).finally(() => {
      running = false;
    });
    expect(result.added).toHaveLength(1);
    expect(result.added[0]?.proposals.length).toBeGreaterThan(300);
    // The main thread answered many times while the thread read and analysed the file.
    expect(ticks).toBeGreaterThan(50);
    await worker.close();
  });

  it('stops a job that passes the time limit, says so plainly, and runs the next job in a fresh thread', { timeout: 120_000 }, async () => {
    const script = await articleThreadScript();
    const hasty = threadArticleWorker({ script, timeLimitMs: 1 });
    await expect(hasty(fileJob('report.txt', largeText(20 * 1024)))).rejects.toThrow(/^Importing “report\.txt” took too long \(more than 1 ms\) and was stopped\. Nothing was added\.$/u);
    const patient = threadArticleWorker({ script });
    expect((await patient(fileJob('report.txt', largeText(2 * 1024)))).added).toHaveLength(1);
    await Promise.all([hasty.close(), patient.close()]);
  });

  it('stops a job that passes the memory limit, says so plainly', { timeout: 120_000 }, async () => {
    const worker = threadArticleWorker({ script: articleThreadScript, memoryLimitMb: 16 });
    await expect(worker(fileJob('page.html', `<html><body>${'<p>About 60 homes were damaged, officials said.</p>'.repeat(25_000)}</body></html>`))).rejects.toThrow(
      /^Importing “page\.html” needed more memory than Lenses gives one import \(16 MB\) and was stopped\. Nothing was added\.$/u,
    );
    await worker.close();
  });
});

describe('the web build runs imports in its core’s worker', () => {
  it('with the same size checks, and a deadline checked between steps', async () => {
    const two: ArticleJob = {
      kind: 'import',
      sources: [
        { kind: 'file', name: 'first.txt', bytes: new TextEncoder().encode(largeText(1024)) },
        { kind: 'file', name: 'deep.html', bytes: new TextEncoder().encode(nestedDivs(2000)) },
      ],
      draft: { articles: [], links: [], nextId: 1 },
    };
    await expect(runArticleJob(two)).rejects.toThrow(/^“deep\.html” could not be imported: the page's parts are nested too deep/u);
    // A clock that moves 700 ms each time it is read: the limit (1 s) passes after the first file.
    let t = 0;
    const clock = () => (t += 700);
    await expect(runArticleJob({ ...two, sources: two.sources.slice(0, 1).concat(two.sources.slice(0, 1)) }, deadlineAfter(1000, clock))).rejects.toThrow(
      /^Importing “first\.txt” took too long \(more than 1 second\) and was stopped\. Nothing was added\.$/u,
    );
  });
});

describe('a refused file saves nothing', () => {
  it('one hostile file among good ones adds no article, and the draft reads as before', { timeout: 120_000 }, async () => {
    const t = await unlockedTeacher();
    const { draft } = await t.handlers.createDraft({ title: 'Alder flood', description: 'Reports of one flood.', topic: 'Local news' });
    const good = await readFile(path.resolve('tests/fixtures/authoring/river-report.txt'), 'utf8');
    t.files.willOpen([
      { name: 'river-report.txt', content: good },
      { name: 'bomb.docx', content: wordZipBomb(20 * 1024 * 1024) },
    ]);
    const r = await dispatch(t.handlers, 'addArticlesFromFiles', { draftId: draft.id }, { caller: testCaller });
    expect(r).toEqual({ ok: false, error: { code: 'bad-file', message: expect.stringMatching(/^“bomb\.docx” could not be imported: its text would expand to 20 MB/u) } });
    const after = await t.handlers.getDraft({ draftId: draft.id });
    expect(after.draft.articles).toEqual([]);
    expect(after.draft.updatedAt).toBe(draft.updatedAt);
  });
});
