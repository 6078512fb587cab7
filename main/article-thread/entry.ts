/**
 * The desktop's article worker thread: runs import and analysis jobs, one at a time (main/authoring/run-article-job.ts)
 * and posts back its result or the reason it was refused. Started and limited by ./host.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleJob } from '../authoring/article-job';
import { runArticleJob } from '../authoring/run-article-job';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ThreadReply } from './host';

const port = parentPort;
if (!port) throw new Error('The article worker runs only as a worker thread.');

port.on('message', (job: ArticleJob) => {
  runArticleJob(job).then(
    (result) => port.postMessage({ ok: true, result } satisfies ThreadReply),
    (error: unknown) =>
      port.postMessage(
        (error instanceof UserFacingError
          ? { ok: false, code: error.code, message: error.message }
          : { ok: false, internal: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }) satisfies ThreadReply,
      ),
  );
});
