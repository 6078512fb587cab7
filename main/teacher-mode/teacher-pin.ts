/**
 * The teacher PIN that keeps students out of the teacher area, through the one PIN module
 * (main/progress/pin.ts: one stored format, one cost, wrong tries counted in `pin-tries.json`).
 *
 * - `teacher.json` holds the PIN's hash and how long the area stays open without use.
 * - `teacher-recovery.json` is the marker that a PIN was set, with the hash of the one-time recovery
 *   code shown when the PIN was chosen. It is kept apart on purpose: when teacher.json is missing or
 *   damaged but the marker is there, the area stays locked (fail closed), the damaged file is set
 *   aside and the status says so; only the recovery code then sets a new PIN.
 * - Unlocked lasts until: Lock, a change of profile, a restart or reload, or `idleMinutes` without a
 *   teacher call. Every teacher and authoring channel passes `requireUnlocked` (core.ts,
 *   teacherOnly), which also counts as activity.
 */
import { z } from 'zod';
import type { Storage } from '../platform/storage/storage';
import { readJsonFile, writeJsonFileAtomic, type ReadResult } from '../storage/json-file';
import { UserFacingError } from '../ipc/user-facing-error';
import type { TeacherStatus } from '../ipc/assignment-channels';
import { createPinTries, hashPin, PIN_LOCK_MS, PIN_MAX_TRIES, PinHash, verifyPin, type PinTries } from '../progress/pin';

const TEACHER_FILE = 'teacher.json';
const TEACHER_RECOVERY_FILE = 'teacher-recovery.json';
export const MAX_WRONG_TRIES = PIN_MAX_TRIES;
export const LOCKOUT_MS = PIN_LOCK_MS;
/** A PIN is 4 to 12 digits. */
const PIN_PATTERN = /^\d{4,12}$/u;
const DEFAULT_IDLE_MINUTES = 10;
const TEACHER_SUBJECT = 'teacher';
const RECOVERY_SUBJECT = 'teacher-recovery';

const TeacherFileV1 = z
  .object({ format: z.literal(1), pin: PinHash.nullable(), wrongTries: z.number().int().min(0), blockedUntil: z.number().nullable() })
  .strict();
const TeacherFileV2 = z.object({ format: z.literal(2), pin: PinHash, idleMinutes: z.number().int().min(1).max(240) }).strict();
const TeacherFile = z.union([TeacherFileV2, TeacherFileV1]);
type TeacherState = { pin: PinHash; idleMinutes: number };

const RecoveryFile = z.object({ format: z.literal(1), code: PinHash.nullable(), setAt: z.iso.datetime() }).strict();

export interface TeacherPin {
  status(): Promise<TeacherStatus>;
  /** Set the PIN when none is set, or change it while unlocked. Leaves the area unlocked; gives a new recovery code. */
  setPin(pin: string): Promise<TeacherStatus & { recoveryCode: string }>;
  unlock(pin: string): Promise<TeacherStatus>;
  /** A new PIN with the recovery code (forgotten PIN, or a missing or damaged teacher file). */
  recover(code: string, pin: string): Promise<TeacherStatus & { recoveryCode: string }>;
  setIdleMinutes(minutes: number): Promise<TeacherStatus>;
  lock(): void;
  /** Throws UserFacingError 'locked' unless unlocked (and not idle too long); counts as activity. */
  requireUnlocked(): Promise<void>;
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 20 characters from a 32-letter alphabet (100 bits), in groups of 4 to copy by hand. */
function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32]!);
  return [0, 4, 8, 12, 16].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What the teacher typed, as stored: capitals, no spaces or dashes, O read as 0 and I as 1 are not in the alphabet. */
const normaliseRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/gu, '');

export function createTeacherPin(storage: Storage, now: () => number = Date.now, tries: PinTries = createPinTries(storage, now)): TeacherPin {
  let unlocked = false;
  let lastActivity = 0;
  let loaded: { state: TeacherState | null; marker: boolean; recovery: PinHash | null; problem: string | null } | null = null;

  const describeRead = (read: ReadResult<unknown>, name: string) =>
    read.ok ? null : read.reason === 'missing' ? `The teacher file (${name}) is missing.` : `The teacher file could not be read${read.movedTo ? ` and was set aside as ${read.movedTo}` : ''}.`;

  const load = async () => {
    if (loaded) return loaded;
    const teacher = await readJsonFile(storage, TEACHER_FILE, TeacherFile);
    const recovery = await readJsonFile(storage, TEACHER_RECOVERY_FILE, RecoveryFile);
    let state: TeacherState | null = null;
    if (teacher.ok && teacher.value.pin !== null) {
      const value = teacher.value;
      state = { pin: value.pin!, idleMinutes: value.format === 2 ? value.idleMinutes : DEFAULT_IDLE_MINUTES };
      if (value.format === 1 && (value.wrongTries > 0 || value.blockedUntil !== null)) {
        await tries.seed(TEACHER_SUBJECT, { wrong: value.wrongTries, blockedUntil: value.blockedUntil });
      }
    }
    // A marker that is there at all (even damaged) means a PIN was set.
    const marker = recovery.ok || recovery.reason === 'damaged';
    let problem: string | null = null;
    if (!state && marker) {
      problem = `${describeRead(teacher, TEACHER_FILE) ?? 'The teacher file holds no PIN.'} A teacher PIN was set on this computer, so the teacher area stays locked. Enter your recovery code to choose a new PIN.`;
    }
    if (state && !recovery.ok) {
      // A PIN set before recovery codes existed (or a damaged marker): keep the marker from now on.
      await writeJsonFileAtomic(storage, TEACHER_RECOVERY_FILE, { format: 1, code: null, setAt: new Date(now()).toISOString() }).catch(() => undefined);
    }
    loaded = { state, marker: marker || state !== null, recovery: recovery.ok ? recovery.value.code : null, problem };
    return loaded;
  };

  const idleMs = (state: TeacherState | null) => (state?.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  const expireIfIdle = (state: TeacherState | null) => {
    if (unlocked && now() - lastActivity > idleMs(state)) unlocked = false;
  };

  const statusNow = async (): Promise<TeacherStatus> => {
    const l = await load();
    expireIfIdle(l.state);
    const wait = await tries.waitFor(TEACHER_SUBJECT);
    return {
      pinSet: l.marker,
      unlocked: unlocked && l.state !== null,
      retryInSeconds: wait > 0 ? Math.ceil(wait / 1000) : null,
      idleMinutes: l.state?.idleMinutes ?? DEFAULT_IDLE_MINUTES,
      hasRecoveryCode: l.recovery !== null,
      problem: l.problem,
    };
  };

  const writeNewPin = async (pin: string, idleMinutes: number) => {
    const recoveryCode = newRecoveryCode();
    const state: TeacherState = { pin: await hashPin(pin), idleMinutes };
    const code = await hashPin(normaliseRecoveryCode(recoveryCode));
    // The marker first: from here on, a missing teacher.json keeps the area locked.
    await writeJsonFileAtomic(storage, TEACHER_RECOVERY_FILE, { format: 1, code, setAt: new Date(now()).toISOString() });
    await writeJsonFileAtomic(storage, TEACHER_FILE, { format: 2, pin: state.pin, idleMinutes });
    loaded = { state, marker: true, recovery: code, problem: null };
    unlocked = true;
    lastActivity = now();
    return { ...(await statusNow()), recoveryCode };
  };

  const checkPinShape = (pin: string) => {
    if (!PIN_PATTERN.test(pin)) throw new UserFacingError('invalid-arguments', 'A PIN is 4 to 12 digits.');
  };

  return {
    status: statusNow,
    async setPin(pin) {
      checkPinShape(pin);
      const l = await load();
      expireIfIdle(l.state);
      if (l.marker && !(unlocked && l.state)) {
        throw new UserFacingError('locked', l.state ? 'Unlock the teacher area with the current PIN before changing it.' : 'Enter your recovery code to choose a new teacher PIN.');
      }
      return writeNewPin(pin, l.state?.idleMinutes ?? DEFAULT_IDLE_MINUTES);
    },
    async unlock(pin) {
      const l = await load();
      if (!l.marker) throw new UserFacingError('not-found', 'No teacher PIN has been set yet. Choose one first.');
      const state = l.state;
      if (!state) throw new UserFacingError('locked', l.problem ?? 'The teacher area is locked.');
      unlocked = false;
      await tries.attempt(TEACHER_SUBJECT, () => verifyPin(pin, state.pin));
      unlocked = true;
      lastActivity = now();
      return statusNow();
    },
    async recover(code, pin) {
      checkPinShape(pin);
      const l = await load();
      const recovery = l.recovery;
      if (!recovery) throw new UserFacingError('not-found', 'There is no recovery code on this computer. See “Teacher PIN forgotten” in the README to reset the teacher data by hand.');
      await tries.attempt(RECOVERY_SUBJECT, () => verifyPin(normaliseRecoveryCode(code), recovery), () => new UserFacingError('wrong-pin', 'That recovery code is not right.'));
      return writeNewPin(pin, l.state?.idleMinutes ?? DEFAULT_IDLE_MINUTES);
    },
    async setIdleMinutes(minutes) {
      const l = await load();
      if (!l.state || !unlocked) throw new UserFacingError('locked', 'The teacher area is locked. Enter the teacher PIN first.');
      const state = { ...l.state, idleMinutes: minutes };
      await writeJsonFileAtomic(storage, TEACHER_FILE, { format: 2, pin: state.pin, idleMinutes: minutes });
      loaded = { ...l, state };
      return statusNow();
    },
    lock() {
      unlocked = false;
    },
    async requireUnlocked() {
      const l = await load();
      expireIfIdle(l.state);
      if (!unlocked || !l.state) throw new UserFacingError('locked', 'The teacher area is locked. Enter the teacher PIN first.');
      lastActivity = now();
    },
  };
}
