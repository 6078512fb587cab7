/**
 * Optional 4-digit profile PINs: stored only as a salted scrypt hash, compared in constant time,
 * and a limit on wrong guesses. A PIN keeps classmates out of each other's progress on a shared
 * computer; it is not encryption (the progress files themselves are plain).
 */
import { derivePinKey, fromBase64, randomSalt, sameBytes, toBase64 } from '../pin-kdf';
import { z } from 'zod';

export const PinHash = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z.number().int().min(2),
    r: z.number().int().min(1),
    p: z.number().int().min(1),
    salt: z.base64(),
    hash: z.base64(),
  })
  .strict();
export type PinHash = z.infer<typeof PinHash>;

const COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomSalt();
  const key = await derivePinKey(pin, salt, { ...COST, keyLength: KEY_LENGTH });
  return { algorithm: 'scrypt', ...COST, salt: toBase64(salt), hash: toBase64(key) };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const key = await derivePinKey(pin, fromBase64(stored.salt), { N: stored.N, r: stored.r, p: stored.p, keyLength: expected.length });
  return sameBytes(key, expected);
}

export const PIN_MAX_TRIES = 5;
export const PIN_LOCK_MS = 30_000;

export interface PinLimiter {
  /** Milliseconds until this profile may be tried again; 0 when it may be tried now. */
  lockedFor(profileId: string): number;
  /** Count a wrong PIN; the last allowed one starts the lock. */
  wrong(profileId: string): void;
  right(profileId: string): void;
}

/** After `maxTries` wrong PINs in a row, a profile is refused for `lockMs`, then may be tried again. */
export function createPinLimiter(now: () => number, maxTries = PIN_MAX_TRIES, lockMs = PIN_LOCK_MS): PinLimiter {
  const state = new Map<string, { wrong: number; lockedUntil: number }>();
  return {
    lockedFor(profileId) {
      const s = state.get(profileId);
      return s ? Math.max(0, s.lockedUntil - now()) : 0;
    },
    wrong(profileId) {
      const s = state.get(profileId) ?? { wrong: 0, lockedUntil: 0 };
      s.wrong += 1;
      if (s.wrong >= maxTries) {
        s.wrong = 0;
        s.lockedUntil = now() + lockMs;
      }
      state.set(profileId, s);
    },
    right(profileId) {
      state.delete(profileId);
    },
  };
}
