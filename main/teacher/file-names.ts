/** File names Lenses suggests in save dialogs: safe on Windows, macOS and Linux. */

/** A title or name turned into part of a file name: no folder separators or reserved characters. */
export function fileNamePart(text: string, fallback: string): string {
  const cleaned = [...text.normalize('NFC')]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/gu, '');
  const short = [...cleaned].slice(0, 80).join('').trim();
  return short === '' ? fallback : short;
}

export function suggestedName(parts: readonly string[], extension: string): string {
  return `${parts.map((p) => fileNamePart(p, 'untitled')).join('-')}.${extension}`;
}
