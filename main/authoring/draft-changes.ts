/**
 * Rule: a draft changes one change at a time. Every call that writes a draft runs in that draft's
 * own queue, so two never interleave (the second reads what the first wrote; different drafts go
 * side by side), and a change is read, applied and written whole: nothing is written if it throws.
 * `oneAtATime` is the wrapper for a handler that runs whole in the queue; `changesDraft` for one
 * that is just a change, answering with the draft's view; `changeDraft` for a handler that does
 * more around its change (a file dialog before it, an id after it).
 */
import { UserFacingError } from '../ipc/user-facing-error';
import type { DraftView } from '../ipc/authoring-channels';
import type { KeyedQueue } from '../serial-queue';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { storageKey, type Storage } from '../platform/storage/storage';
import { Draft, buildSetFromDraft, sourceFileOf, type BuildProblem } from '../../content/authoring/draft';
import { validateArticleSet, type Problem } from '../../content/logic/validate-set';
import { EXERCISES_FILE, SET_FILE } from '../../content/logic/set-files';

/** What reading and writing drafts needs: the storage, the clock, and the queue per draft. */
export interface DraftDeps {
  storage: Storage;
  now: () => Date;
  /** One queue per draft id. */
  queue: KeyedQueue;
}

export const DRAFTS_FOLDER = 'drafts';

export const draftFile = (id: string) => storageKey(DRAFTS_FOLDER, `${id}.json`);

export async function readDraft({ storage }: DraftDeps, id: string): Promise<Draft> {
  const r = await readJsonFile(storage, draftFile(id), Draft);
  if (r.ok) return r.value;
  if (r.reason === 'missing') throw new UserFacingError('not-found', 'This draft is not on this computer any more.');
  throw new UserFacingError('storage', `The draft could not be read (${r.message}); it was set aside.`);
}

export async function writeDraft({ storage, now }: DraftDeps, draft: Draft): Promise<void> {
  draft.updatedAt = now().toISOString();
  await writeJsonFileAtomic(storage, draftFile(draft.id), draft);
}

function describe(problem: Problem | BuildProblem, draft: Draft): string {
  const id = 'articleId' in problem ? [problem.articleId, problem.proposalId].filter(Boolean).join('/') : (problem as Problem).id;
  const [articleId] = (id ?? '').split('/');
  const article = draft.articles.find((a) => a.id === articleId);
  const exercise = draft.exercises.find((e) => e.id === id);
  const where = article ? `Article “${article.shortTitle}”` : exercise ? `Exercise “${exercise.prompt.slice(0, 50)}${exercise.prompt.length > 50 ? '…' : ''}”` : id ? `“${id}”` : 'The set';
  return `${where}: ${problem.message}`;
}

/** The set the draft would become, checked exactly like shipped content (sources included). */
export function previewOf(draft: Draft): DraftView {
  const problems: string[] = [];
  if (draft.articles.length === 0) problems.push('Add at least one article.');
  for (const a of draft.articles) if (!a.metadataConfirmed) problems.push(`Article “${a.shortTitle}”: confirm its outlet, date, headline and language.`);
  if (draft.articles.length === 0) return { draft, preview: { set: null, exercises: draft.exercises, problems } };
  const built = buildSetFromDraft(draft, draft.savedVersion + 1);
  problems.push(...built.problems.map((p) => describe(p, draft)));
  const checked = validateArticleSet({
    setFile: SET_FILE,
    setJson: built.set,
    exercisesFile: EXERCISES_FILE,
    exercisesJson: { format: 1, set: draft.id, exercises: draft.exercises },
    sources: Object.fromEntries(draft.articles.map((a) => [sourceFileOf(a.id), a.sourceText])),
  });
  problems.push(...checked.problems.map((p) => describe(p, draft)));
  return { draft, preview: { set: checked.set, exercises: draft.exercises, problems } };
}

/** Runs the handler whole in its draft's queue. */
export function oneAtATime<D extends DraftDeps, I extends { draftId: string }, O>(handler: (deps: D, input: I) => Promise<O>) {
  return (deps: D, input: I): Promise<O> => deps.queue.run(input.draftId, () => handler(deps, input));
}

/** Read, change and write one draft in its queue; nothing is written if the change throws. */
export function changeDraft<D extends DraftDeps>(deps: D, id: string, apply: (draft: Draft) => void | Promise<void>): Promise<DraftView> {
  return deps.queue.run(id, async () => {
    const draft = await readDraft(deps, id);
    await apply(draft);
    await writeDraft(deps, draft);
    return previewOf(draft);
  });
}

/** A handler that is just a change to the draft `input.draftId`, answering with the draft's view. */
export function changesDraft<D extends DraftDeps, I extends { draftId: string }>(apply: (draft: Draft, input: I, deps: D) => void | Promise<void>) {
  return (deps: D, input: I): Promise<DraftView> => changeDraft(deps, input.draftId, (draft) => apply(draft, input, deps));
}
