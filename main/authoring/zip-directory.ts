/**
 * The table of contents of a zip file (a Word .docx is one), read from its central directory
 * without expanding anything: each part's name and its sizes as the file declares them. Used to
 * refuse a file whose parts would expand too far before any of them is expanded. Pure.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the two a Word file uses). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the part's own header starts. */
  headerOffset: number;
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
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      uncompressedSize: u32(at + 24),
      headerOffset: u32(at + 42),
    });
    at = next;
  }
  return { ok: true, entries };
}

const LOCAL_HEADER = 0x04034b50;

/**
 * How far a part really expands, counted while it is expanded in a stream and given up once past
 * `limit` (a part can declare a small size and expand far beyond it). `null`: the part is damaged
 * or stored in a way a Word file does not use.
 */
export async function expandedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<number | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  if (entry.method === 0) return entry.compressedSize;
  if (entry.method !== 8) return null;
  const stream = new Blob([bytes.slice(start, end)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return size;
      }
    }
  } catch {
    return null;
  }
}
