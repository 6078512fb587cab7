/**
 * SHA-256 of a text (UTF-8), as lower-case hex. Uses Web Crypto, which the renderer (Chromium) and
 * Node 20 (`globalThis.crypto.subtle`) both have, so this module stays pure. Async, as Web Crypto is.
 */
import { bytesToHex } from '../logic/hex';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return bytesToHex(new Uint8Array(digest));
}

/** Size of a text in bytes once written as UTF-8. */
export function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
