/**
 * Deriving a key from a PIN with scrypt, for the profile PINs and the teacher PIN. @noble/hashes'
 * scrypt gives the same keys as Node's and also runs in the browser's worker, so stored hashes
 * work in both hosts. Randomness comes from Web Crypto (global in Node 20 and in workers).
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

export function randomSalt(length = 16): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function derivePinKey(pin: string, salt: Uint8Array, cost: ScryptCost): Promise<Uint8Array> {
  return scryptAsync(pin.normalize('NFC'), salt, { N: cost.N, r: cost.r, p: cost.p, dkLen: cost.keyLength, maxmem: 256 * cost.N * cost.r + 1024 * 1024 });
}

/** Equal bytes, compared in constant time for a given length. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
