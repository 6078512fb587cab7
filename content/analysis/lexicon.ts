/**
 * The lexicons (JSON files in ./lexicons, reviewable without reading code) turned into lookup
 * tables once, at import. Pure.
 */
import type { FramingDevice, Hedge } from '../schema/article-set';
import cuesJson from './lexicons/cues.json' with { type: 'json' };
import sourcesJson from './lexicons/sources.json' with { type: 'json' };
import hedgesJson from './lexicons/hedges.json' with { type: 'json' };
import numberWordsJson from './lexicons/number-words.json' with { type: 'json' };
import loadedJson from './lexicons/loaded-words.json' with { type: 'json' };
import labelsJson from './lexicons/actor-labels.json' with { type: 'json' };
import passivesJson from './lexicons/passives.json' with { type: 'json' };
import grammarJson from './lexicons/grammar.json' with { type: 'json' };

/** The word with straight apostrophes, and with curly ones: texts use either ("didn't", "didn’t"). */
const bothApostrophes = (w: string): string[] => (/['’]/u.test(w) ? [w.replace(/’/gu, "'"), w.replace(/'/gu, '’')] : [w]);
/** A word list as a set of lower-case words, each with either apostrophe (also for the word sets written in code). */
export const lower = (words: readonly string[]) => new Set(words.flatMap((w) => bothApostrophes(w.toLowerCase())));

export interface VerbCue {
  lemma: string;
  weak: boolean;
  passive: 'never' | 'also' | 'only';
  passiveNeeds: string[] | null;
  /** Required words kept in the cue, each a word or a phrase ('for', 'it clear'). */
  particles: string[][] | null;
  orQuoteWithin: number | null;
  /** A cue only with "as" within this many words: "pilots see Ortiz as…". */
  asWithin: number | null;
  /** A cue only after "as" and its subject: "as one adviser put it". */
  afterAs: boolean;
  cognitive: boolean;
  takesRecipient: boolean;
  needsDocumentSubject: boolean;
  /** A hedge of the writer's own ('seemed to'): never has a source. */
  noSource: boolean;
  /** A verb of labelling: a cue with an object and what it is called ('called the plan reckless'). */
  labels: boolean;
  /** An adjective of attitude ('supportive of', 'wary of'): a cue only after a form of 'be'. */
  adjective: boolean;
  /** Words that may follow an adjective of attitude in place of its particle without joining the cue ('are convinced that'). */
  clauseAfter: Set<string>;
  sourceAfterForms: Set<string>;
  notBefore: string[][];
  notBeforeNumber: boolean;
  alsoBefore: string[][];
  weakAlsoBefore: Set<string>;
  /** Forms that are cues only with an auxiliary or a negation before them ('would consider'; not 'what they consider'). */
  auxOnlyForms: Set<string>;
  /** A cue only through a document it puts out: 'issued a statement saying', 'put out a statement saying'. */
  throughDocument: boolean;
  /** A cue only with a personal pronoun or a name right before the verb group and its object right after the verb ('Ortiz named two pilots to the board'). */
  subjectObject: boolean;
}

interface VerbJson {
  lemma: string;
  forms: string[];
  weak?: boolean;
  passive?: string;
  passiveNeeds?: string[];
  particles?: string[];
  orQuoteWithin?: number;
  asWithin?: number;
  afterAs?: boolean;
  cognitive?: boolean;
  takesRecipient?: boolean;
  needsDocumentSubject?: boolean;
  noSource?: boolean;
  labels?: boolean;
  adjective?: boolean;
  clauseAfter?: string[];
  sourceAfterForms?: string[];
  notBefore?: string[];
  notBeforeNumber?: boolean;
  alsoBefore?: string[];
  weakAlsoBefore?: string[];
  auxOnlyForms?: string[];
  throughDocument?: boolean;
  subjectObject?: boolean;
}

const split = (phrase: string) => phrase.toLowerCase().split(/\s+/u);

/** Verb form (lower case) -> its cue entry. */
export const VERB_CUES = new Map<string, VerbCue>();
/** Adjectives of feeling that are also verb forms ('worried') -> their adjective entry, used after a form of 'be'. */
export const ADJECTIVES_AFTER_BE = new Map<string, VerbCue>();
/** Verb form -> its cue entry, for verbs that report only through a document they put out ('issued a statement saying'). */
export const THROUGH_DOCUMENT_CUES = new Map<string, VerbCue>();
for (const v of [...(cuesJson.verbs as VerbJson[]), { ...cuesJson.throughDocument.verbs, throughDocument: true }]) {
  const cue: VerbCue = {
    lemma: v.lemma,
    weak: v.weak ?? false,
    passive: v.passive === 'also' || v.passive === 'only' ? v.passive : 'never',
    passiveNeeds: v.passiveNeeds ?? null,
    particles: v.particles?.map(split) ?? null,
    orQuoteWithin: v.orQuoteWithin ?? null,
    asWithin: v.asWithin ?? null,
    afterAs: v.afterAs ?? false,
    cognitive: v.cognitive ?? false,
    takesRecipient: v.takesRecipient ?? false,
    needsDocumentSubject: v.needsDocumentSubject ?? false,
    noSource: v.noSource ?? false,
    labels: v.labels ?? false,
    adjective: v.adjective ?? false,
    clauseAfter: new Set(v.clauseAfter ?? []),
    sourceAfterForms: new Set(v.sourceAfterForms ?? []),
    notBefore: (v.notBefore ?? []).map(split),
    notBeforeNumber: v.notBeforeNumber ?? false,
    alsoBefore: (v.alsoBefore ?? []).map(split),
    weakAlsoBefore: new Set(v.weakAlsoBefore ?? []),
    auxOnlyForms: new Set(v.auxOnlyForms ?? []),
    throughDocument: v.throughDocument ?? false,
    subjectObject: v.subjectObject ?? false,
  };
  for (const f of v.forms) {
    // "are worried about": an adjective that is also a verb form ("Ortiz worried that…") is kept apart.
    if (cue.adjective && VERB_CUES.has(f.toLowerCase())) ADJECTIVES_AFTER_BE.set(f.toLowerCase(), cue);
    else (cue.throughDocument ? THROUGH_DOCUMENT_CUES : VERB_CUES).set(f.toLowerCase(), cue);
  }
}

export interface PhraseCue {
  lemma: string;
  words: string[];
  sourceAfter: boolean;
}
export const PHRASE_CUES: PhraseCue[] = cuesJson.phrases.map((p) => ({ lemma: p.lemma, words: p.words.map((w) => w.toLowerCase()), sourceAfter: p.sourceAfter ?? false }));
/**
 * Bare forms of cue verbs ('say', 'support'): any form of an entry whose third-person form is in the same entry, also
 * when it is not listed first ('disavow' after 'disavowed', 'view' beside 'see').
 */
export const BARE_FORMS = new Set<string>(
  (cuesJson.verbs as VerbJson[]).flatMap((v) => {
    const forms = v.forms.map((f) => f.toLowerCase());
    return forms.filter((bare) => forms.includes(`${bare}s`) || forms.includes(`${bare}es`) || (bare.endsWith('y') && forms.includes(`${bare.slice(0, -1)}ies`)));
  }),
);
/** Nouns of speech that are cues right before the 'that' clause they report ('complaints that'). */
export const NOUNS_BEFORE_CLAUSE = lower(cuesJson.nounsBeforeClause.words);
/** Past forms of receiving or drawing (each split into words: 'picked up') and the nouns of support or criticism they take ('has drawn criticism from'); forms of 'face' and the nouns of criticism after them ('faced stern opposition from'). */
export const RECEIVED_REACTIONS = { verbs: cuesJson.receivedReactions.verbs.map(split), nouns: lower(cuesJson.receivedReactions.nouns), faceVerbs: lower(cuesJson.receivedReactions.faceVerbs), faceNouns: lower(cuesJson.receivedReactions.faceNouns) };
export const NOUNS_AFTER_POSSESSIVE_BEFORE_CLAUSE = lower(cuesJson.nounsAfterPossessive.beforeClause);
export const NOUNS_AFTER_POSSESSIVE_BEFORE_TO = lower(cuesJson.nounsAfterPossessive.beforeTo);
export const NOUNS_AFTER_POSSESSIVE_BEFORE_COPULA = lower(cuesJson.nounsAfterPossessive.beforeCopula);
export const ADVERB_CUES = new Map<string, string>(cuesJson.adverbs.flatMap((a) => a.forms.map((f) => [f.toLowerCase(), a.lemma] as const)));
export const CUE_EXTENSIONS = {
  afterSay: cuesJson.extensions.afterSay,
  afterTell: cuesJson.extensions.afterTell,
  afterAny: cuesJson.extensions.afterAny,
  platformAfterWrite: cuesJson.extensions.platformAfterWrite,
  timeAfterSay: lower(cuesJson.extensions.timeAfterSay),
  mannerAfterVerb: lower(cuesJson.extensions.mannerAfterVerb),
  notMannerAfterVerb: lower(cuesJson.extensions.notMannerAfterVerb),
  prepositionsAfterVerb: lower(cuesJson.extensions.prepositionsAfterVerb),
  /** Lemma -> the prepositions kept after it ("respond to", "agree with"). */
  prepositionsAfterLemma: new Map<string, Set<string>>(),
};
for (const [prep, lemmas] of Object.entries(cuesJson.extensions.prepositionsAfterLemma)) {
  for (const l of lemmas) {
    const set = CUE_EXTENSIONS.prepositionsAfterLemma.get(l) ?? new Set<string>();
    set.add(prep);
    CUE_EXTENSIONS.prepositionsAfterLemma.set(l, set);
  }
}
export const PARTICIPLES_AFTER_COMMA = lower(cuesJson.participleAfterComma.forms);
export const SEEM_VERBS = lower(cuesJson.seemVerbs.forms);
export const NOUN_FORMS = lower(cuesJson.nounForms.forms);
/** Bodies of evidence that show or indicate ('recent polling shows'), besides the document heads of sources.json. */
export const EVIDENCE_HEADS = lower(cuesJson.evidenceHeads.words);
/** What a verb with throughDocument puts out, and the words that link it to what it says. */
export const THROUGH_DOCUMENT = { nouns: lower(cuesJson.throughDocument.nouns), linkers: cuesJson.throughDocument.linkers.map(split) };

export const OFFICIAL_HEADS = lower(sourcesJson.officialHeads.words);
export const VAGUE_HEADS = lower(sourcesJson.vagueHeads.words);
export const INSTITUTION_HEADS = lower(sourcesJson.institutionHeads.words);
export const DOCUMENT_HEADS = lower(sourcesJson.documentHeads.words);
export const NEWS_HEADS = lower(sourcesJson.newsHeads.words);
export const PERSON_TITLES = lower(sourcesJson.personTitles.words);
/** News agency names, as sequences of words (case-sensitive). */
export const NEWS_AGENCIES: string[][] = sourcesJson.newsAgencies.names.map((n) => n.split(/\s+/u));
export const PRONOUNS_PERSON = lower(sourcesJson.personPronouns.person);
export const PRONOUNS_INSTITUTION = lower(sourcesJson.personPronouns.institution);
export const PRONOUNS_GROUP = lower(sourcesJson.personPronouns.group);

export interface HedgeEntry {
  words: string[];
  hedge: Hedge;
  notBeforeTimeUnit: boolean;
}
export const HEDGES: HedgeEntry[] = hedgesJson.entries
  .map((h) => ({ words: h.words.map((w) => w.toLowerCase()), hedge: h.hedge as Hedge, notBeforeTimeUnit: h.notBeforeTimeUnit ?? false }))
  .sort((a, b) => b.words.length - a.words.length);
export const TIME_UNITS = lower(hedgesJson.timeUnits);

const toMap = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
export const NUMBER_UNITS = toMap(numberWordsJson.units);
export const NUMBER_TENS = toMap(numberWordsJson.tens);
export const NUMBER_SCALES = toMap(numberWordsJson.scales);
export const SCALE_ABBREVIATIONS = toMap(numberWordsJson.scaleAbbreviations);
export const MULTIPLES = new Map([['twice', 2], ['thrice', 3]]);
export const ORDINALS = toMap(numberWordsJson.ordinals);
/** Ordinal words with the nouns after which they name a thing, not a count: 'a third party'. */
export const ORDINAL_COMPOUNDS = new Map(Object.entries(numberWordsJson.ordinalCompounds.words).map(([k, v]) => [k, lower(v)]));
export const VAGUE_QUANTITIES: string[][] = numberWordsJson.vague.phrases.map((p) => p.map((w) => w.toLowerCase())).sort((a, b) => b.length - a.length);
export const PERCENT_WORDS: string[][] = numberWordsJson.percentWords.map((p) => p.map((w) => w.toLowerCase())).sort((a, b) => b.length - a.length);
export const CURRENCY_SYMBOLS = new Map(Object.entries(numberWordsJson.currencySymbols));
export const CURRENCY_WORDS = new Map(Object.entries(numberWordsJson.currencyWords));
export const TIME_POINT_NOUNS = lower(numberWordsJson.timePointNouns.words);
export const FRACTION_WORDS = toMap(numberWordsJson.fractionWords.words);
export const DIRECTION_UP = lower(numberWordsJson.direction.up);
export const DIRECTION_DOWN = lower(numberWordsJson.direction.down);
export const DIRECTION_UP_AFTER = lower(numberWordsJson.direction.upAfter);
export const DIRECTION_DOWN_AFTER = lower(numberWordsJson.direction.downAfter);
export const DIRECTION_UP_OF = lower(numberWordsJson.direction.upOf);
export const DIRECTION_DOWN_OF = lower(numberWordsJson.direction.downOf);
export const NEGATIVE_WORDS = lower(numberWordsJson.negativeWords);
export const IDENTIFIER_WORDS = lower(numberWordsJson.identifierWords.words);
export const TIME_SUFFIXES = lower(numberWordsJson.timeSuffixes);

export interface LoadedEntry {
  device: FramingDevice;
  note: string;
  onlyAsCue: boolean;
  onlyBeforeNoun: boolean;
  baseFormsNeedSubject: boolean;
  baseForms: Set<string>;
}
export const LOADED_WORDS = new Map<string, LoadedEntry>();
for (const e of loadedJson.entries as Array<{ forms: string[]; device: string; note: string; onlyAsCue?: boolean; onlyBeforeNoun?: boolean; baseFormsNeedSubject?: boolean }>) {
  const entry: LoadedEntry = {
    device: e.device as FramingDevice,
    note: e.note,
    onlyAsCue: e.onlyAsCue ?? false,
    onlyBeforeNoun: e.onlyBeforeNoun ?? false,
    baseFormsNeedSubject: e.baseFormsNeedSubject ?? false,
    baseForms: new Set(e.forms.filter((f) => !/(ed|ing)$/u.test(f))),
  };
  for (const f of e.forms) LOADED_WORDS.set(f.toLowerCase(), entry);
}
export interface PhraseEntry {
  words: string[];
  device: FramingDevice;
  note: string;
}
export const LOADED_PHRASES: PhraseEntry[] = loadedJson.phrases
  .map((p) => ({ words: p.words.map((w) => w.toLowerCase()), device: p.device as FramingDevice, note: p.note }))
  .sort((a, b) => b.words.length - a.words.length);

export interface LabelEntry {
  words: string[];
  note: string;
  needsNounAfter: Set<string> | null;
  onlyWithParenthesisOrSubject: boolean;
}
export const LABEL_HEADS: LabelEntry[] = labelsJson.heads
  .map((h) => ({
    words: h.words.map((w) => w.toLowerCase()),
    note: h.note,
    needsNounAfter: h.needsNounAfter ? lower(h.needsNounAfter) : null,
    onlyWithParenthesisOrSubject: h.onlyWithParenthesisOrSubject ?? false,
  }))
  .sort((a, b) => b.words.length - a.words.length);
export const GROUP_HEADS = lower(labelsJson.groupHeads);
export const GROUP_MODIFIERS = lower(labelsJson.groupModifiers);
export const GROUP_MODIFIER_SUFFIXES = labelsJson.groupModifierSuffixes.map((s) => s.toLowerCase());
export const LABEL_PREMODIFIERS = lower(labelsJson.premodifiers.words);

export const HARM_PARTICIPLES = lower(passivesJson.participles);
export const BE_FORMS = lower(passivesJson.bePhrase);
export const NOT_AGENTS = lower(passivesJson.notAgents.words);

export const G = {
  determiners: lower(grammarJson.determiners),
  quantifiers: lower(grammarJson.quantifiers),
  pronouns: lower(grammarJson.pronouns),
  relatives: lower(grammarJson.relativePronouns),
  prepositions: lower(grammarJson.prepositions),
  npPrepositions: lower(grammarJson.nounPhrasePrepositions.words),
  conjunctions: lower(grammarJson.conjunctions),
  auxiliaries: lower(grammarJson.auxiliaries),
  negations: lower(grammarJson.negations),
  adverbs: lower(grammarJson.adverbs),
  timeWords: lower(grammarJson.timeWords),
  timeLead: lower(grammarJson.timeLead),
  months: lower(grammarJson.months),
  monthAbbreviations: lower(grammarJson.monthAbbreviations),
  abbreviations: lower(grammarJson.abbreviations.words),
  nameConnectors: lower(grammarJson.nameConnectors.words),
  sentenceStarters: lower(grammarJson.sentenceStarters),
  commonVerbs: lower(grammarJson.commonVerbs.words),
  nounsInIng: lower(grammarJson.nounsInIng.words),
  adjectivesInEd: lower(grammarJson.adjectivesInEd.words),
};
