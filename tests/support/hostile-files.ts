/**
 * Hostile article files, made when a test or the bench runs (none is stored in the repository):
 * Word zip bombs (honest and lying about their size), deeply nested HTML, a Markdown line of
 * unclosed marks, an SVG image named .html and a 4.9 MB text file.
 */
import { crc32, deflateRawSync } from 'node:zlib';

interface Part {
  name: string;
  content: Buffer;
  /** The expanded size the zip declares (default: the true size). */
  declaredSize?: number;
}

/** A zip file written field by field, so a test can make its table of contents lie. */
export function zipOf(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.content, { level: 9 });
    const size = part.declaredSize ?? part.content.length;
    const crc = crc32(part.content) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A Word document whose text part expands to about `expandedBytes` (one word per paragraph). */
export function wordZipBomb(expandedBytes: number, options: { declaredSize?: number } = {}): Uint8Array {
  const paragraph = '<w:p><w:r><w:t>word</w:t></w:r></w:p>';
  const head = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const tail = '</w:body></w:document>';
  const body = paragraph.repeat(Math.max(1, Math.ceil((expandedBytes - head.length - tail.length) / paragraph.length)));
  return zipOf([
    { name: '[Content_Types].xml', content: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', content: Buffer.from(RELS) },
    { name: 'word/document.xml', content: Buffer.from(head + body + tail), ...(options.declaredSize !== undefined ? { declaredSize: options.declaredSize } : {}) },
  ]);
}

/** A page whose article sits inside `depth` nested <div>s. */
export function nestedDivs(depth: number): string {
  const text = [
    'Officials said the river rose two metres overnight, and about 60 homes were damaged.',
    '"We have never seen the water this high," said Mara Jensen, a farmer whose fields lie beside the river.',
    'The regional water authority said the flood barriers held along most of the town, but failed near the old mill.',
    'Police closed two roads on Tuesday evening and asked residents of low-lying streets to leave their homes.',
    'An anonymous official said insurers had already received dozens of claims by Wednesday morning.',
  ].map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}${text}${'</div>'.repeat(depth)}</body></html>`;
}

/** One Markdown line of about `bytes` bytes, full of marks that never close. */
export function unclosedMarkdownLine(bytes: number): string {
  const pattern = '**ab[cd_ef*gh ';
  return `# Marks that never close\n\nThe river rose, officials said. ${pattern.repeat(Math.ceil(bytes / pattern.length))}\n`;
}

export const SVG_ROOTED_HTML = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><title>A chart</title><text x="10" y="50">Deaths by month</text></svg>\n';

/** A text file of about `bytes` bytes: sentences of a news report, over and over. */
export function largeText(bytes: number): string {
  const line = 'About 60 homes were damaged, the regional water authority said on Wednesday.\n';
  return `River Alder floods\n${line.repeat(Math.ceil(bytes / line.length))}`;
}

/**
 * The patterns Markdown's inline markup went through before the linear scanner
 * (main/authoring/markdown-inline.ts): its reference in tests, and the "before" figure in the bench.
 */
const OLD_MARKDOWN_PATTERNS: Array<[RegExp, string]> = [
  [/!\[[^\]]*\]\([^)]*\)/gu, ''],
  [/\[([^\]]+)\]\([^)]*\)/gu, '$1'],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2'],
  [/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3'],
  [/`([^`]+)`/gu, '$1'],
];

export const stripByOldPatterns = (line: string) => OLD_MARKDOWN_PATTERNS.reduce((l, [re, to]) => l.replace(re, to), line);
