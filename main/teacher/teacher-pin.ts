/**
 * The teacher PIN that keeps students out of the teacher area. Set on first use; stored only as a
 * salted scrypt hash in `teacher.json` in the user's storage (written atomically); checked in constant
 * time. After 5 wrong tries in a row, each further try waits 30 seconds; the count is stored, so
 * restarting Lenses does not reset it. Unlocked lasts until locked again or Lenses quits.
 */
import { z } from 'zod';
import { derivePinKey, fromBase64, randomSalt, sameBytes, toBase64 } from '../pin-kdf';
import type { Storage } from '../storage/storage';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { UserFacingError } from '../ipc/dispatch';

export const TEACHER_FILE = 'teacher.json';
export const MAX_WRONG_TRIES = 5;
export const LOCKOUT_MS = 30_000;
/** A PIN is 4 to 12 digits. */
export const PIN_PATTERN = /^\d{4,12}$/u;

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 } as const;

const StoredPin = z
  .object({
    kdf: z.literal('scrypt'),
    N: z.number().int().min(1024),
    r: z.number().int().min(1),
    p: z.number().int().min(1),
    salt: z.string().min(16),
    hash: z.string().min(16),
  })
  .strict();

const TeacherFile = z
  .object({
    format: z.literal(1),
    pin: StoredPin.nullable(),
    /** Wrong tries in a row since the last right one. */
    wrongTries: z.number().int().min(0),
    /** Epoch ms until which tries are refused, or null. */
    blockedUntil: z.number().nullable(),
  })
  .strict();
type TeacherFile = z.infer<typeof TeacherFile>;

export interface TeacherStatus {
  pinSet: boolean;
  unlocked: boolean;
  /** Seconds until another try is allowed after too many wrong ones, or null. */
  retryInSeconds: number | null;
}

export interface TeacherPin {
  status(): Promise<TeacherStatus>;
  /** Set the PIN when none is set, or change it while unlocked. Leaves the teacher area unlocked. */
  setPin(pin: string): Promise<TeacherStatus>;
  unlock(pin: string): Promise<TeacherStatus>;
  lock(): Promise<TeacherStatus>;
  /** Throws UserFacingError 'locked' unless unlocked. */
  requireUnlocked(): void;
}

export function createTeacherPin(storage: Storage, now: () => number = Date.now): TeacherPin {
  const file = TEACHER_FILE;
  let unlocked = false;
  let cached: TeacherFile | null = null;

  const load = async (): Promise<TeacherFile> => {
    if (cached) return cached;
    const read = await readJsonFile(storage, file, TeacherFile);
    // A damaged file is moved aside by readJsonFile; the teacher then sets a new PIN.
    cached = read.ok ? read.value : { format: 1, pin: null, wrongTries: 0, blockedUntil: null };
    return cached;
  };
  const save = async (next: TeacherFile) => {
    await writeJsonFileAtomic(storage, file, next);
    cached = next;
  };
  const retryIn = (state: TeacherFile): number | null =>
    state.blockedUntil !== null && state.blockedUntil > now() ? Math.ceil((state.blockedUntil - now()) / 1000) : null;
  const statusOf = (state: TeacherFile): TeacherStatus => ({ pinSet: state.pin !== null, unlocked: unlocked && state.pin !== null, retryInSeconds: retryIn(state) });

  return {
    async status() {
      return statusOf(await load());
    },
    async setPin(pin) {
      if (!PIN_PATTERN.test(pin)) throw new UserFacingError('invalid-arguments', 'A PIN is 4 to 12 digits.');
      const state = await load();
      if (state.pin !== null && !unlocked) throw new UserFacingError('locked', 'Unlock the teacher area with the current PIN before changing it.');
      const salt = randomSalt();
      const hash = await derivePinKey(pin, salt, SCRYPT);
      await save({
        format: 1,
        pin: { kdf: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: toBase64(salt), hash: toBase64(hash) },
        wrongTries: 0,
        blockedUntil: null,
      });
      unlocked = true;
      return statusOf(await load());
    },
    async unlock(pin) {
      const state = await load();
      if (state.pin === null) throw new UserFacingError('not-found', 'No teacher PIN has been set yet. Choose one first.');
      const wait = retryIn(state);
      if (wait !== null) throw new UserFacingError('rate-limited', `Too many wrong tries. Wait ${wait} seconds, then try again.`);
      const expected = fromBase64(state.pin.hash);
      const given = await derivePinKey(pin, fromBase64(state.pin.salt), { N: state.pin.N, r: state.pin.r, p: state.pin.p, keyLength: expected.length });
      if (sameBytes(given, expected)) {
        unlocked = true;
        if (state.wrongTries !== 0 || state.blockedUntil !== null) await save({ ...state, wrongTries: 0, blockedUntil: null });
        return statusOf(await load());
      }
      unlocked = false;
      const wrongTries = state.wrongTries + 1;
      await save({ ...state, wrongTries, blockedUntil: wrongTries >= MAX_WRONG_TRIES ? now() + LOCKOUT_MS : null });
      throw new UserFacingError('wrong-pin', 'That PIN is not right.');
    },
    async lock() {
      unlocked = false;
      return statusOf(await load());
    },
    requireUnlocked() {
      if (!unlocked) throw new UserFacingError('locked', 'The teacher area is locked. Enter the teacher PIN first.');
    },
  };
}
