/** Words for an article's licence and credit (its provenance), for the source card and "About these texts". Pure. */
import type { Provenance } from '../schema/article-set';

/** Shown when an article records no provenance (a teacher's own set may leave it out). */
export const LICENCE_NOT_STATED = 'Licence not stated';

/** The licence in a few words: its name, or that none is stated. */
export function describeLicence(provenance: Provenance | undefined): string {
  if (!provenance || provenance.licence.status === 'not-stated') return LICENCE_NOT_STATED;
  return provenance.licence.name;
}

/** Why no licence is stated, when the record says so; null otherwise. */
export function licenceNote(provenance: Provenance | undefined): string | null {
  if (!provenance) return 'The person who added this text recorded no licence or credit.';
  return provenance.licence.status === 'not-stated' ? provenance.licence.note : null;
}
