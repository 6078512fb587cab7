/** `bytes` random bytes as lower-case hex (Web Crypto: Node 20 and browsers alike). */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
