/**
 * Adding articles to a draft as one job over plain data (the job itself: ./run-article-job.ts):
 * what a job is, its time limit and how it is described in messages. The desktop runs a job in a
 * worker thread with a time and memory limit (main/article-thread/), so a hostile file cannot
 * freeze the window; the web build runs it in its core's worker (./in-thread-article-worker.ts),
 * with the same size checks and a deadline checked between steps. The job never writes anything:
 * the handler saves its result in one step, or nothing.
 */
import type { Draft, DraftArticle, DraftLink } from '../../content/authoring/draft';
import { UserFacingError } from '../ipc/user-facing-error';
import { idFromText } from '../../content/logic/file-names';

/** A file's name and bytes (read by the host), or text the teacher pasted. */
export type ArticleSource = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'pasted'; text: string };

/** The parts of the draft a job reads. */
type DraftSnapshot = Pick<Draft, 'articles' | 'links' | 'nextId'>;

export type ArticleJob = { kind: 'import'; sources: ArticleSource[]; draft: DraftSnapshot } | { kind: 'relink'; draft: DraftSnapshot };

export interface ArticleJobResult {
  /** The new articles, in the order of the sources. */
  added: DraftArticle[];
  /** Every link across the draft's articles (old and new). */
  links: DraftLink[];
  nextId: number;
}

/** Runs a job, in this thread or elsewhere; refuses with a UserFacingError naming the file and the reason. */
export type ArticleWorker = (job: ArticleJob) => Promise<ArticleJobResult>;

/** How long one job may take, wherever it runs. */
export const ARTICLE_JOB_TIME_LIMIT_MS = 60_000;

/** A lower-case id made from a title (one file-name module decides what may be stored). */
export const slug = (text: string): string => idFromText(text, 'set');

/** A time limit in words: "60 seconds", "250 ms". */
function durationInWords(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** The refusal when a job passes its time limit, wherever it runs. */
export const tooLong = (what: string, ms: number) => new UserFacingError('bad-file', `${what} took too long (more than ${durationInWords(ms)}) and was stopped. Nothing was added.`);

/** A deadline checked between steps (a step itself is bounded by the size checks). */
export function deadlineAfter(ms: number, now: () => number = () => Date.now()): (what: string) => void {
  const end = now() + ms;
  return (what) => {
    if (now() > end) throw tooLong(what, ms);
  };
}

/** A job's source in messages: “a.docx”, the pasted text. */
export const describeSource = (s: ArticleSource) => (s.kind === 'file' ? `“${s.name}”` : 'the pasted text');

/** What a job is doing, for messages: "Importing “a.docx” and “b.html”", "Comparing the articles". */
export function describeJob(job: ArticleJob): string {
  if (job.kind === 'relink') return 'Comparing the articles';
  const names = job.sources.map(describeSource);
  return `Importing ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'the articles')}`;
}
