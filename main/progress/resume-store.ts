/**
 * Where a student left off: `profiles/<id>/resume.json` (written atomically) with the last route,
 * unsubmitted draft answers by exercise id, and which highlight layers were on. Saves merge into
 * the state held in memory; if the file cannot be written the state is kept in memory, reported,
 * and written on the next save or status check. Plain module over `Storage`.
 */
import { z } from 'zod';
import { readJsonFile } from '../storage/json-file';
import { UserFacingError } from '../ipc/user-facing-error';
import { describeStorageError, pendingMessage, storageKey, type Storage } from '../platform/storage/storage';
import { MAX_DRAFTS, ResumeState, type ResumePatch, type StorageStatus } from '../../content/progress/progress-schemas';
import { createSerialQueue } from '../serial-queue';

// A stored address that does not parse (saved by an older Lenses) is dropped, not the whole file.
const ResumeFile = z.object({ format: z.literal(1), ...ResumeState.shape, route: ResumeState.shape.route.catch(null) }).strict();

export const resumeKey = (profileFolder: string) => storageKey(profileFolder, 'resume.json');

const EMPTY_RESUME_STATE: ResumeState = { route: null, drafts: {}, ui: { attribution: true, numbers: false, framing: false } };

export interface ResumeStore {
  get(): ResumeState;
  save(patch: ResumePatch): Promise<{ resume: ResumeState; storage: StorageStatus }>;
  /** Write the state if an earlier save failed. */
  flush(): Promise<StorageStatus>;
  status(): StorageStatus;
  /** Set when resume.json was damaged and moved aside. */
  readonly notice: string | null;
}

export async function openResumeStore(key: string, storage: Storage): Promise<ResumeStore> {
  const file = storage.describe(key);
  let state: ResumeState = structuredClone(EMPTY_RESUME_STATE);
  let notice: string | null = null;
  try {
    const read = await readJsonFile(storage, key, ResumeFile);
    if (read.ok) state = { route: read.value.route, drafts: read.value.drafts, ui: read.value.ui };
    else if (read.reason === 'damaged') {
      notice = `Where you left off could not be read${read.movedTo ? ` and was set aside in ${read.movedTo}` : ''}; your answers and scores are not affected.`;
    }
  } catch (error) {
    // Unreadable (e.g. permissions): start from the beginning rather than refusing the profile.
    notice = `Where you left off could not be read from ${file} (${describeStorageError(error)}); your answers and scores are not affected.`;
  }

  let dirty = false;
  let failure: unknown = null;
  const serial = createSerialQueue();

  const status = (): StorageStatus =>
    !dirty ? { ok: true, pending: 0 } : failure ? { ok: false, message: pendingMessage(file, failure), pending: 1 } : { ok: true, pending: 1 };

  const write = async (): Promise<StorageStatus> => {
    if (!dirty) return status();
    const snapshot = state;
    try {
      await storage.writeAtomically(key, `${JSON.stringify({ format: 1, ...snapshot }, null, 2)}\n`);
      if (state === snapshot) dirty = false;
      failure = null;
    } catch (error) {
      failure = error;
    }
    return status();
  };

  return {
    notice,
    get: () => state,
    save(patch) {
      const drafts = { ...state.drafts };
      for (const [key, answer] of Object.entries(patch.drafts ?? {})) {
        if (answer === null) delete drafts[key];
        else drafts[key] = answer;
      }
      if (Object.keys(drafts).length > MAX_DRAFTS) {
        throw new UserFacingError('invalid-arguments', `At most ${MAX_DRAFTS} unsubmitted answers are kept; submit or clear some first.`);
      }
      const ui = { ...state.ui };
      for (const layer of ['attribution', 'numbers', 'framing'] as const) {
        const on = patch.ui?.[layer];
        if (typeof on === 'boolean') ui[layer] = on;
      }
      state = { route: patch.route ?? state.route, drafts, ui };
      dirty = true;
      return serial(async () => ({ resume: state, storage: await write() }));
    },
    flush: () => serial(write),
    status,
  };
}
