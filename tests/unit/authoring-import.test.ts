import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { importPasted, importPickedFile, MAX_IMPORT_BYTES } from '../../main/authoring/import-article';
import { pickedFromText, type PickedFile } from '../../main/platform/files/files';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { splitSourceText } from '../../content/logic/text';

const fixtures = path.resolve('tests/fixtures/authoring');
const fixture = async (name: string) => pickedFromText(name, await readFile(path.join(fixtures, name), 'utf8'));

/** A minimal Word document with the given paragraphs. */
async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

async function refused(file: PickedFile | (() => unknown)): Promise<string> {
  try {
    if (typeof file === 'function') await file();
    else await importPickedFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('bad-file');
    return (error as Error).message;
  }
  throw new Error('not refused');
}

const sourceMatchesBlocks = (r: { sourceText: string; blocks: Array<{ text: string }> }) =>
  expect(splitSourceText(r.sourceText)).toEqual(r.blocks.map((b) => b.text));

describe('importing articles', () => {
  it('plain text: one block per line, the headline first, the words unchanged', async () => {
    const r = await importPickedFile(await fixture('river-report.txt'));
    expect(r.blocks[0]).toEqual({ id: 'b1', kind: 'headline', text: 'River Alder floods low-lying streets in Marrow' });
    expect(r.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph']);
    expect(r.blocks[2]?.text).toBe('"We have never seen the water this high," said Mara Jensen, a farmer whose fields lie beside the river.');
    sourceMatchesBlocks(r);
  });

  it('Markdown: the same words without the markup', async () => {
    const r = await importPickedFile(await fixture('morning-after.md'));
    expect(r.found.title).toBe('Clean-up begins after Alder flood');
    expect(r.blocks.map((b) => b.text)).toEqual([
      'Clean-up begins after Alder flood',
      'Volunteers began clearing mud from Mill Street on Wednesday morning.',
      'About 60 homes were damaged, the regional water authority said, while police said two roads remained closed.',
      '"It will take weeks to dry out," said Lena Brooks, a shop owner.',
      'An anonymous official said insurers had already received dozens of claims.',
    ]);
    expect(r.blocks[0]?.kind).toBe('headline');
    sourceMatchesBlocks(r);
  });

  it('HTML: the article body only, without navigation, adverts, scripts or footer', async () => {
    const r = await importPickedFile(await fixture('flood-page.html'));
    const all = r.sourceText;
    expect(r.blocks[0]).toMatchObject({ kind: 'headline', text: 'Hundreds moved to shelter as Alder bursts its banks' });
    expect(all).toContain('More than 350 people spent the night in emergency shelters');
    expect(all).toContain('Forecasters warned that more rain was expected on Thursday.');
    for (const junk of ['Special offer', 'tracking', 'Sport', 'Most read', 'Copyright', 'tracker']) expect(all).not.toContain(junk);
    expect(r.found).toMatchObject({ title: 'Hundreds moved to shelter as Alder bursts its banks', language: 'en' });
    sourceMatchesBlocks(r);
  });

  it('Word (.docx): its paragraphs', async () => {
    const bytes = await docx(['Bridge reopens after repairs', 'The bridge reopened on Monday, the council said.', 'About 2,000 cars cross it each day, officials said.']);
    const r = await importPickedFile(pickedFromText('bridge.docx', bytes));
    expect(r.blocks.map((b) => b.text)).toEqual(['Bridge reopens after repairs', 'The bridge reopened on Monday, the council said.', 'About 2,000 cars cross it each day, officials said.']);
    sourceMatchesBlocks(r);
  });

  it('pasted text', () => {
    const r = importPasted('Storm closes port\r\n\r\nThe port closed on Friday, the harbour master said.');
    expect(r.name).toBe('pasted text');
    expect(r.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph']);
  });

  it('refuses bad input with the file name and the reason', async () => {
    expect(await refused(pickedFromText('empty.txt', ''))).toBe('“empty.txt” could not be imported: it is empty.');
    expect(await refused(pickedFromText('blank.md', '  \n\n \t'))).toMatch(/“blank\.md”.*it is empty/u);
    expect(await refused(pickedFromText('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])))).toMatch(/“photo\.txt”.*not a text file/u);
    expect(await refused(pickedFromText('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73])))).toMatch(/“latin1\.txt”.*not UTF-8/u);
    expect(await refused(pickedFromText('utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0])))).toMatch(/UTF-16/u);
    const huge: PickedFile = { name: 'huge.txt', size: MAX_IMPORT_BYTES + 1, read: () => Promise.reject(new Error('must not be read')), readBytes: () => Promise.reject(new Error('must not be read')) };
    expect(await refused(huge)).toMatch(/“huge\.txt”.*larger than 5 MB/u);
    const unreadable: PickedFile = { name: 'locked.txt', size: 0, read: () => Promise.reject(new Error('EACCES')), readBytes: () => Promise.reject(new Error('EACCES')) };
    expect(await refused(unreadable)).toBe('“locked.txt” could not be imported: it could not be read.');
    expect(await refused(pickedFromText('nav-only.html', '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>'))).toMatch(/“nav-only\.html”.*no article text/u);
    expect(await refused(pickedFromText('slides.pdf', '%PDF-1.4'))).toMatch(/“slides\.pdf”.*imports \.txt, \.md/u);
    expect(await refused(pickedFromText('fake.docx', 'just text'))).toMatch(/“fake\.docx”.*not a Word/u);
    expect(await refused(pickedFromText('broken.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])))).toMatch(/“broken\.docx”.*could not be read as a Word/u);
    expect(await refused(() => importPasted('   '))).toMatch(/pasted text.*empty/u);
  });
});
