/**
 * The heavy part of adding articles to a draft, as one job over plain data: read the files (or the
 * pasted text) into articles, run the analyser over them for proposals, and propose the links
 * across the draft's articles again. The desktop runs a job in a worker thread with a time and
 * memory limit (main/article-thread/), so a hostile file cannot freeze the window; the web build
 * runs it in its core's worker, here, with the same size checks and a deadline checked between
 * steps. The job never writes anything: the handler saves its result in one step, or nothing.
 */
import type { Draft, DraftArticle, DraftLink } from '../../content/authoring/draft';
import { proposeForBlocks } from '../../content/authoring/proposals';
import { proposeLinks } from '../../content/authoring/links';
import { UserFacingError } from '../ipc/user-facing-error';
import { idFromText } from '../../content/logic/file-names';
import { importPasted, importPickedFile, type ImportedText } from './import-article';
import { pickedFromText } from '../platform/files/files';

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

function articleIdFor(articles: readonly DraftArticle[], imported: ImportedText): string {
  const base = slug(imported.found.title ?? imported.blocks[0]?.text ?? 'article').split('-').slice(0, 5).join('-');
  let id = base;
  for (let n = 2; articles.some((a) => a.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

function newArticle(articles: readonly DraftArticle[], imported: ImportedText, nextId: number): { article: DraftArticle; nextId: number } {
  const { found } = imported;
  const proposed = proposeForBlocks(imported.blocks, nextId);
  const published = found.publishedTime && /^\d{4}-\d{2}-\d{2}/u.test(found.publishedTime)
    ? { precision: 'exact' as const, date: found.publishedTime.slice(0, 10), evidence: `The page's own metadata gives the publication time ${found.publishedTime}.` }
    : { precision: 'unknown' as const, note: 'The text does not give a date.' };
  const firstLine = imported.blocks[0]?.text ?? imported.name;
  const article: DraftArticle = {
    id: articleIdFor(articles, imported),
    importedFrom: imported.name,
    sourceText: imported.sourceText,
    blocks: imported.blocks,
    shortTitle: (found.title ?? (firstLine.length > 90 ? `${firstLine.slice(0, 87)}…` : firstLine)).slice(0, 300),
    outlet: found.siteName
      ? { status: 'stated', name: found.siteName, evidence: "The page's own metadata names the site." }
      : { status: 'unknown', note: 'The text does not name an outlet.' },
    published,
    ...(found.byline ? { byline: found.byline.slice(0, 300) } : {}),
    language: found.language && /^[a-z]{2,3}(-[a-z0-9]+)*$/u.test(found.language) ? found.language : 'en',
    metadataConfirmed: false,
    proposals: proposed.proposals,
  };
  return { article, nextId: proposed.nextId };
}

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

const describeSource = (s: ArticleSource) => (s.kind === 'file' ? `“${s.name}”` : 'the pasted text');

/** What a job is doing, for messages: "Importing “a.docx” and “b.html”", "Comparing the articles". */
export function describeJob(job: ArticleJob): string {
  if (job.kind === 'relink') return 'Comparing the articles';
  const names = job.sources.map(describeSource);
  return `Importing ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'the articles')}`;
}

/** Run a job here. Every file is read and checked before any article is made: one bad file adds none. */
export async function runArticleJob(job: ArticleJob, checkTime: (what: string) => void = () => {}): Promise<ArticleJobResult> {
  const articles = [...job.draft.articles];
  let nextId = job.draft.nextId;
  const added: DraftArticle[] = [];
  if (job.kind === 'import') {
    const imported: ImportedText[] = [];
    for (const source of job.sources) {
      imported.push(source.kind === 'file' ? await importPickedFile(pickedFromText(source.name, source.bytes)) : importPasted(source.text));
      checkTime(`Importing ${describeSource(source)}`);
    }
    imported.forEach((text, i) => {
      const made = newArticle(articles, text, nextId);
      nextId = made.nextId;
      articles.push(made.article);
      added.push(made.article);
      checkTime(`Importing ${describeSource(job.sources[i] as ArticleSource)}`);
    });
  }
  const linked = proposeLinks({ articles, links: job.draft.links }, nextId);
  checkTime(describeJob(job));
  return { added, links: linked.links, nextId: linked.nextId };
}

/** Jobs in this thread with a deadline between steps: the web build's core, already in a worker. */
export function inThreadArticleWorker(timeLimitMs = ARTICLE_JOB_TIME_LIMIT_MS): ArticleWorker {
  return (job) => runArticleJob(job, deadlineAfter(timeLimitMs));
}
