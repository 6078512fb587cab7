/**
 * File names Lenses makes, in one place: names for save dialogs, ids that become file and folder
 * names (drafts, teachers' sets, article sources), and the check that a name can be stored on
 * Windows, macOS and Linux alike. Windows refuses device names (CON, PRN, AUX, NUL, COM1–9,
 * LPT1–9, also with an extension: "con.json") and names ending in a dot or a space.
 * The character rules are the maintained `filenamify` package's (reserved and control characters,
 * invisible format characters such as a right-to-left override, Unicode spaces, trailing dots and
 * spaces, length kept whole-character): Lenses decides only its fallback and how a device name is
 * renamed ("con.csv" → "con-file.csv"). Pure module: no Node, no DOM.
 */
import filenamify from 'filenamify/browser';

/** The longest id Lenses accepts (sets, articles, drafts, profiles, exercises). */
export const MAX_ID_LENGTH = 64;
/** The longest part of a suggested file name taken from a title. */
const MAX_NAME_PART = 80;
/** The longest whole file name Lenses saves under (its extension kept). */
const MAX_FILE_NAME = 120;

const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/iu;

const deviceStem = (name: string) => (name.split('.')[0] ?? name).trimEnd();
const isDeviceName = (name: string) => DEVICE_NAME.test(deviceStem(name));

/** Why Windows cannot store a file or folder of this name, or null when it can. */
export function windowsNameProblem(name: string): string | null {
  // Called for every id zod checks (thousands in a class's results), so without a split or a regex
  // for the usual name: a device name is three or four characters before the first dot.
  const dot = name.indexOf('.');
  const stem = (dot < 0 ? name : name.slice(0, dot)).trimEnd();
  if (stem.length >= 3 && stem.length <= 4 && DEVICE_NAME.test(stem)) return `Windows keeps the name "${stem.toUpperCase()}" for a device`;
  const last = name.charAt(name.length - 1);
  if (last === '.' || last === ' ') return 'Windows cannot store a name that ends in a dot or a space';
  return null;
}

/** An id (lower-case letters, digits, hyphens) is safe as a file name: not a Windows device name. */
export function isStorableId(id: string): boolean {
  return windowsNameProblem(id) === null;
}

/** "con.csv" → "con-file.csv": a device name made storable, keeping the extension. */
function notADevice(name: string): string {
  if (!isDeviceName(name)) return name;
  const dot = name.indexOf('.');
  return dot < 0 ? `${name}-file` : `${name.slice(0, dot)}-file${name.slice(dot)}`;
}

const CONTROL = /\p{Cc}/gu;

/**
 * `name` through filenamify, or '' when nothing storable is left (filenamify would answer "!" or the
 * replacement alone). Device names are renamed first, so filenamify never adds its own suffix.
 */
function storable(name: string, replacement: string, maxLength: number): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  const out = filenamify(notADevice(trimmed), { replacement, maxLength }).trim();
  return out === '!' || /^[\s.-]*$/u.test(out) ? '' : out;
}

/** The first characters of `text`, at most `max` UTF-16 units, never splitting a character (an accent, an emoji sequence). */
function shorten(text: string, max: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/** A title or name turned into part of a file name: no folder separators, reserved characters or device names. */
export function fileNamePart(text: string, fallback: string): string {
  const cleaned = storable(text.replace(/\s+/gu, ' '), ' ', Number.POSITIVE_INFINITY)
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/gu, '');
  const short = shorten(cleaned, MAX_NAME_PART).replace(/[\s.-]+$/gu, '');
  return short === '' ? fallback : notADevice(short);
}

/**
 * A whole file name (with its extension) as given by someone else, made safe to save under: no
 * folders, control or reserved characters, no trailing dots or spaces, no device names.
 */
export function safeFileName(name: string, fallback: string): string {
  // Folder separators become hyphens and control characters go, before filenamify reads ".." as a folder.
  const cleaned = storable(name.replace(CONTROL, '').replace(/[\\/]/gu, '-'), '-', MAX_FILE_NAME);
  return cleaned === '' ? fallback : notADevice(cleaned);
}

/** A suggested file name from parts joined by hyphens ("Flood week-results.csv"). */
export function suggestedName(parts: readonly string[], extension: string): string {
  return `${parts.map((p) => fileNamePart(p, 'untitled')).join('-')}.${extension}`;
}

/**
 * Text as an id (lower-case ASCII letters, digits, hyphens; at most `max` characters), or
 * `fallback` when nothing is left. A device name gets "-set" added, so it can be a file name.
 */
export function idFromText(text: string, fallback: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, max)
    .replace(/-+$/u, '');
  if (s === '') return fallback;
  return isStorableId(s) ? s : `${s}-${fallback}`;
}
