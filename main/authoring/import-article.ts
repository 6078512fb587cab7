/**
 * Turning a file the teacher picked (or text they pasted) into an article's text: plain text and
 * Markdown as written (Markdown's markup symbols left out), the article body of a web page
 * (Readability over linkedom drops navigation, adverts and scripts), the paragraphs of a Word file
 * (mammoth). The words are never changed: whitespace is collapsed and the text split into one block
 * per paragraph, exactly as the content checker splits a source file. Bad input is refused with a
 * message that names the file and the reason.
 */
// Readability, linkedom and mammoth are loaded when an HTML or Word file is imported, not with
// the app: they are most of the web build's worker, and most sessions never import an article.
import type { Block, BlockKind } from '../../content/schema/article-set';
import { normaliseWhitespace, splitSourceText } from '../../content/logic/text';
import { UserFacingError } from '../ipc/user-facing-error';
import type { PickedFile } from '../platform/files/files';
import { stripInlineMarkdown } from './markdown-inline';
import { expandedSize, readZipDirectory } from './zip-directory';
import { formatCount } from '../../content/logic/format-count';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** An article a teacher imports is a news report: far under this many words. */
export const MAX_ARTICLE_WORDS = 20_000;
/** A web page's elements and their nesting, checked before Readability reads the page. */
const MAX_HTML_ELEMENTS = 30_000;
const MAX_HTML_DEPTH = 100;
/** A Word file's parts, as its table of contents declares them, checked before anything is expanded. */
const MAX_DOCX_PARTS = 1_000;
const MAX_DOCX_XML_BYTES = 8 * 1024 * 1024;
const MAX_DOCX_EXPANDED_BYTES = 64 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;

export interface ImportedText {
  /** The file's name, or "pasted text". */
  name: string;
  /** One line per block: saved as the article's source file. */
  sourceText: string;
  blocks: Block[];
  /** What the file itself says, to fill in the metadata form (the teacher confirms it). */
  found: { title?: string; byline?: string; publishedTime?: string; siteName?: string; language?: string };
}

const refuse = (name: string, reason: string) => new UserFacingError('bad-file', `“${name}” could not be imported: ${reason}.`);

function extensionOf(name: string): string {
  const m = /\.([^.]+)$/u.exec(name);
  return m ? (m[1] as string).toLowerCase() : '';
}

/** UTF-8 text from bytes, or a reason why it is not. */
function decodeText(name: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw refuse(name, 'it is saved as UTF-16; save it as UTF-8 text and try again');
  }
  if (bytes.includes(0)) throw refuse(name, 'it is not a text file (it holds binary data)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse(name, 'it is not UTF-8 text (unsupported encoding); save it as UTF-8 and try again');
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Words in a text (runs of non-space), counted in one pass; stops counting past `limit`. */
function countWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words += 1;
      if (words > limit) return words;
    }
  }
  return words;
}

/** Refuse a text longer than an article can be, before it is split and analysed. */
function checkLength(name: string, text: string): void {
  if (countWords(text, MAX_ARTICLE_WORDS) > MAX_ARTICLE_WORDS) {
    throw refuse(name, `it is longer than an article Lenses can import (more than ${formatCount(MAX_ARTICLE_WORDS)} words); import the article alone, or split it into parts`);
  }
}

function blocksFrom(lines: Array<{ text: string; heading?: boolean }>, title?: string): Block[] {
  const kept = lines.map((l) => ({ ...l, text: normaliseWhitespace(l.text) })).filter((l) => l.text.length > 0);
  return kept.map((l, i) => {
    let kind: BlockKind = 'paragraph';
    if (l.heading) kind = i === 0 ? 'headline' : 'subheading';
    else if (i === 0 && title && l.text === normaliseWhitespace(title)) kind = 'headline';
    return { id: `b${i + 1}`, kind, text: l.text };
  });
}

function finish(name: string, blocks: Block[], found: ImportedText['found']): ImportedText {
  if (blocks.length === 0 || !blocks.some((b) => b.text.split(' ').length >= 3)) throw refuse(name, 'it holds no article text');
  const sourceText = `${blocks.map((b) => b.text).join('\n')}\n`;
  // The content checker compares blocks with the source split into lines: they must agree.
  const check = splitSourceText(sourceText);
  if (check.length !== blocks.length || check.some((line, i) => line !== blocks[i]?.text)) throw refuse(name, 'its paragraphs could not be separated');
  return { name, sourceText, blocks, found };
}

/** Plain text: one block per non-empty line; a short first line without a full stop is the headline. */
function importPlainText(name: string, text: string): ImportedText {
  checkLength(name, text);
  const lines = splitSourceText(text);
  if (lines.length === 0) throw refuse(name, 'it is empty');
  const first = lines[0] as string;
  const headline = lines.length > 1 && first.length <= 150 && !/[.!?:;,"”]$/u.test(first);
  return finish(name, blocksFrom(lines.map((text, i) => ({ text, heading: i === 0 && headline }))), headline ? { title: first } : {});
}

/** A line without its closing `#`s ("## Title ##" → "## Title"), in one pass from the end. */
function withoutClosingHashes(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === '#') end -= 1;
  if (end === line.length || end === 0 || !/\s/u.test(line[end - 1] as string)) return line;
  return line.slice(0, end).trimEnd();
}

/** Markdown: the same words, without the markup symbols (# headings, emphasis, links, list marks). */
function importMarkdown(name: string, text: string): ImportedText {
  checkLength(name, text);
  const lines: Array<{ text: string; heading?: boolean }> = [];
  let title: string | undefined;
  for (const raw of text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)) {
    let line = raw.trim();
    if (/^(-{3,}|\*{3,}|_{3,})$/u.test(line) || /^<!--.*-->$/u.test(line)) continue;
    const heading = /^#{1,6}\s+/u.exec(line);
    if (heading) line = withoutClosingHashes(line.slice(heading[0].length));
    line = stripInlineMarkdown(line.replace(/^>\s?/u, '').replace(/^([-*+]|\d+[.)])\s+/u, ''));
    if (heading && title === undefined) title = normaliseWhitespace(line);
    lines.push({ text: line, heading: Boolean(heading) });
  }
  if (!lines.some((l) => l.text.trim())) throw refuse(name, 'it is empty');
  return finish(name, blocksFrom(lines), title ? { title } : {});
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre';

/** The few DOM properties the page checks read (linkedom's document and elements have them). */
interface PageElement {
  localName: string;
  firstElementChild: PageElement | null;
  nextElementSibling: PageElement | null;
  parentElement: PageElement | null;
}
interface PageDocument {
  documentElement: PageElement | null;
}

/** Start tags in the page's text, counted in one pass: a bound on its elements before it is parsed. */
function countStartTags(html: string, limit: number): number {
  let tags = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const c = html.charCodeAt(at + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a && (tags += 1) > limit) break;
  }
  return tags;
}

/** Refuse a page that is not HTML, or whose elements are too many or nested too deep for Readability. */
function checkPage(name: string, document: PageDocument): void {
  const root = document.documentElement;
  if (!root) throw refuse(name, 'no article text was found in the page');
  if (root.localName.toLowerCase() === 'svg') throw refuse(name, 'it is an SVG image, not a web page');
  if (root.localName.toLowerCase() === 'math') throw refuse(name, 'it is a MathML formula, not a web page');
  // Every element once, without recursion: a page nested thousands deep must not exhaust the stack.
  let elements = 0;
  let depth = 1;
  let el: PageElement | null = root;
  while (el) {
    elements += 1;
    if (elements > MAX_HTML_ELEMENTS) throw refuse(name, `the page has too many parts for Lenses to find the article in it (more than ${formatCount(MAX_HTML_ELEMENTS)} elements); save the article alone and try again`);
    if (depth > MAX_HTML_DEPTH) throw refuse(name, `the page's parts are nested too deep for Lenses to find the article in it (more than ${MAX_HTML_DEPTH} levels); save the article alone and try again`);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth += 1;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth -= 1;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
}

/** A web page: the article body only (Readability), one block per paragraph or heading. */
async function importHtml(name: string, html: string): Promise<ImportedText> {
  if (!html.trim()) throw refuse(name, 'it is empty');
  // Comments and scripts hold "<" too, so this bound is looser than the element count checked below.
  if (countStartTags(html, MAX_HTML_ELEMENTS * 4) > MAX_HTML_ELEMENTS * 4) {
    throw refuse(name, `the page has too many parts for Lenses to find the article in it (more than ${formatCount(MAX_HTML_ELEMENTS)} elements); save the article alone and try again`);
  }
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(html);
  checkPage(name, document as unknown as PageDocument);
  const h1 = normaliseWhitespace(document.querySelector('h1')?.textContent ?? '');
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!parsed || !parsed.content) throw refuse(name, 'no article text was found in the page');
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const lines: Array<{ text: string; heading?: boolean }> = [];
  for (const el of body.querySelectorAll(BLOCK_SELECTOR)) {
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    lines.push({ text: el.textContent ?? '', heading: /^H[1-6]$/u.test(el.tagName) });
  }
  if (lines.length === 0) lines.push(...(parsed.textContent ?? '').split(/\n/u).map((text) => ({ text })));
  const title = parsed.title?.trim() || undefined;
  // Readability leaves out a headline that repeats the page title; it is part of the article.
  if (h1 && title && h1 === normaliseWhitespace(title) && normaliseWhitespace(lines[0]?.text ?? '') !== h1) lines.unshift({ text: h1, heading: true });
  const found: ImportedText['found'] = {
    ...(title ? { title } : {}),
    ...(parsed.byline?.trim() ? { byline: parsed.byline.trim() } : {}),
    ...(parsed.publishedTime ? { publishedTime: parsed.publishedTime } : {}),
    ...(parsed.siteName ? { siteName: parsed.siteName } : {}),
    ...(lang ? { language: lang.toLowerCase() } : {}),
  };
  if (!lines.some((l) => normaliseWhitespace(l.text))) throw refuse(name, 'no article text was found in the page');
  checkLength(name, lines.map((l) => l.text).join('\n'));
  return finish(name, blocksFrom(lines, title), found);
}

const isXmlPart = (name: string) => /\.(xml|rels)$/iu.test(name);

/**
 * Refuse a Word file whose parts would expand too far: first from its table of contents, before
 * expanding any; then by expanding its text parts in a stream that stops at the limit, since a
 * part can declare less than it holds.
 */
async function checkWordParts(name: string, bytes: Uint8Array): Promise<void> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw refuse(name, `it could not be read as a Word (.docx) document (${directory.reason})`);
  const { entries } = directory;
  if (entries.length > MAX_DOCX_PARTS) throw refuse(name, `it holds more parts than a Word document does (${formatCount(entries.length)}; at most ${formatCount(MAX_DOCX_PARTS)})`);
  let xml = 0;
  let all = 0;
  for (const e of entries) {
    all += e.uncompressedSize;
    if (isXmlPart(e.name)) xml += e.uncompressedSize;
  }
  if (xml > MAX_DOCX_XML_BYTES) throw refuse(name, `its text would expand to ${megabytes(xml)}, more than the ${megabytes(MAX_DOCX_XML_BYTES)} an article can take`);
  if (all > MAX_DOCX_EXPANDED_BYTES) throw refuse(name, `its contents would expand to ${megabytes(all)}, more than the ${megabytes(MAX_DOCX_EXPANDED_BYTES)} Lenses opens`);
  let expanded = 0;
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue;
    const size = await expandedSize(bytes, e, MAX_DOCX_XML_BYTES - expanded);
    if (size === null) throw refuse(name, `it could not be read as a Word (.docx) document (its part “${e.name}” is damaged)`);
    expanded += size;
    if (expanded > MAX_DOCX_XML_BYTES) throw refuse(name, `its text expands to more than the ${megabytes(MAX_DOCX_XML_BYTES)} an article can take`);
  }
}

/** A Word file (.docx): its paragraphs as plain text. */
async function importDocx(name: string, bytes: Uint8Array): Promise<ImportedText> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw refuse(name, 'it is not a Word (.docx) file');
  await checkWordParts(name, bytes);
  let text: string;
  try {
    const { default: mammoth } = await import('mammoth');
    const data = bytes.slice().buffer;
    // mammoth reads `buffer` under Node and `arrayBuffer` in a browser; an ArrayBuffer does for both.
    text = (await mammoth.extractRawText({ arrayBuffer: data, buffer: data } as unknown as { arrayBuffer: ArrayBuffer })).value;
  } catch {
    throw refuse(name, 'it could not be read as a Word (.docx) document');
  }
  if (!text.trim()) throw refuse(name, 'the document is empty');
  return importPlainText(name, text);
}

/** A picked file's bytes, once its extension and size are checked. */
export async function readArticleFile(file: PickedFile): Promise<Uint8Array> {
  const ext = extensionOf(file.name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw refuse(file.name, 'Lenses imports .txt, .md, .html, .htm and .docx files');
  }
  if (file.size > MAX_IMPORT_BYTES) throw refuse(file.name, `it is larger than 5 MB (${(file.size / 1024 / 1024).toFixed(1)} MB)`);
  let bytes: Uint8Array;
  try {
    bytes = await file.readBytes();
  } catch {
    throw refuse(file.name, 'it could not be read');
  }
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse(file.name, 'it is larger than 5 MB');
  if (bytes.length === 0) throw refuse(file.name, 'it is empty');
  return bytes;
}

/** A picked file, by its extension; checks size, encoding and content. */
export async function importPickedFile(file: PickedFile): Promise<ImportedText> {
  const bytes = await readArticleFile(file);
  const ext = extensionOf(file.name);
  if (ext === 'docx') return importDocx(file.name, bytes);
  const text = decodeText(file.name, bytes);
  if (!text.trim()) throw refuse(file.name, 'it is empty');
  if (ext === 'html' || ext === 'htm') return importHtml(file.name, text);
  if (ext === 'md' || ext === 'markdown') return importMarkdown(file.name, text);
  return importPlainText(file.name, text);
}

/** Text pasted into the app. */
export function importPasted(text: string): ImportedText {
  const name = 'pasted text';
  if (!text.trim()) throw refuse(name, 'it is empty');
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) throw refuse(name, 'it is longer than 5 MB');
  if (text.includes('\u0000')) throw refuse(name, 'it holds binary data');
  return importPlainText(name, text);
}
