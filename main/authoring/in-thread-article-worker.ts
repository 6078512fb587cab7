/**
 * Article jobs run in this thread with a deadline between steps: the web build's core, already in
 * a worker. The job's code (./run-article-job.ts: the importers, the analyser) is loaded with the
 * first job, not when the core starts: the first screen does not need it.
 */
import { ARTICLE_JOB_TIME_LIMIT_MS, deadlineAfter, type ArticleWorker } from './article-job';
import { UserFacingError } from '../ipc/user-facing-error';

/** The deadline counts the loading; a failure to load, as offline before the app was stored in full, is said as such. */
export function inThreadArticleWorker(timeLimitMs = ARTICLE_JOB_TIME_LIMIT_MS): ArticleWorker {
  return async (job) => {
    const checkTime = deadlineAfter(timeLimitMs);
    const run = await import('./run-article-job').then(
      (m) => m.runArticleJob,
      () => {
        throw new UserFacingError('unavailable', 'Lenses could not load the part that imports articles. Check that this computer is online, reload the page and try again. Nothing was added.');
      },
    );
    return run(job, checkTime);
  };
}
