/** Bytes as lower-case hex, two digits each: the one hex writer (random ids, digests). Pure. */
export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
