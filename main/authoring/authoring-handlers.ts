/**
 * Teachers’ own article sets, behind the teacher PIN (rules/teacher-only.ts): drafts under `<userData>/drafts/<id>.json`
 * (written atomically, one change at a time per draft), articles imported from files or pasted
 * text and analysed at once, the review of the proposals, exercises, and saving the draft as a set
 * under `<userData>/sets/<id>/` (set.json, exercises.json, sources/) once the content checker
 * passes it. A save writes a complete folder beside the old one, then swaps it in (`replaceFolder`).
 * Each call is a named function over `AuthoringDeps` (its state: the queue per draft and the
 * article worker, made once), in the map `authoringHandlers`; the rule that a draft changes one
 * change at a time is the wrappers of draft-changes.ts.
 */
import type { Caller } from '../ipc/caller';
import type { ChannelInput } from '../ipc/contract';
import type { FeatureHandlers } from '../ipc/handler-map';
import { UserFacingError } from '../ipc/user-facing-error';
import type { authoringChannels, ProposalEdit } from '../ipc/authoring-channels';
import type { ContentRepository } from '../content/content-repository';
import type { TeacherFilesPort } from '../platform/files/files';
import { createKeyedQueue } from '../serial-queue';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { describeStorageError, SAVING_PREFIX, storageKey, type Storage, type StorageEntry } from '../platform/storage/storage';
import { randomHex } from '../random-hex';
import { Draft, DRAFT_FORMAT, buildSetFromDraft, sourceFileOf, type BlockSpan, type DraftArticle, type Proposal } from '../../content/authoring/draft';
import { generateExercise } from '../../content/authoring/generate-exercise';
import { validateArticleSet } from '../../content/logic/validate-set';
import { anchorForSpan } from '../../content/logic/anchor-for-span';
import { EXERCISES_FILE, SET_FILE } from '../../content/logic/set-files';
import { Exercise } from '../../content/schema/exercise';
import { IMPORT_EXTENSIONS, readArticleFile } from './import-article';
import { storePreparedView } from '../content/compare-views';
import { slug, type ArticleSource, type ArticleWorker } from './article-job';
import { inThreadArticleWorker } from './in-thread-article-worker';
import { changeDraft, changesDraft, DRAFTS_FOLDER, draftFile, oneAtATime, previewOf, readDraft, writeDraft, type DraftDeps } from './draft-changes';

type AuthoringChannel = keyof typeof authoringChannels;

export interface AuthoringOptions {
  storage: Storage;
  content: ContentRepository;
  files: TeacherFilesPort;
  now: () => Date;
  /** Where imports and the analyser run (default: in this thread, with a deadline between steps). */
  articleWorker?: ArticleWorker;
}

export interface AuthoringDeps extends DraftDeps {
  content: ContentRepository;
  files: TeacherFilesPort;
  articleWorker: ArticleWorker;
}

/** Where teachers' saved sets live in the user's storage, one folder per set. */
export const TEACHER_SETS_FOLDER = 'sets';

export function createAuthoringDeps(options: AuthoringOptions): AuthoringDeps {
  const { storage, content, files, now } = options;
  return { storage, content, files, now, articleWorker: options.articleWorker ?? inThreadArticleWorker(), queue: createKeyedQueue() };
}

function checkSpan(article: DraftArticle, span: BlockSpan, what: string): void {
  const r = anchorForSpan(article, span);
  if (!r.ok) throw new UserFacingError('invalid-arguments', `The ${what} cannot be used: ${r.reason}.`);
}

function edited(previous: Proposal, edit: ProposalEdit): Proposal {
  const common = { id: previous.id, status: 'accepted' as const, edited: true, ...(previous.reason ? { reason: previous.reason } : {}) };
  return { ...edit, ...common } as Proposal;
}

function articleIn(draft: Draft, articleId: string): DraftArticle {
  const a = draft.articles.find((x) => x.id === articleId);
  if (!a) throw new UserFacingError('not-found', `This set has no article "${articleId}".`);
  return a;
}

/** The job runs while the draft waits in its queue; its result is saved in one write, or nothing is. */
async function addImported(deps: AuthoringDeps, draftId: string, sources: ArticleSource[]) {
  const added: string[] = [];
  const view = await changeDraft(deps, draftId, async (draft) => {
    const result = await deps.articleWorker({ kind: 'import', sources, draft: { articles: draft.articles, links: draft.links, nextId: draft.nextId } });
    draft.articles.push(...result.added);
    draft.links = result.links;
    draft.nextId = result.nextId;
    added.push(...result.added.map((a) => a.id));
  });
  return { view, added };
}

function checkExerciseAgainst(draft: Draft, exercise: Exercise): void {
  const { set } = buildSetFromDraft(draft, 1);
  const checked = validateArticleSet({ setFile: SET_FILE, setJson: set, exercisesFile: EXERCISES_FILE, exercisesJson: { format: 1, set: draft.id, exercises: [exercise] } });
  const own = checked.problems.filter((p) => p.file === EXERCISES_FILE);
  if (own.length > 0) throw new UserFacingError('invalid-arguments', `The exercise cannot be saved: ${own.map((p) => p.message).join('; ')}.`);
}

async function listDrafts({ storage }: AuthoringDeps) {
  const drafts = [];
  const problems = [];
  let entries: StorageEntry[] = [];
  try {
    entries = await storage.list(DRAFTS_FOLDER);
  } catch (error) {
    problems.push({ file: storage.describe(DRAFTS_FOLDER), message: `Lenses could not look for your drafts here (${describeStorageError(error)}); they are not shown, and nothing was deleted.` });
  }
  const names = entries.filter((e) => !e.folder && e.name.endsWith('.json')).map((e) => e.name);
  for (const name of names) {
    const r = await readJsonFile(storage, storageKey(DRAFTS_FOLDER, name), Draft);
    if (r.ok) {
      const d = r.value;
      drafts.push({ id: d.id, title: d.title, articleCount: d.articles.length, exerciseCount: d.exercises.length, updatedAt: d.updatedAt, savedVersion: d.savedVersion });
    } else if (r.reason === 'damaged') problems.push({ file: name, message: `${r.message}; it was set aside` });
  }
  drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { drafts, problems };
}

async function createDraft(deps: AuthoringDeps, { title, description, topic }: ChannelInput<'createDraft'>) {
  const id = `${slug(title)}-${randomHex(3)}`;
  const at = deps.now().toISOString();
  const draft: Draft = { format: DRAFT_FORMAT, id, title, description, topic, createdAt: at, updatedAt: at, savedVersion: 0, nextId: 1, articles: [], exercises: [], links: [] };
  await writeDraft(deps, draft);
  return previewOf(draft);
}

async function getDraft(deps: AuthoringDeps, { draftId }: ChannelInput<'getDraft'>) {
  return previewOf(await readDraft(deps, draftId));
}

function updateDraftInfo(d: Draft, { title, description, topic }: ChannelInput<'updateDraftInfo'>) {
  Object.assign(d, { title, description, topic });
}

async function deleteDraft({ storage }: AuthoringDeps, { draftId }: ChannelInput<'deleteDraft'>) {
  await storage.remove(draftFile(draftId));
  return { ok: true as const };
}

async function addArticlesFromFiles(deps: AuthoringDeps, { draftId }: ChannelInput<'addArticlesFromFiles'>, caller: Caller) {
  await readDraft(deps, draftId);
  const picked = await deps.files.openFiles(
    { title: 'Add articles', filters: [{ name: 'Articles (text, Markdown, web page, Word)', extensions: [...IMPORT_EXTENSIONS] }], multiple: true },
    caller,
  );
  if (picked.length === 0) return { view: previewOf(await readDraft(deps, draftId)), added: [] };
  // Every file is read and checked before anything is saved: one bad file adds none.
  const sources: ArticleSource[] = [];
  for (const file of picked) sources.push({ kind: 'file', name: file.name, bytes: await readArticleFile(file) });
  return addImported(deps, draftId, sources);
}

async function addArticleFromText(deps: AuthoringDeps, { draftId, text }: ChannelInput<'addArticleFromText'>) {
  return addImported(deps, draftId, [{ kind: 'pasted', text }]);
}

function updateArticle(d: Draft, { articleId, metadata }: ChannelInput<'updateArticle'>) {
  const a = articleIn(d, articleId);
  if (metadata.published.precision === 'inferred' && metadata.published.earliest > metadata.published.latest) {
    throw new UserFacingError('invalid-arguments', 'The earliest possible date is after the latest one.');
  }
  const { byline, ...rest } = metadata;
  Object.assign(a, rest, { metadataConfirmed: true });
  if (byline) a.byline = byline;
  else delete a.byline;
}

async function removeArticle(d: Draft, { articleId }: ChannelInput<'removeArticle'>, { articleWorker }: AuthoringDeps) {
  articleIn(d, articleId);
  const used = d.exercises.find((e) => e.articles.includes(articleId));
  if (used) throw new UserFacingError('conflict', `The exercise “${used.prompt.slice(0, 60)}” uses this article: delete it first.`);
  d.articles = d.articles.filter((a) => a.id !== articleId);
  const result = await articleWorker({ kind: 'relink', draft: { articles: d.articles, links: d.links, nextId: d.nextId } });
  d.links = result.links;
  d.nextId = result.nextId;
}

function reviewLink(d: Draft, { linkId, decision }: ChannelInput<'reviewLink'>) {
  const link = d.links.find((l) => l.id === linkId);
  if (!link) throw new UserFacingError('not-found', 'This link is not proposed any more.');
  link.status = decision === 'accept' ? 'accepted' : decision === 'reject' ? 'rejected' : 'proposed';
}

function reviewProposal(d: Draft, { articleId, proposalId, decision }: ChannelInput<'reviewProposal'>) {
  const p = articleIn(d, articleId).proposals.find((x) => x.id === proposalId);
  if (!p) throw new UserFacingError('not-found', `There is no proposal "${proposalId}" in this article.`);
  p.status = decision === 'accept' ? 'accepted' : decision === 'reject' ? 'rejected' : 'proposed';
}

function editProposal(d: Draft, { articleId, proposalId, proposal }: ChannelInput<'editProposal'>) {
  const a = articleIn(d, articleId);
  const i = a.proposals.findIndex((x) => x.id === proposalId);
  if (i === -1) throw new UserFacingError('not-found', `There is no proposal "${proposalId}" in this article.`);
  if (proposal.kind === 'attribution') {
    checkSpan(a, proposal.cue, 'reporting words');
    if (proposal.source) checkSpan(a, proposal.source, 'source');
    if (proposal.quote) checkSpan(a, proposal.quote, 'quotation');
  } else if (proposal.kind === 'number') {
    checkSpan(a, proposal.figure, 'figure');
    if (proposal.givenBy && !a.proposals.some((x) => x.id === proposal.givenBy && x.kind === 'attribution')) {
      throw new UserFacingError('invalid-arguments', 'The figure is said to come from an attribution that is not in this article.');
    }
  } else checkSpan(a, proposal.span, 'words');
  a.proposals[i] = edited(a.proposals[i] as Proposal, proposal);
}

async function addExercise(deps: AuthoringDeps, { draftId, articleId, kind, annotationId }: ChannelInput<'addExercise'>) {
  let exerciseId = '';
  const view = await changeDraft(deps, draftId, (d) => {
    articleIn(d, articleId);
    exerciseId = `exercise-${d.nextId}`;
    d.nextId += 1;
    const { set } = buildSetFromDraft(d, 1);
    const r = generateExercise(set, kind, articleId, exerciseId, annotationId);
    if (!r.ok) throw new UserFacingError('invalid-arguments', `No exercise could be made: ${r.reason}.`);
    checkExerciseAgainst(d, r.exercise);
    d.exercises.push(r.exercise);
  });
  return { view, exerciseId };
}

function updateExercise(d: Draft, { exercise: input }: ChannelInput<'updateExercise'>) {
  const exercise = Exercise.parse(input);
  const i = d.exercises.findIndex((e) => e.id === exercise.id);
  if (i === -1) throw new UserFacingError('not-found', 'This exercise is not in the draft any more.');
  checkExerciseAgainst(d, exercise);
  d.exercises[i] = exercise;
}

function deleteExercise(d: Draft, { exerciseId }: ChannelInput<'deleteExercise'>) {
  d.exercises = d.exercises.filter((e) => e.id !== exerciseId);
}

async function saveDraftAsSet(deps: AuthoringDeps, { draftId }: ChannelInput<'saveDraftAsSet'>) {
  const { storage } = deps;
  const draft = await readDraft(deps, draftId);
  const view = previewOf(draft);
  if (view.preview.problems.length > 0 || !view.preview.set) {
    return { saved: false as const, problems: view.preview.problems.length ? view.preview.problems : ['The set could not be built.'] };
  }
  const shipped = await deps.content.get(draft.id);
  if (shipped && shipped.origin === 'shipped') return { saved: false as const, problems: [`A set called "${draft.id}" ships with Lenses; rename the draft.`] };
  const version = draft.savedVersion + 1;
  const set = { ...view.preview.set, version };
  const root = TEACHER_SETS_FOLDER;
  const target = storageKey(root, draft.id);
  const temp = storageKey(root, `${SAVING_PREFIX}${draft.id}-${randomHex(4)}`);
  try {
    for (const a of draft.articles) await storage.writeAtomically(storageKey(temp, sourceFileOf(a.id)), a.sourceText);
    await writeJsonFileAtomic(storage, storageKey(temp, EXERCISES_FILE), { format: 1, set: draft.id, exercises: draft.exercises });
    await writeJsonFileAtomic(storage, storageKey(temp, SET_FILE), set);
    await storage.replaceFolder(temp, target);
  } catch (error) {
    await storage.remove(temp).catch(() => undefined);
    throw new UserFacingError('storage', `The set could not be saved (${(error as Error).message}). Your draft is safe.`);
  }
  // Compare's view of it, worked out once now (without it, Compare works it out on its first visit).
  await storePreparedView({ storage, folder: root }, set).catch(() => undefined);
  draft.savedVersion = version;
  await writeDraft(deps, draft);
  deps.content.invalidate();
  return { saved: true as const, setId: draft.id, version };
}

export const authoringHandlers = {
  listDrafts,
  createDraft,
  getDraft,
  updateDraftInfo: changesDraft(updateDraftInfo),
  deleteDraft: oneAtATime(deleteDraft),
  addArticlesFromFiles,
  addArticleFromText,
  updateArticle: changesDraft(updateArticle),
  removeArticle: changesDraft(removeArticle),
  reviewLink: changesDraft(reviewLink),
  reviewProposal: changesDraft(reviewProposal),
  editProposal: changesDraft(editProposal),
  addExercise,
  updateExercise: changesDraft(updateExercise),
  deleteExercise: changesDraft(deleteExercise),
  saveDraftAsSet: oneAtATime(saveDraftAsSet),
} satisfies FeatureHandlers<AuthoringDeps, AuthoringChannel>;
