/**
 * The one PIN module, for profile PINs and the teacher PIN (and the teacher's recovery code):
 * one stored format (a salted scrypt hash at one cost, compared in constant time), one limit on
 * wrong tries, whose counts are stored (`pin-tries.json`), so restarting Lenses does not give fresh
 * tries, and one error code ('too-many-tries'). A PIN keeps classmates from opening someone's work
 * in Lenses on a shared computer; it does not encrypt anything (the files themselves are plain).
 *
 * Older stored PINs still open: the teacher's old `{ kdf: 'scrypt', … }` form is read as this one.
 */
import { z } from 'zod';
import { derivePinKey, fromBase64, randomSalt, sameBytes, toBase64 } from '../pin-kdf';
import { UserFacingError } from '../ipc/user-facing-error';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import type { Storage } from '../platform/storage/storage';
import { createSerialQueue } from '../serial-queue';

const CanonicalPinHash = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z.number().int().min(2),
    r: z.number().int().min(1),
    p: z.number().int().min(1),
    salt: z.base64(),
    hash: z.base64(),
  })
  .strict();

/** The teacher PIN as stored before there was one PIN module. */
const LegacyTeacherPinHash = z
  .object({ kdf: z.literal('scrypt'), N: z.number().int().min(2), r: z.number().int().min(1), p: z.number().int().min(1), salt: z.base64(), hash: z.base64() })
  .strict()
  .transform(({ kdf, ...rest }) => ({ algorithm: kdf, ...rest }));

/** A stored PIN hash; older forms are migrated when read. */
export const PinHash = z.union([CanonicalPinHash, LegacyTeacherPinHash]);
export type PinHash = z.output<typeof CanonicalPinHash>;

/** The one cost for every PIN and recovery code. */
export const PIN_COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomSalt();
  const key = await derivePinKey(pin, salt, { ...PIN_COST, keyLength: KEY_LENGTH });
  return { algorithm: 'scrypt', ...PIN_COST, salt: toBase64(salt), hash: toBase64(key) };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const key = await derivePinKey(pin, fromBase64(stored.salt), { N: stored.N, r: stored.r, p: stored.p, keyLength: expected.length });
  return sameBytes(key, expected);
}

/** After this many wrong tries in a row, each further try waits PIN_LOCK_MS. */
export const PIN_MAX_TRIES = 5;
export const PIN_LOCK_MS = 30_000;
const PIN_TRIES_FILE = 'pin-tries.json';

const TriesEntry = z.object({ wrong: z.number().int().min(0), blockedUntil: z.number().nullable() }).strict();
type TriesEntry = z.infer<typeof TriesEntry>;
const TriesFile = z.object({ format: z.literal(1), subjects: z.record(z.string(), TriesEntry) }).strict();

function tooManyTries(waitMs: number): UserFacingError {
  return new UserFacingError('too-many-tries', `Too many wrong PINs. Wait ${Math.ceil(waitMs / 1000)} seconds, then try again.`);
}

const wrongPin = () => new UserFacingError('wrong-pin', 'That PIN is not right.');

export interface PinTries {
  /** Milliseconds until `subject` may be tried again; 0 when it may be tried now. */
  waitFor(subject: string): Promise<number>;
  /**
   * Try a PIN for `subject`: refused ('too-many-tries') while waiting; otherwise `verify` runs, a
   * wrong answer is counted (and stored) and refused ('wrong-pin' or the given error), a right one
   * clears the count.
   */
  attempt(subject: string, verify: () => Promise<boolean>, wrong?: () => UserFacingError): Promise<void>;
  /** Seed a subject's count (migrating an older file that kept its own count). */
  seed(subject: string, entry: TriesEntry): Promise<void>;
}

/** Wrong-try counts for every PIN, stored in `pin-tries.json` so they survive a restart. */
export function createPinTries(storage: Storage, now: () => number): PinTries {
  const serial = createSerialQueue();
  let cached: Record<string, TriesEntry> | null = null;
  const load = async () => {
    if (cached) return cached;
    const read = await readJsonFile(storage, PIN_TRIES_FILE, TriesFile);
    cached = read.ok ? { ...read.value.subjects } : {};
    return cached;
  };
  const save = async (subjects: Record<string, TriesEntry>) => {
    await writeJsonFileAtomic(storage, PIN_TRIES_FILE, { format: 1, subjects });
    cached = subjects;
  };
  const waitOf = (entry: TriesEntry | undefined) => (entry?.blockedUntil != null ? Math.max(0, entry.blockedUntil - now()) : 0);

  return {
    async waitFor(subject) {
      const all = await load();
      return waitOf(Object.hasOwn(all, subject) ? all[subject] : undefined);
    },
    attempt(subject, verify, wrong = wrongPin) {
      return serial(async () => {
        const all = await load();
        const entry = Object.hasOwn(all, subject) ? all[subject] : undefined;
        const wait = waitOf(entry);
        if (wait > 0) throw tooManyTries(wait);
        if (await verify()) {
          if (entry) {
            const { [subject]: _cleared, ...rest } = all;
            await save(rest);
          }
          return;
        }
        const count = (entry?.wrong ?? 0) + 1;
        await save({ ...all, [subject]: { wrong: count, blockedUntil: count >= PIN_MAX_TRIES ? now() + PIN_LOCK_MS : null } });
        throw wrong();
      });
    },
    seed(subject, entry) {
      return serial(async () => {
        const all = await load();
        if (Object.hasOwn(all, subject)) return;
        await save({ ...all, [subject]: entry });
      });
    },
  };
}
