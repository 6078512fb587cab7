/**
 * The web build's core runs article jobs in its own worker and loads their code (the importers,
 * the analyser) with the first job: that code is not on the way to the first screen, and a job
 * whose code cannot be loaded is refused in words a teacher can act on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build } from 'esbuild';
import path from 'node:path';
import type { ArticleJob } from '../../main/authoring/article-job';

const pastedJob: ArticleJob = {
  kind: 'import',
  sources: [{ kind: 'pasted', text: 'Harbour fares rise\n\nThe ferry board said on Monday that fares would rise by 10 percent.' }],
  draft: { articles: [], links: [], nextId: 1 },
};

afterEach(() => {
  vi.doUnmock('../../main/authoring/run-article-job');
  vi.resetModules();
});

describe('article jobs in the web build’s worker', () => {
  it('import pasted text with the analyser’s proposals, the job’s code loaded with the job', async () => {
    const { inThreadArticleWorker } = await import('../../main/authoring/in-thread-article-worker');
    const result = await inThreadArticleWorker()(pastedJob);
    expect(result.added).toHaveLength(1);
    const texts = result.added[0]!.proposals.map((p) => p.kind);
    expect(texts).toContain('attribution');
    expect(texts).toContain('number');
  });

  it('refuse a job whose code cannot be loaded (offline before the app was stored), saying what to do', async () => {
    vi.doMock('../../main/authoring/run-article-job', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { inThreadArticleWorker } = await import('../../main/authoring/in-thread-article-worker');
    // The same module instance the worker's code sees (modules are loaded afresh for each test).
    const { UserFacingError } = await import('../../main/ipc/user-facing-error');
    const refused = await inThreadArticleWorker()(pastedJob).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect((refused as InstanceType<typeof UserFacingError>).code).toBe('unavailable');
    expect((refused as Error).message).toBe('Lenses could not load the part that imports articles. Check that this computer is online, reload the page and try again. Nothing was added.');
  });

  it('leave the analyser and the importers’ libraries out of the code the worker starts with', { timeout: 60_000 }, async () => {
    // The worker bundled as the web build splits it: what its entry loads before it runs, and the rest.
    const out = await build({
      entryPoints: ['main/web/worker.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
      define: { __LENSES_VERSION__: '"test"' },
      alias: { '@acemir/cssom': path.resolve('node_modules/@acemir/cssom/lib/index.js') },
      // The shipped sets come through Vite's import.meta.glob, which esbuild does not have: none here.
      plugins: [{ name: 'no-shipped-sets', setup: (b) => b.onLoad({ filter: /[\\/]main[\\/]web[\\/]shipped-sets\.ts$/ }, () => ({ contents: 'export const bundledShippedSets = () => ({ load: async () => [], preparedView: async () => null });', loader: 'ts' })) }],
    });
    const outputs = out.metafile.outputs;
    const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === 'main/web/worker.ts');
    if (!entry) throw new Error('no output for the worker’s entry');
    // Every file the entry needs before it runs: itself and the chunks it imports statically, and theirs.
    const startup = new Set<string>();
    const visit = (file: string) => {
      if (startup.has(file)) return;
      startup.add(file);
      for (const imported of outputs[file]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(entry);
    const startupInputs = [...startup].flatMap((file) => Object.keys(outputs[file]!.inputs));
    expect(startupInputs).toContain('main/core.ts');
    const jobCode = /^(?:content\/analysis\/|content\/authoring\/(?:proposals|links)\.ts|node_modules\/(?:linkedom|mammoth|@mozilla\/readability)\/)/u;
    expect(startupInputs.filter((input) => jobCode.test(input))).toEqual([]);
    // …and the job's code is there, loaded later.
    expect(Object.values(outputs).some((o) => Object.keys(o.inputs).includes('content/analysis/analyze.ts'))).toBe(true);
  });
});
