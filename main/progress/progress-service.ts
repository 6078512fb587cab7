/**
 * Profiles and progress behind the contract calls: which profile is current (one window, so one
 * current profile per services instance), PIN checks, recording attempts, the summary, resume
 * state, reset, export and import, and the storage status. Profiles opened once stay open for
 * the life of the instance, so answers waiting to be written are retried even after switching
 * profile. Each call is a named function over `ProgressDeps` (its state: the open sessions, the
 * current one, the registry, the content index and the retry timer), in the map
 * `progressHandlers`. Plain module: storage through `Storage`, dialogs through a DialogPort.
 */
import { UserFacingError } from '../ipc/user-facing-error';
import type { ChannelInput } from '../ipc/contract';
import type { FeatureHandlers } from '../ipc/handler-map';
import { needsProfile } from '../rules/needs-profile';
import type { ContentRepository } from '../content/content-repository';
import type { Caller } from '../ipc/caller';
import type { DialogPort } from '../platform/files/dialogs';
import { AttemptRecord } from '../../content/progress/attempt-record';
import { attemptsKey, openAttemptStore, type AttemptStore } from './attempt-store';
import { createPinTries, verifyPin, type PinTries } from './pin';
import { buildProgressFile, IMPORT_MAX_BYTES, parseProgressFile, progressFileName } from './progress-file';
import type { Storage } from '../platform/storage/storage';
import type { StorageNotices } from '../storage/storage-notices';
import type { ImportFileResult, StorageStatus } from '../../content/progress/progress-schemas';
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

/** What the progress calls keep between calls, for the life of the services instance. */
interface ProgressState {
  /** Every profile opened so far, by id (kept open: their waiting writes are retried). */
  sessions: Map<string, Promise<Session>>;
  current: Session | null;
  registry: Promise<ProfileRegistry> | null;
  index: Promise<ContentIndex> | null;
  retryTimer: ReturnType<typeof setTimeout> | null;
  closed: boolean;
}

export interface ProgressDeps {
  storage: Storage;
  content: ContentRepository;
  dialogs: DialogPort;
  now: () => Date;
  retryMs: number;
  notices: StorageNotices | undefined;
  tries: PinTries;
  onProfileChange: () => void;
  state: ProgressState;
}

type ProgressChannel =
  | 'listProfiles'
  | 'createProfile'
  | 'openProfile'
  | 'closeProfile'
  | 'getCurrentProfile'
  | 'recordAttempt'
  | 'getProgress'
  | 'getResumeState'
  | 'saveResumeState'
  | 'resetProgress'
  | 'exportProgress'
  | 'importProgress'
  | 'getStorageStatus';

const PROGRESS_FILTERS = [{ name: 'Lenses progress', extensions: ['json'] }];

export function createProgressDeps(options: ProgressServiceOptions): ProgressDeps {
  const { storage, now } = options;
  return {
    storage,
    content: options.content,
    dialogs: options.dialogs,
    now,
    retryMs: options.retryMs ?? 15_000,
    notices: options.notices,
    tries: options.pinTries ?? createPinTries(storage, () => now().getTime()),
    onProfileChange: options.onProfileChange ?? (() => {}),
    state: { sessions: new Map(), current: null, registry: null, index: null, retryTimer: null, closed: false },
  };
}

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

function registry({ storage, now, state }: ProgressDeps): Promise<ProfileRegistry> {
  state.registry ??= openProfileRegistry({ storage, now }).catch((error: unknown) => {
    state.registry = null;
    throw error;
  });
  return state.registry;
}

function contentIndex({ content, state }: ProgressDeps): Promise<ContentIndex> {
  state.index ??= buildContentIndex(content).catch((error: unknown) => {
    state.index = null;
    throw error;
  });
  return state.index;
}

function openSession({ storage, now, state }: ProgressDeps, profile: StoredProfile): Promise<Session> {
  let session = state.sessions.get(profile.id);
  if (!session) {
    const folder = profileFolder(profile.id);
    session = (async () => ({
      profile,
      attempts: await openAttemptStore({ key: attemptsKey(folder), profileId: profile.id, storage, now }),
      resume: await openResumeStore(resumeKey(folder), storage),
    }))();
    state.sessions.set(profile.id, session);
    session.catch(() => state.sessions.delete(profile.id));
  }
  return session;
}

async function noticesOf(deps: ProgressDeps, session: Session | null): Promise<string[]> {
  const registryNotice = deps.state.registry ? await deps.state.registry.then((r) => r.notice).catch(() => null) : null;
  const list = [registryNotice, session?.attempts.opened.notice ?? null, session?.resume.notice ?? null];
  return [...list.filter((n): n is string => n !== null), ...(deps.notices?.list() ?? [])];
}

/**
 * Everything waiting, over every profile opened; the first failure explains. With `withNotices`
 * (the status call), an ok status also carries the current profile's notices.
 */
async function combinedStatus(deps: ProgressDeps, withNotices = false): Promise<StorageStatus> {
  let pending = 0;
  let failure: string | undefined;
  for (const promise of deps.state.sessions.values()) {
    const session = await promise.catch(() => null);
    if (!session) continue;
    for (const status of [session.attempts.status(), session.resume.status()]) {
      pending += status.pending;
      if (!status.ok) failure ??= status.message;
    }
  }
  if (failure !== undefined) {
    scheduleRetry(deps);
    return { ok: false, message: failure, pending };
  }
  const notes = withNotices ? await noticesOf(deps, deps.state.current) : [];
  return notes.length > 0 ? { ok: true, message: notes.join(' '), pending } : { ok: true, pending };
}

async function flushAll({ state }: ProgressDeps): Promise<void> {
  for (const promise of state.sessions.values()) {
    const session = await promise.catch(() => null);
    if (!session) continue;
    await session.attempts.flush();
    await session.resume.flush();
  }
}

function scheduleRetry(deps: ProgressDeps): void {
  const { state } = deps;
  if (state.retryTimer || state.closed) return;
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    void flushAll(deps).then(() => combinedStatus(deps));
  }, deps.retryMs);
  // Under Node the retry must not keep the process alive; a browser's timer is a number, without unref.
  (state.retryTimer as unknown as { unref?: () => void }).unref?.();
}

async function checkPin({ tries }: ProgressDeps, profile: StoredProfile, pin: string | undefined): Promise<void> {
  const stored = profile.pin;
  if (!stored) return;
  await tries.attempt(`profile:${profile.id}`, async () => pin !== undefined && (await verifyPin(pin, stored)));
}

/** The open profile's id and name, or null. */
export function currentProfile({ state }: ProgressDeps): { id: string; name: string } | null {
  return state.current ? { id: state.current.profile.id, name: state.current.profile.name } : null;
}

/** Write what is waiting and stop retrying. */
export async function closeProgress(deps: ProgressDeps): Promise<void> {
  const { state } = deps;
  state.closed = true;
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  await flushAll(deps);
}

/** The progress calls that need a current profile are given its session. */
const withSession = needsProfile((deps: ProgressDeps) => deps.state.current, 'Choose or create a profile first.');

async function listProfiles(deps: ProgressDeps) {
  return { profiles: (await registry(deps)).list().map(publicProfile) };
}

async function createProfile(deps: ProgressDeps, { name, pin }: ChannelInput<'createProfile'>) {
  const profile = await (await registry(deps)).create(name, pin);
  deps.onProfileChange();
  deps.state.current = await openSession(deps, profile);
  return publicProfile(profile);
}

async function openProfile(deps: ProgressDeps, { profileId, pin }: ChannelInput<'openProfile'>) {
  const reg = await registry(deps);
  const profile = reg.get(profileId);
  if (!profile) throw new UserFacingError('not-found', 'There is no such profile on this computer.');
  await checkPin(deps, profile, pin);
  deps.onProfileChange();
  deps.state.current = await openSession(deps, profile);
  await reg.touch(profile.id);
  return publicProfile(profile);
}

function closeProfile(deps: ProgressDeps) {
  deps.onProfileChange();
  deps.state.current = null;
  return { ok: true as const };
}

function getCurrentProfile({ state }: ProgressDeps) {
  return state.current ? publicProfile(state.current.profile) : null;
}

async function recordAttempt(deps: ProgressDeps, session: Session, input: ChannelInput<'recordAttempt'>) {
  const index = await contentIndex(deps);
  const set = index.sets.find((s) => s.id === input.setId);
  if (!set) throw new UserFacingError('not-found', `There is no article set called "${input.setId}".`);
  const exercise = set.exercises.find((e) => e.id === input.exerciseId);
  if (!exercise) throw new UserFacingError('not-found', `There is no exercise "${input.exerciseId}" in the set "${input.setId}".`);
  if (exercise.type !== input.answer.type) {
    throw new UserFacingError('invalid-arguments', `Exercise "${exercise.id}" takes a ${exercise.type} answer, not a ${input.answer.type} answer.`);
  }
  const attempt = AttemptRecord.parse({ id: crypto.randomUUID(), profileId: session.profile.id, ...input, submittedAt: deps.now().toISOString() });
  await session.attempts.addNew(attempt);
  return { attempt, storage: await combinedStatus(deps) };
}

async function getProgress(deps: ProgressDeps, session: Session) {
  return session.attempts.summarise(await contentIndex(deps), { profileId: session.profile.id, notices: await noticesOf(deps, session) });
}

function getResumeState(_deps: ProgressDeps, session: Session) {
  return session.resume.get();
}

async function saveResumeState(deps: ProgressDeps, session: Session, patch: ChannelInput<'saveResumeState'>) {
  const { resume } = await session.resume.save(patch);
  return { resume, storage: await combinedStatus(deps) };
}

async function resetProgress(_deps: ProgressDeps, session: Session) {
  const { removed } = await session.attempts.reset();
  return { removed };
}

/** Save the profile's progress as a file, asking the caller where. */
async function exportProgress(deps: ProgressDeps, session: Session, _input: ChannelInput<'exportProgress'>, caller: Caller) {
  const at = deps.now();
  const result = await deps.dialogs.saveFile({
    title: 'Save progress',
    defaultName: progressFileName(session.profile.name, at),
    filters: PROGRESS_FILTERS,
    content: buildProgressFile(session.profile.name, await session.attempts.readAll(), at),
  }, caller);
  return result.saved ? { saved: true, path: result.path } : { saved: false };
}

/** Read progress files the caller picks into the current profile. */
async function importProgress(deps: ProgressDeps, session: Session, _input: ChannelInput<'importProgress'>, caller: Caller) {
  const opened = await deps.dialogs.openFiles({ title: 'Import progress', filters: PROGRESS_FILTERS, multiple: true, maxBytes: IMPORT_MAX_BYTES }, caller);
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
}

/** Also retries anything waiting to be written. */
async function getStorageStatus(deps: ProgressDeps) {
  await flushAll(deps);
  return combinedStatus(deps, true);
}

export const progressHandlers = {
  listProfiles,
  createProfile,
  openProfile,
  closeProfile,
  getCurrentProfile,
  recordAttempt: withSession(recordAttempt),
  getProgress: withSession(getProgress),
  getResumeState: withSession(getResumeState),
  saveResumeState: withSession(saveResumeState),
  resetProgress: withSession(resetProgress),
  exportProgress: withSession(exportProgress),
  importProgress: withSession(importProgress),
  getStorageStatus,
} satisfies FeatureHandlers<ProgressDeps, ProgressChannel>;
