import { bytesToHex } from '../content/logic/hex';

/** `bytes` random bytes as lower-case hex (Web Crypto: Node 20 and browsers alike). */
export function randomHex(bytes: number): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(bytes)));
}
