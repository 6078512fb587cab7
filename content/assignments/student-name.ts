/**
 * Comparing and showing the names on results files, so that a teacher can judge them. Two names
 * are the same student when they are equal after: Unicode NFKC (full-width and other compatibility
 * letters become plain ones), removing invisible and direction characters (zero-width spaces and
 * joiners, soft hyphens, bidirectional marks and overrides), folding look-alike Cyrillic and Greek
 * letters to the Latin letter they imitate, collapsing white space and folding case. A name is
 * shown as written, with its invisible characters made visible. Pure.
 */

/** Format characters (zero-width, bidi marks, embeddings, overrides, isolates, soft hyphen, BOM…) and other invisibles. */
const INVISIBLE = /\p{Cf}|\u034F|\u115F|\u1160|\u17B4|\u17B5|\u180E|\u3164|\uFFA0/gu;

/**
 * Cyrillic and Greek letters that look like Latin ones (after case folding), a small map in the
 * spirit of Unicode's confusables list: enough to stop the usual look-alike names.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ь: 'b', г: 'r', п: 'n', ш: 'w', з: '3',
  // Greek
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j', ω: 'w', μ: 'u', γ: 'y',
  // Latin look-alikes of other Latin letters
  ı: 'i', ſ: 's', ℓ: 'l',
};

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

/** The key that makes two names one student. */
export function nameKey(name: string): string {
  // Printable ASCII has nothing to normalise, hide or fold but case and spaces (a class's names, mostly).
  if (PRINTABLE_ASCII.test(name)) return name.toLowerCase().replace(/\s+/gu, ' ').trim();
  const folded = name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  const mapped = [...folded].map((c) => CONFUSABLES[c] ?? c).join('');
  return mapped.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The name as written, with invisible characters shown as ⟨U+200B⟩ so a teacher sees them. */
export function visibleName(name: string): string {
  return name.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Whether a name mixes scripts or hides characters: worth a second look. */
export function nameLooksOdd(name: string): boolean {
  if (INVISIBLE.test(name)) {
    INVISIBLE.lastIndex = 0;
    return true;
  }
  INVISIBLE.lastIndex = 0;
  const scripts = new Set<string>();
  for (const c of name.normalize('NFKC')) {
    if (/\p{Script=Latin}/u.test(c)) scripts.add('latin');
    else if (/\p{Script=Cyrillic}/u.test(c)) scripts.add('cyrillic');
    else if (/\p{Script=Greek}/u.test(c)) scripts.add('greek');
  }
  return scripts.size > 1 || name !== name.normalize('NFKC');
}
