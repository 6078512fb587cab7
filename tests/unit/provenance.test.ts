import { describe, expect, it } from 'vitest';
import { describeLicence, licenceNote, LICENCE_NOT_STATED } from '../../content/logic/provenance';

describe('licence wording', () => {
  it('names a stated licence, and says plainly when none is stated or recorded', () => {
    expect(describeLicence({ licence: { status: 'stated', name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' }, credit: 'x' })).toBe('CC BY 2.5');
    expect(licenceNote({ licence: { status: 'stated', name: 'CC BY 2.5' }, credit: 'x' })).toBeNull();
    expect(describeLicence({ licence: { status: 'not-stated', note: 'Came as plain text.' }, credit: 'x' })).toBe(LICENCE_NOT_STATED);
    expect(licenceNote({ licence: { status: 'not-stated', note: 'Came as plain text.' }, credit: 'x' })).toBe('Came as plain text.');
    // A teacher's own set may record nothing.
    expect(describeLicence(undefined)).toBe('Licence not stated');
    expect(licenceNote(undefined)).toMatch(/recorded no licence or credit/);
  });
});
