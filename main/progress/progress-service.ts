/**
 * Profiles and progress behind the contract calls: which profile is current (one window, so one
 * current profile per services instance), PIN checks, recording attempts, the summary, resume
 * state, reset, export and import, and the storage status. Profiles opened once stay open for
 * the life of the instance, so answers waiting to be written are retried even after switching
 * profile. Plain module: storage through `Storage`, dialogs through a DialogPort.
 */
import { UserFacingError } from '../ipc/user-facing-error';
import type { ContentRepository } from '../content/content-repository';
import type { Caller } from '../ipc/caller';
import type { DialogPort } from '../platform/files/dialogs';
import { AttemptRecord } from '../../content/progress/attempt-record';
import { attemptsKey, openAttemptStore, type AttemptStore } from './attempt-store';
import { createPinTries, verifyPin, type PinTries } from './pin';
import { buildProgressFile, IMPORT_MAX_BYTES, parseProgressFile, progressFileName } from './progress-file';
import type { Storage } from '../platform/storage/storage';
import type { StorageNotices } from '../storage/storage-notices';
import type { AttemptInput, ImportFileResult, Profile, ProgressSummary, ResumePatch, ResumeState, StorageStatus } from '../../content/progress/progress-schemas';
import type { ContentIndex } from './progress-summary';
import { openProfileRegistry, profileFolder, publicProfile, type ProfileRegistry, type StoredProfile } from './profile-registry';
import { openResumeStore, resumeKey, type ResumeStore } from './resume-store';

export interface ProgressServiceOptions {
  storage: Storage;
  content: ContentRepository;
  dialogs: DialogPort;
  now: () => Date;
  /** How often to retry writes while something is waiting (default 15 s). */
  retryMs?: number;
  /** Damaged stores set aside elsewhere in the app: said with this status. */
  notices?: StorageNotices;
  /** Wrong-PIN counts (shared with the teacher PIN); default: stored in this storage. */
  pinTries?: PinTries;
  /** Told whenever the open profile changes (opened, created or closed): the teacher area locks. */
  onProfileChange?: () => void;
}

interface Session {
  profile: StoredProfile;
  attempts: AttemptStore;
  resume: ResumeStore;
}

export interface ProgressService {
  listProfiles(): Promise<{ profiles: Profile[] }>;
  createProfile(input: { name: string; pin?: string | undefined }): Promise<Profile>;
  openProfile(input: { profileId: string; pin?: string | undefined }): Promise<Profile>;
  closeProfile(): { ok: true };
  getCurrentProfile(): Profile | null;
  /** The open profile's id and name, or null. */
  currentProfile(): { id: string; name: string } | null;
  recordAttempt(input: AttemptInput): Promise<{ attempt: AttemptRecord; storage: StorageStatus }>;
  getProgress(): Promise<ProgressSummary>;
  getResumeState(): ResumeState;
  saveResumeState(patch: ResumePatch): Promise<{ resume: ResumeState; storage: StorageStatus }>;
  resetProgress(): Promise<{ removed: number }>;
  /** Save the profile's progress as a file, asking the caller where. */
  exportProgress(caller: Caller): Promise<{ saved: boolean; path?: string }>;
  /** Read progress files the caller picks into the current profile. */
  importProgress(caller: Caller): Promise<{ files: ImportFileResult[] }>;
  getStorageStatus(): Promise<StorageStatus>;
  /** Write what is waiting and stop retrying. */
  close(): Promise<void>;
}

const PROGRESS_FILTERS = [{ name: 'Lenses progress', extensions: ['json'] }];

export async function buildContentIndex(content: ContentRepository): Promise<ContentIndex> {
  const { sets } = await content.list();
  const index: ContentIndex = { sets: [] };
  for (const summary of sets) {
    const loaded = await content.get(summary.id);
    if (!loaded) continue;
    index.sets.push({ id: loaded.set.id, title: loaded.set.title, exercises: loaded.exercises.map((e) => ({ id: e.id, family: e.family, type: e.type })) });
  }
  return index;
}

export function createProgressService(options: ProgressServiceOptions): ProgressService {
  const { storage, dialogs, now } = options;
  const retryMs = options.retryMs ?? 15_000;
  const tries = options.pinTries ?? createPinTries(storage, () => now().getTime());
  const changed = options.onProfileChange ?? (() => {});
  const sessions = new Map<string, Promise<Session>>();
  let current: Session | null = null;
  let registryPromise: Promise<ProfileRegistry> | null = null;
  let indexPromise: Promise<ContentIndex> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const registry = () => {
    registryPromise ??= openProfileRegistry({ storage, now }).catch((error: unknown) => {
      registryPromise = null;
      throw error;
    });
    return registryPromise;
  };
  const contentIndex = () => {
    indexPromise ??= buildContentIndex(options.content).catch((error: unknown) => {
      indexPromise = null;
      throw error;
    });
    return indexPromise;
  };

  const openSession = (profile: StoredProfile): Promise<Session> => {
    let session = sessions.get(profile.id);
    if (!session) {
      const folder = profileFolder(profile.id);
      session = (async () => ({
        profile,
        attempts: await openAttemptStore({ key: attemptsKey(folder), profileId: profile.id, storage, now }),
        resume: await openResumeStore(resumeKey(folder), storage),
      }))();
      sessions.set(profile.id, session);
      session.catch(() => sessions.delete(profile.id));
    }
    return session;
  };

  const requireCurrent = (): Session => {
    if (!current) throw new UserFacingError('no-profile', 'Choose or create a profile first.');
    return current;
  };

  const notices = async (session: Session | null): Promise<string[]> => {
    const registryNotice = registryPromise ? await registryPromise.then((r) => r.notice).catch(() => null) : null;
    const list = [registryNotice, session?.attempts.opened.notice ?? null, session?.resume.notice ?? null];
    return [...list.filter((n): n is string => n !== null), ...(options.notices?.list() ?? [])];
  };

  /**
   * Everything waiting, over every profile opened; the first failure explains. With `withNotices`
   * (the status call), an ok status also carries the current profile's notices.
   */
  const combinedStatus = async (withNotices = false): Promise<StorageStatus> => {
    let pending = 0;
    let failure: string | undefined;
    for (const promise of sessions.values()) {
      const session = await promise.catch(() => null);
      if (!session) continue;
      for (const status of [session.attempts.status(), session.resume.status()]) {
        pending += status.pending;
        if (!status.ok) failure ??= status.message;
      }
    }
    if (failure !== undefined) {
      scheduleRetry();
      return { ok: false, message: failure, pending };
    }
    const notes = withNotices ? await notices(current) : [];
    return notes.length > 0 ? { ok: true, message: notes.join(' '), pending } : { ok: true, pending };
  };

  const flushAll = async () => {
    for (const promise of sessions.values()) {
      const session = await promise.catch(() => null);
      if (!session) continue;
      await session.attempts.flush();
      await session.resume.flush();
    }
  };

  function scheduleRetry() {
    if (retryTimer || closed) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flushAll().then(() => combinedStatus());
    }, retryMs);
    // Under Node the retry must not keep the process alive; a browser's timer is a number, without unref.
    (retryTimer as unknown as { unref?: () => void }).unref?.();
  }

  const checkPin = async (profile: StoredProfile, pin: string | undefined) => {
    const stored = profile.pin;
    if (!stored) return;
    await tries.attempt(`profile:${profile.id}`, async () => pin !== undefined && (await verifyPin(pin, stored)));
  };

  return {
    async listProfiles() {
      return { profiles: (await registry()).list().map(publicProfile) };
    },

    async createProfile({ name, pin }) {
      const profile = await (await registry()).create(name, pin);
      changed();
      current = await openSession(profile);
      return publicProfile(profile);
    },

    async openProfile({ profileId, pin }) {
      const reg = await registry();
      const profile = reg.get(profileId);
      if (!profile) throw new UserFacingError('not-found', 'There is no such profile on this computer.');
      await checkPin(profile, pin);
      changed();
      current = await openSession(profile);
      await reg.touch(profile.id);
      return publicProfile(profile);
    },

    closeProfile() {
      changed();
      current = null;
      return { ok: true };
    },

    getCurrentProfile: () => (current ? publicProfile(current.profile) : null),
    currentProfile: () => (current ? { id: current.profile.id, name: current.profile.name } : null),

    async recordAttempt(input) {
      const session = requireCurrent();
      const index = await contentIndex();
      const set = index.sets.find((s) => s.id === input.setId);
      if (!set) throw new UserFacingError('not-found', `There is no article set called "${input.setId}".`);
      const exercise = set.exercises.find((e) => e.id === input.exerciseId);
      if (!exercise) throw new UserFacingError('not-found', `There is no exercise "${input.exerciseId}" in the set "${input.setId}".`);
      if (exercise.type !== input.answer.type) {
        throw new UserFacingError('invalid-arguments', `Exercise "${exercise.id}" takes a ${exercise.type} answer, not a ${input.answer.type} answer.`);
      }
      const attempt = AttemptRecord.parse({ id: crypto.randomUUID(), profileId: session.profile.id, ...input, submittedAt: now().toISOString() });
      await session.attempts.addNew(attempt);
      return { attempt, storage: await combinedStatus() };
    },

    async getProgress() {
      const session = requireCurrent();
      return session.attempts.summarise(await contentIndex(), { profileId: session.profile.id, notices: await notices(session) });
    },

    getResumeState: () => requireCurrent().resume.get(),

    async saveResumeState(patch) {
      const { resume } = await requireCurrent().resume.save(patch);
      return { resume, storage: await combinedStatus() };
    },

    async resetProgress() {
      const { removed } = await requireCurrent().attempts.reset();
      return { removed };
    },

    async exportProgress(caller) {
      const session = requireCurrent();
      const at = now();
      const result = await dialogs.saveFile({
        title: 'Save progress',
        defaultName: progressFileName(session.profile.name, at),
        filters: PROGRESS_FILTERS,
        content: buildProgressFile(session.profile.name, await session.attempts.readAll(), at),
      }, caller);
      return result.saved ? { saved: true, path: result.path } : { saved: false };
    },

    async importProgress(caller) {
      const session = requireCurrent();
      const opened = await dialogs.openFiles({ title: 'Import progress', filters: PROGRESS_FILTERS, multiple: true, maxBytes: IMPORT_MAX_BYTES }, caller);
      const files: ImportFileResult[] = [];
      for (const file of opened) {
        const parsed = file.error ? { ok: false as const, error: `"${file.name}" was not imported: ${file.error}` } : parseProgressFile(file.name, file.content);
        if (!parsed.ok) {
          files.push({ name: file.name, added: 0, duplicates: 0, error: parsed.error });
          continue;
        }
        // The attempts become this profile's.
        const records = parsed.file.attempts.map((a) => ({ ...a, profileId: session.profile.id }));
        const { added, duplicates } = await session.attempts.add(records);
        files.push({ name: file.name, added, duplicates });
      }
      return { files };
    },

    async getStorageStatus() {
      await flushAll();
      return combinedStatus(true);
    },

    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      await flushAll();
    },
  };
}
