/**
 * The table of contents of a zip file (a Word .docx is one), read from its central directory
 * without expanding anything: each part's name and its sizes as the file declares them. Used to
 * refuse a file whose parts would expand too far before any of them is expanded. Pure.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** Sizes and counts that say "look in the Zip64 record": a Word file never needs them. */
const ZIP64_MARK_16 = 0xffff;
const ZIP64_MARK_32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record is the last 22 bytes, followed by a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at -= 1) {
    if (u32(at) === END_OF_DIRECTORY && at + 22 + u16(at + 20) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end === -1) return { ok: false, reason: 'it is not a complete zip file' };
  const count = u16(end + 10);
  const size = u32(end + 12);
  const offset = u32(end + 16);
  if (count === ZIP64_MARK_16 || size === ZIP64_MARK_32 || offset === ZIP64_MARK_32) return { ok: false, reason: 'it is stored in a zip format for very large files' };
  if (offset + size > end) return { ok: false, reason: 'its table of contents is damaged' };
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > offset + size || u32(at) !== DIRECTORY_ENTRY) return { ok: false, reason: 'its table of contents is damaged' };
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > offset + size) return { ok: false, reason: 'its table of contents is damaged' };
    entries.push({ name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), compressedSize: u32(at + 20), uncompressedSize: u32(at + 24) });
    at = next;
  }
  return { ok: true, entries };
}
