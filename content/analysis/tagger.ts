/**
 * Trial adapter for a part-of-speech tagger (wink-nlp with wink-eng-lite-web-model, issue 14):
 * per-token tags and lemmas aligned to the analyser's own tokens by offset. Nothing is tagged
 * until `loadTagger()` has run (a dynamic import), and each use in the rules sits behind a switch
 * so its effect can be measured alone (LENSES_TAGGER=verbs,lemmas,phrases,pronouns).
 */
import { VERB_CUES, type VerbCue } from './lexicon';
import type { Token } from './tokens';

/** Universal part-of-speech tags as wink-nlp gives them (NOUN, VERB, PROPN, …). */
export interface TokenTag {
  pos: string;
  lemma: string;
}

export type TaggerSwitch = 'verbs' | 'verbAccept' | 'nounReject' | 'lemmas' | 'phrases' | 'phraseVerbs' | 'phraseNouns' | 'pronouns';

interface Tagged {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

type Tagger = (text: string) => Tagged[];

let tagger: Tagger | null = null;
const switches = new Set<TaggerSwitch>();
let tags: ReadonlyArray<TokenTag | undefined> = [];

export function setTaggerSwitches(on: readonly TaggerSwitch[]): void {
  switches.clear();
  for (const s of on) switches.add(s);
}

export const taggerOn = (s: TaggerSwitch): boolean => tagger !== null && switches.has(s);

/** Load wink-nlp and its model (about 4 MB unpacked) on first use. */
export async function loadTagger(): Promise<void> {
  if (tagger) return;
  const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  tagger = (text) => {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink-nlp's typings give its.lemma a model-add-on signature; at run time it is an ordinary property.
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const out: Tagged[] = [];
    let at = 0;
    for (let n = 0; n < values.length; n += 1) {
      const v = values[n]!;
      at += spaces[n]!.length;
      // wink-nlp keeps the text as written; resynchronise if it ever does not.
      if (text.slice(at, at + v.length) !== v) {
        const found = text.indexOf(v, at);
        if (found === -1) continue;
        at = found;
      }
      out.push({ start: at, end: at + v.length, pos: pos[n]!, lemma: lemmas[n]! });
      at += v.length;
    }
    return out;
  };
}

/**
 * Tag the analyser's tokens (a no-op until the tagger is loaded and a switch is on). A token that
 * wink-nlp splits ("won’t", "Xi's") takes the tag of its first part; a hyphenated word
 * ("State-linked") takes the tag of its last part, its head.
 */
export function tagTokens(text: string, tokens: readonly Token[]): void {
  tags = [];
  if (!tagger || switches.size === 0) return;
  const tagged = tagger(text);
  const out: Array<TokenTag | undefined> = new Array<TokenTag | undefined>(tokens.length);
  let w = 0;
  for (const t of tokens) {
    while (w < tagged.length && tagged[w]!.end <= t.start) w += 1;
    if (w >= tagged.length) break;
    let pick = tagged[w]!;
    if (pick.start >= t.end) continue;
    if (t.text.includes('-')) {
      let k = w;
      while (k + 1 < tagged.length && tagged[k + 1]!.start < t.end) k += 1;
      pick = tagged[k]!;
    }
    out[t.i] = { pos: pick.pos, lemma: pick.lemma };
  }
  tags = out;
}

/** The tag of token i in the text tagged last, or undefined. */
export const tagOf = (i: number): TokenTag | undefined => tags[i];

/** Tagger's verdict on a word that can be a noun or a verb: 'verb', 'noun' or null (no tag or other). */
export function nounOrVerb(i: number): 'verb' | 'noun' | null {
  const p = tagOf(i)?.pos;
  if (p === 'VERB' || p === 'AUX') return 'verb';
  if (p === 'NOUN' || p === 'PROPN') return 'noun';
  return null;
}

/** Switch `verbs`: the verdict on a cue word that is also a noun ("support", "claims", "calls"). */
export function taggedNounOrVerb(i: number): 'verb' | 'noun' | null {
  const v = taggerOn('verbs') || taggerOn('verbAccept') || taggerOn('nounReject') ? nounOrVerb(i) : null;
  if (v === 'verb' && (taggerOn('verbs') || taggerOn('verbAccept'))) return v;
  if (v === 'noun' && (taggerOn('verbs') || taggerOn('nounReject'))) return v;
  return null;
}

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const VERB_TAGS = new Set(['VERB', 'AUX']);

/** Switch `phrases`: noun-phrase edges from the tags ('nominal', 'verb', 'other'), or null for the rules. */
export function taggedPhraseClass(i: number, asked: 'nominal' | 'verb'): 'nominal' | 'verb' | 'other' | null {
  if (!(taggerOn('phrases') || (asked === 'verb' ? taggerOn('phraseVerbs') : taggerOn('phraseNouns')))) return null;
  const p = tagOf(i)?.pos;
  if (p === undefined) return null;
  return NOMINAL_TAGS.has(p) ? 'nominal' : VERB_TAGS.has(p) ? 'verb' : 'other';
}

let cueByLemma: Map<string, VerbCue> | null = null;

/** Switch `lemmas`: a verb the lexicon does not list as a form, found by the tagger's lemma ("reiterating" -> "reiterate"). */
export function cueEntryByLemma(i: number): VerbCue | undefined {
  if (!taggerOn('lemmas')) return undefined;
  const tag = tagOf(i);
  if (tag === undefined || tag.pos !== 'VERB') return undefined;
  if (cueByLemma === null) {
    cueByLemma = new Map();
    for (const v of VERB_CUES.values()) if (!cueByLemma.has(v.lemma)) cueByLemma.set(v.lemma, v);
  }
  return cueByLemma.get(tag.lemma);
}

/** Switch `pronouns`: is "that" at i a relative pronoun after a noun (true), something else (false), or unknown (null)? */
export function taggedRelativeThat(i: number): boolean | null {
  if (!taggerOn('pronouns')) return null;
  const here = tagOf(i)?.pos;
  const before = tagOf(i - 1)?.pos;
  if (here === undefined || before === undefined) return null;
  return here === 'PRON' && (before === 'NOUN' || before === 'PROPN');
}
