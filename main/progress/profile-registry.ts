/**
 * The profiles on this computer: `profiles.json` in the user's storage (written atomically), with a copy
 * of each entry in its own folder (`profiles/<id>/profile.json`). If profiles.json is damaged it
 * is moved aside and the list is rebuilt from those copies, so a bad file never hides anyone's
 * progress; a folder with attempts but no copy comes back as "Recovered profile N".
 * Plain module over `Storage`.
 */
import { z } from 'zod';
import { readJsonFile, type ReadResult } from '../storage/json-file';
import { UserFacingError } from '../ipc/user-facing-error';
import { IsoDateTime, ProfileId } from '../../content/progress/attempt-record';
import { ATTEMPTS_FILE } from './attempt-store';
import { hashPin, PinHash } from './pin';
import { describeStorageError, storageKey, type Storage } from '../platform/storage/storage';
import type { Profile } from '../../content/progress/progress-schemas';

export const StoredProfile = z
  .object({
    id: ProfileId,
    name: z.string().min(1).max(40),
    createdAt: IsoDateTime,
    lastUsedAt: IsoDateTime,
    pin: PinHash.optional(),
  })
  .strict();
export type StoredProfile = z.infer<typeof StoredProfile>;

const ProfilesFile = z.object({ format: z.literal(1), profiles: z.array(StoredProfile) }).strict();
type ProfilesFile = z.infer<typeof ProfilesFile>;

const PROFILES_FILE = 'profiles.json';
const PROFILES_FOLDER = 'profiles';
export const profileFolder = (id: string) => storageKey(PROFILES_FOLDER, id);
const profileCopy = (id: string) => storageKey(profileFolder(id), 'profile.json');

/** Names are unique regardless of case (and of how accented letters are encoded). */
const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('en');

export const publicProfile = (p: StoredProfile): Profile => ({
  id: p.id,
  name: p.name,
  hasPin: p.pin !== undefined,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt,
});

export interface ProfileRegistry {
  /** Every profile, by name. */
  list(): StoredProfile[];
  get(id: string): StoredProfile | undefined;
  /** `name` is already trimmed and checked by the contract; `pin` is 4 digits. */
  create(name: string, pin?: string): Promise<StoredProfile>;
  /** Note that the profile was opened now. Best effort: failing to save this loses nothing. */
  touch(id: string): Promise<void>;
  /** Set when profiles.json had to be set aside or profiles were recovered. */
  readonly notice: string | null;
}

export interface ProfileRegistryOptions {
  storage: Storage;
  now: () => Date;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function profileFolders(storage: Storage): Promise<string[]> {
  const entries = await storage.list(PROFILES_FOLDER);
  return entries.filter((e) => e.folder && ProfileId.safeParse(e.name).success).map((e) => e.name);
}

async function hasAttempts(storage: Storage, id: string): Promise<boolean> {
  const entries = await storage.list(profileFolder(id));
  return entries.some((e) => e.name === ATTEMPTS_FILE && !e.folder);
}

/** Said when the profile folders could not be looked through: a profile missing from the list may be there. */
const cannotLook = (storage: Storage, error: unknown) =>
  `Lenses could not look through the profile folders in ${storage.describe(PROFILES_FOLDER)} (${describeStorageError(error)}), so a profile missing from the list may not be shown. Nothing was deleted.`;

export async function openProfileRegistry({ storage, now }: ProfileRegistryOptions): Promise<ProfileRegistry> {
  const file = PROFILES_FILE;
  let read: ReadResult<ProfilesFile>;
  try {
    read = await readJsonFile(storage, file, ProfilesFile);
  } catch (error) {
    throw new UserFacingError('storage', `Lenses could not read the list of profiles in ${storage.describe(file)} (${describeStorageError(error)}).`);
  }
  const profiles = new Map<string, StoredProfile>();
  let notice: string | null = null;
  if (read.ok) for (const p of read.value.profiles) profiles.set(p.id, p);
  else if (read.reason === 'damaged') {
    notice = `The list of profiles could not be read${read.movedTo ? ` and was set aside in ${read.movedTo}` : ''}; the profiles were rebuilt from their folders.`;
  }

  // Reconcile with the folders: a profile whose entry is missing (damaged list, or a crash between
  // creating the folder and saving the list) is recovered from its folder.
  let recovered = 0;
  let lookNotice: string | null = null;
  try {
    for (const id of await profileFolders(storage)) {
      if (profiles.has(id)) continue;
      const copy = await readJsonFile(storage, profileCopy(id), StoredProfile);
      if (copy.ok && copy.value.id === id) profiles.set(id, copy.value);
      else if (await hasAttempts(storage, id)) {
        const stamp = now().toISOString();
        profiles.set(id, { id, name: '', createdAt: stamp, lastUsedAt: stamp });
      } else continue;
      recovered += 1;
    }
  } catch (error) {
    lookNotice = cannotLook(storage, error);
  }
  // Names must stay unique: a recovered profile whose name is taken (or unknown) gets a new one.
  const taken = new Set<string>();
  let renamed = false;
  const freeName = (base: string) => {
    for (let k = base ? 2 : 1; ; k += 1) {
      const candidate = base ? `${base.slice(0, 34)} (${k})` : `Recovered profile ${k}`;
      if (!taken.has(nameKey(candidate)) && ![...profiles.values()].some((p) => nameKey(p.name) === nameKey(candidate))) return candidate;
    }
  };
  for (const p of profiles.values()) {
    if (!p.name || taken.has(nameKey(p.name))) {
      p.name = freeName(p.name);
      renamed = true;
    }
    taken.add(nameKey(p.name));
  }

  const save = () => storage.writeAtomically(file, json({ format: 1, profiles: [...profiles.values()] }));
  if (lookNotice) notice = notice ? `${notice} ${lookNotice}` : lookNotice;
  if (recovered > 0) {
    notice ??= `${recovered} profile${recovered === 1 ? ' was' : 's were'} missing from the list of profiles and ${recovered === 1 ? 'has' : 'have'} been restored from ${storage.describe(PROFILES_FOLDER)}.`;
  }
  // Rewritten at once when profiles came back, unless a damaged list could not be moved aside
  // (it is then left as it is, not overwritten).
  const damagedInPlace = !read.ok && read.reason === 'damaged' && read.movedTo === null;
  if ((recovered > 0 || renamed) && !damagedInPlace) await save().catch(() => undefined);

  return {
    notice,
    list: () => [...profiles.values()].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })),
    get: (id) => profiles.get(id),
    async create(name, pin) {
      const key = nameKey(name);
      if ([...profiles.values()].some((p) => nameKey(p.name) === key)) {
        throw new UserFacingError('name-taken', `There is already a profile called "${name}". Choose another name.`);
      }
      const stamp = now().toISOString();
      const profile: StoredProfile = { id: crypto.randomUUID(), name, createdAt: stamp, lastUsedAt: stamp, ...(pin ? { pin: await hashPin(pin) } : {}) };
      try {
        // The folder's copy first: if the list cannot be saved after it, the next start recovers the profile.
        await storage.writeAtomically(profileCopy(profile.id), json(profile));
        profiles.set(profile.id, profile);
        await save();
      } catch (error) {
        profiles.delete(profile.id);
        throw new UserFacingError('storage', `Lenses could not save the new profile in ${storage.where} (${describeStorageError(error)}).`);
      }
      return profile;
    },
    async touch(id) {
      const p = profiles.get(id);
      if (!p) return;
      p.lastUsedAt = now().toISOString();
      await save().catch(() => undefined);
    },
  };
}
