/**
 * Article imports and the analyser on the desktop, off the main process's thread: each job runs in
 * a fresh worker thread with a time limit and a memory limit, and is stopped when it passes either,
 * so a hostile file can neither freeze the window nor exhaust the computer. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../ipc/contract';
import { UserFacingError } from '../ipc/user-facing-error';
import { createSerialQueue } from '../serial-queue';
import { ARTICLE_JOB_TIME_LIMIT_MS, describeJob, tooLong, type ArticleJob, type ArticleJobResult, type ArticleWorker } from '../authoring/article-job';

export type ThreadReply = { ok: true; result: ArticleJobResult } | { ok: false; code: ErrorCode; message: string } | { ok: false; internal: string };

/** The worker's code: a file (the app's build) or the bundled source (tests, the browser test harness). */
export type ThreadScript = { file: string } | { code: string };

export interface ThreadWorkerOptions {
  script: ThreadScript | (() => Promise<ThreadScript>);
  timeLimitMs?: number;
  /** The worker's heap, in MB. */
  memoryLimitMb?: number;
  log?: (message: string, error?: unknown) => void;
}

const ARTICLE_THREAD_MEMORY_MB = 768;
/** The worker's file name beside the built main process (scripts/build-main.mjs). */
const ARTICLE_THREAD_FILE = 'article-worker.cjs';

let bundled: Promise<ThreadScript> | null = null;

/**
 * The built worker beside this bundle, else the source bundled once with esbuild (development and
 * tests). The built file is read here and handed over as code: Electron's fs reads inside the app's
 * asar archive, where a worker thread could not open it by path.
 */
export function articleThreadScript(): Promise<ThreadScript> {
  const beside = typeof __dirname === 'string' ? path.join(__dirname, ARTICLE_THREAD_FILE) : '';
  if (beside && existsSync(beside)) {
    bundled ??= Promise.resolve({ code: readFileSync(beside, 'utf8') });
    return bundled;
  }
  bundled ??= (async () => {
    const esbuild = 'esbuild';
    const { build } = (await import(/* @vite-ignore */ esbuild)) as typeof import('esbuild');
    const out = await build({ entryPoints: [path.resolve('main/article-thread/entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
    return { code: (out.outputFiles[0] as { text: string }).text };
  })();
  return bundled;
}

export interface ThreadArticleWorker extends ArticleWorker {
  /** Stop the thread (the app is closing). */
  close(): Promise<void>;
}

/**
 * Jobs one at a time in one thread, started on first use and kept for the next job (loading the
 * importers takes a moment); a job that passes a limit ends the thread, and the next job starts a
 * fresh one.
 */
export function threadArticleWorker(options: ThreadWorkerOptions): ThreadArticleWorker {
  const timeLimitMs = options.timeLimitMs ?? ARTICLE_JOB_TIME_LIMIT_MS;
  const memoryLimitMb = options.memoryLimitMb ?? ARTICLE_THREAD_MEMORY_MB;
  let thread: Worker | null = null;
  const queue = createSerialQueue();

  const start = async (): Promise<Worker> => {
    if (thread) return thread;
    const script = typeof options.script === 'function' ? await options.script() : options.script;
    const resourceLimits = { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };
    const worker = 'file' in script ? new Worker(script.file, { resourceLimits }) : new Worker(script.code, { eval: true, resourceLimits });
    // An idle thread does not keep the process alive.
    worker.unref();
    worker.once('exit', () => {
      if (thread === worker) thread = null;
    });
    thread = worker;
    return worker;
  };
  const stop = (worker: Worker) => {
    if (thread === worker) thread = null;
    void worker.terminate();
  };

  const run = async (job: ArticleJob): Promise<ArticleJobResult> => {
    const what = describeJob(job);
    const stopped = (reason: string) => new UserFacingError('bad-file', `${what} ${reason} and was stopped. Nothing was added.`);
    const worker = await start();
    return new Promise<ArticleJobResult>((resolve, reject) => {
      const done = (outcome: () => void, end = false) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        worker.unref();
        if (end) stop(worker);
        outcome();
      };
      const onMessage = (reply: ThreadReply) =>
        done(() => {
          if (reply.ok) resolve(reply.result);
          else if ('code' in reply) reject(new UserFacingError(reply.code, reply.message));
          else {
            options.log?.(`article worker failed: ${reply.internal}`);
            reject(stopped('failed: Lenses could not read it'));
          }
        });
      const onError = (error: Error & { code?: string }) =>
        done(() => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(stopped(`needed more memory than Lenses gives one import (${memoryLimitMb} MB)`));
          else {
            options.log?.('article worker failed', error);
            reject(stopped('failed: Lenses could not read it'));
          }
        }, true);
      const onExit = () => done(() => reject(stopped('failed: Lenses could not read it')), true);
      const timer = setTimeout(() => done(() => reject(tooLong(what, timeLimitMs)), true), timeLimitMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      // While a job runs, the thread keeps the process alive (its answer is awaited).
      worker.ref();
      worker.postMessage(job);
    });
  };

  const worker = (job: ArticleJob) => queue(() => run(job));
  return Object.assign(worker, {
    async close() {
      await queue.idle();
      if (thread) await thread.terminate();
      thread = null;
    },
  });
}
