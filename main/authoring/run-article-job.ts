/**
 * The heavy part of adding articles to a draft (./article-job.ts says what a job is and where it
 * runs): read the files (or the pasted text) into articles, run the analyser over them for
 * proposals, and propose the links across the draft's articles again.
 */
import type { DraftArticle } from '../../content/authoring/draft';
import { proposeForBlocks } from '../../content/authoring/proposals';
import { proposeLinks } from '../../content/authoring/links';
import { importPasted, importPickedFile, type ImportedText } from './import-article';
import { pickedFromText } from '../platform/files/files';
import { describeJob, describeSource, slug, type ArticleJob, type ArticleJobResult, type ArticleSource } from './article-job';

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
