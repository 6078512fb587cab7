/**
 * The contexts a candidate cue is checked in (read by `cues.ts`): the words around a reporting
 * verb that make it a report or not (a question, a manner adverb, a label given to an object, a
 * document read through, a poll's own people), with the word lists they use. Pure.
 */
import { ADJECTIVES_AFTER_BE, DOCUMENT_HEADS, EVIDENCE_HEADS, G, NOUNS_AFTER_POSSESSIVE_BEFORE_CLAUSE, NOUNS_AFTER_POSSESSIVE_BEFORE_COPULA, NOUNS_AFTER_POSSESSIVE_BEFORE_TO, NUMBER_TENS, NUMBER_UNITS, RECEIVED_REACTIONS, THROUGH_DOCUMENT, lower, type VerbCue } from './lexicon';
import { npForward } from './noun-phrases';
import type { Token } from './tokens';
import { byFirstWord, isAdverb, isAuxiliary, isComma, isDeterminer, isNegation, isNominal, isPronoun, isQuantifier, isTimeWord, isVerbLike, isWord, matchWords, phrasesAt } from './word-classes';

export const BE = lower(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"]);

export const NOUN_LIKE = new Set(['report', 'reports', 'claim', 'claims', 'stress', 'note', 'notes', 'estimate', 'estimates', 'call', 'calls', 'warning', 'forecast', 'forecasts', 'show', 'shows', 'vow', 'vows', 'post', 'demand', 'comment', 'remark', 'finds', 'promise', 'pledge', 'blame', 'states']);

export const HAS_CONTRACTED = lower(["'s"]);

export const CLAUSE_OPENERS = new Set(['that', ',', ':', '.', ';', '—', '–', '!', '?']);

/** "did not mention any pilot", "hasn't said much since": a quantifier opening the object of a negated cue. */
export const NEGATED_OBJECT_QUANTIFIERS = new Set(['any', 'much']);

export const NEGATED_REPORT_OPENERS = new Set(['that', 'whether', 'if', 'what', 'why', 'how', 'when', 'who', 'where', 'which', 'to']);

export const OPENING_PARTICIPLE_NEXT = new Set(['if', 'whether', 'what', 'why', 'how', 'when', 'who', 'which', 'where', 'about', 'by', 'on', 'during', 'in', 'at', 'after', 'specifically', 'repeatedly', 'again', 'later', 'earlier', 'directly', 'recently', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export const PRONOUN_DETERMINERS = new Set(['another', 'each']);

export const FLOATING_QUANTIFIERS = new Set(['both']);

/** Verbs that link an adjective of attitude to its subject besides "be" ("remain confident that"). */
export const COPULAS = new Set(['remain', 'remains', 'remained']);

export const DEGREE_WORDS = new Set(['less', 'more', 'most', 'so', 'too', 'very', 'quite', 'least']);
/** Degree words that make a following past participle an adjective ('less pronounced', 'more pronounced'); not 'most', 'so', 'quite' or 'least' ('what he most feared', 'never quite believed', 'at the very least hinted'). */
export const PARTICIPLE_DEGREE_WORDS = new Set(['less', 'more', 'too', 'very']);

export const ING_AFTER = new Set(['by', 'after', 'while', 'before', 'when', 'since']);

/** "went on to criticize": forms of "go" before "on to" and a cue verb. */
export const GO_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);

/** "continued to question": forms of "continue" before "to" and a cue verb. */
export const CONTINUE = new Set(['continued', 'continues', 'continue']);

/** "refused to discuss", "needs to explain", "struggled to defend": forms of "refuse", "need" and "struggle" before "to" and a cue verb. */
export const REFUSE_NEED = new Set(['refuse', 'refuses', 'refused', 'refusing', 'need', 'needs', 'needed', 'struggle', 'struggles', 'struggled', 'struggling']);

/** Gestures before "and said" that annotators keep in the cue ("chuckled and said"). */
export const GESTURES = new Set(['laughed', 'smiled', 'grinned', 'chuckled', 'shrugged', 'nodded', 'sighed', 'laughs', 'smiles', 'grins', 'chuckles', 'shrugs', 'nods', 'sighs']);

/** Verbs that answer, go on or close before "by" and a participle of speech ("responded by saying", "continued by noting"); with a particle, "followed up by", "started off by". */
export const ANSWER_VERBS = new Set(['responded', 'responds', 'concluded', 'concludes', 'continued', 'continues']);

export const ANSWER_PHRASES = new Map([['up', new Set(['followed', 'follows'])], ['off', new Set(['started', 'starts'])]]);

export const SENTENCE_PUNCT = new Set(['.', '!', '?', ';', ':']);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words before a participle that make it describe the noun after it ("more pledged delegates"). */
export const ATTRIBUTIVE_BEFORE = new Set(['more', 'most', 'fewer', 'many']);

export const PAST_PARTICIPLE = /(?:ed|wn|ught|id|ld|ast|un)$/u;

export const POSSESSIVE = /\p{L}[’']s$/u;

/** What may follow the feeling in "expressed concern that", "expressed alarm at". */
export const EXPRESSED_FEELING_NEXT = new Set(['that', 'at', 'over', 'about', 'for', 'in', 'with', 'to', 'on']);

/** Prepositions that link the feeling of "expressed" to its object ("expressed concern about"). */
export const FEELING_LINKS = new Set(['about', 'for', 'at', 'over', 'with']);

/** Words before "show" that make it a programme ("a TV show", "his radio show"). */
export const BROADCAST = new Set(['tv', 'television', 'radio', 'talk', 'reality', 'cable', 'daily']);

export const MODALS = lower(['will', 'would', 'could', 'should', 'might', 'may', 'can', 'must', 'shall', "'ll", 'wo', 'ca']);

export const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'would', 'will', 'can', 'could', 'should']);

// Subjects of a question put to the reader or a group ("Do you support…?", "Would they prefer…?"; with "he" or "she" it lost right cues).
export const QUESTION_SUBJECTS = new Set(['you', 'we', 'they', 'i']);

/**
 * "said with a shrug.", "said with a wry smile.", "said with relief.": "with", maybe "a"/"an", and one or two lower-case words closing the
 * sentence right after the verb at i; the last token of that manner, or i.
 */
export function mannerWithEnd(tokens: readonly Token[], i: number): number {
  const sent = tokens[i]!.sent;
  if (tokens[i + 1]?.lower !== 'with') return i;
  const first = ['a', 'an'].includes(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
  for (let e = first; e <= first + 1; e += 1) {
    const w = tokens[e];
    if (!isWord(w) || w.cap || w.sent !== sent || !isNominal(w)) return i;
    const after = tokens[e + 1];
    if (after !== undefined && after.sent === sent && SENTENCE_PUNCT.has(after.text) && after.text !== ':') return e;
  }
  return i;
}

/** Is token i in running text: a lower-case word of four letters or more, not a function word, within 12 words of it in its sentence? */
export function runningText(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i]!.sent;
  for (let k = Math.max(0, i - 12); k <= i + 12 && k < tokens.length; k += 1) {
    const w = tokens[k]!;
    if (w.sent === sent && isWord(w) && !w.cap && w.lower.length >= 4 && !G.prepositions.has(w.lower) && !G.conjunctions.has(w.lower) && !isDeterminer(w) && !isPronoun(w) && !isAuxiliary(w)) return true;
  }
  return false;
}

/** "what they saw as", "what many pilots want": the verb group at auxStart follows "what" and a subject of one or two words. */
export function subjectAfterWhat(tokens: readonly Token[], auxStart: number, firstOfSentence: number): boolean {
  for (let q = auxStart - 2; q >= firstOfSentence && q >= auxStart - 3; q -= 1) {
    if (!isWord(tokens[q + 1]) || !isWord(tokens[q])) return false;
    if (tokens[q]!.lower === 'what') return true;
  }
  return false;
}

/** The bare verb of a lemma ("make" of "make clear"). */
export const lemmaHead = (lemma: string) => {
  // What split(' ')[0] gives, without an array per call.
  const space = lemma.indexOf(' ');
  return space === -1 ? lemma : lemma.slice(0, space);
};

/** Does the sentence of token i end with a question mark (looked for within 40 tokens)? */
export function endsWithQuestion(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i]!.sent;
  for (let k = i + 1; k < tokens.length && k <= i + 40; k += 1) {
    if (tokens[k]!.sent !== sent) return tokens[k - 1]!.text === '?';
    if (tokens[k]!.text === '?') return true;
  }
  return false;
}

export function startsNounPhrase(t: Token | undefined): boolean {
  if (!isWord(t) && t?.type !== 'num') return false;
  if (isWord(t) && (NUMBER_UNITS.has(t.lower) || NUMBER_TENS.has(t.lower) || isQuantifier(t))) return true;
  return isDeterminer(t) || t.cap || t.type === 'num' || (isNominal(t) && !isAdverb(t));
}

export const POLL_HEADS = new Set(['poll', 'survey']);

/** Verbs of wondering after "to" and an object that something leaves or leads to them ("leaving some to wonder"). */
export const WONDER_AFTER_TO = new Set(['wonder', 'question', 'speculate', 'ponder']);

/** Forms that leave or lead their object to do something ("leaving some to…", "led many to…", "caused voters to…"). */
const LEADS_TO = new Set(['leave', 'leaves', 'leaving', 'left', 'lead', 'leads', 'leading', 'led', 'cause', 'causes', 'causing', 'caused', 'prompt', 'prompts', 'prompting', 'prompted']);

/**
 * "leaving the pilots to wonder": a form of LEADS_TO one to six words before "to" at i, its object between them without
 * punctuation, and the form itself no infinitive ("tried to lead the pilots to ponder" reports nothing yet). Returns the
 * object's first token, or -1.
 */
export function leadsObjectTo(tokens: readonly Token[], i: number): number {
  for (let q = i - 2; q >= 0 && q >= i - 7; q -= 1) {
    const w = tokens[q]!;
    if (!isWord(w) || w.sent !== tokens[i]!.sent) return -1;
    if (LEADS_TO.has(w.lower)) return tokens[q - 1]?.lower === 'to' ? -1 : q + 1;
  }
  return -1;
}

/** A copula between an opening "That" and "according to" ("That’s according to…", "This is according to…"). */
export const COPULA_FORMS = lower(["'s", 'is', 'was']);

/** Poll heads after an "In" opening its sentence and before a comma ("In the poll, …", "In exit polls, …"). */
export const OPENING_POLL_HEADS = new Set(['poll', 'survey', 'polls', 'surveys']);

/**
 * The people a poll asked, or the participle that says so, right before its "in": "62 percent of residents in a Marlow
 * Herald poll said", "the pilots surveyed in the harbour survey": the poll only places them, the report is the verb after.
 */
export const POLL_ASKED = new Set(['voters', 'people', 'adults', 'respondents', 'women', 'men', 'residents', 'americans', 'republicans', 'democrats', 'independents', 'surveyed', 'polled', 'interviewed', 'questioned', 'sampled']);

/** Words after an opening "To" that name whose view follows ("To many, …", "To them, …"). */
export const VIEW_HOLDERS = new Set(['many', 'some', 'most', 'others', 'them', 'him', 'her', 'me', 'us', 'critics', 'supporters']);

export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'you', 'it', 'there']);

/** Possessive pronouns that name whose words or view a nominal cue gives ("his complaints that…", "in her view"). */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Adjectives of judgement or time between a possessive and a nominal cue ("his false claims", "her earlier claim"). */
const JUDGEMENT_ADJECTIVES = new Set(['false', 'baseless', 'unfounded', 'dubious', 'familiar', 'repeated', 'earlier', 'latest', 'recent', 'previous', 'initial', 'frequent']);

/**
 * "the mayor’s false claims", "his by-now-familiar claims": when the one or two words before tokens[i] are adjectives of
 * judgement or time (the last part of a hyphenated word counts) after a possessive, the first of them (cueStart) and where
 * the possessive phrase opens (from: the pronoun, or a determiner and capitalised words before the word in "’s"), else null.
 */
export function possessiveBeforeJudgement(tokens: readonly Token[], i: number, sentenceStart: number): { cueStart: number; from: number } | null {
  let k = i - 1;
  while (k >= sentenceStart && k >= i - 2 && isWord(tokens[k]) && !tokens[k]!.cap && JUDGEMENT_ADJECTIVES.has(tokens[k]!.lower.split('-').pop()!)) k -= 1;
  const owner = tokens[k];
  if (k === i - 1 || k < sentenceStart || !isWord(owner)) return null;
  const from = possessiveStart(tokens, k, sentenceStart);
  return from === -1 ? null : { cueStart: k + 1, from };
}

/**
 * Where the possessive phrase ending at tokens[k] opens: k for a possessive pronoun ("his"); for a word in "’s", the
 * capitalised words (up to two) and the determiner before it ("the mayor’s", "Captain Lind’s"); -1 when tokens[k] is
 * no possessive.
 */
export function possessiveStart(tokens: readonly Token[], k: number, sentenceStart: number): number {
  const owner = tokens[k];
  if (!isWord(owner)) return -1;
  if (POSSESSIVE_PRONOUNS.has(owner.lower)) return k;
  if (!POSSESSIVE.test(owner.lower)) return -1;
  let from = k;
  // Capitalised words of the name, not a capitalised function word opening the sentence ("But Lind’s answer…").
  while (from - 1 >= sentenceStart && isWord(tokens[from - 1]) && tokens[from - 1]!.cap && isNominal(tokens[from - 1]) && from > k - 3) from -= 1;
  if (from - 1 >= sentenceStart && isDeterminer(tokens[from - 1])) from -= 1;
  return from;
}

/**
 * "My guess is that…", "the mayor’s answer was: …": tokens[k] is a noun of a stated view (`nounsAfterPossessive`
 * `beforeCopula` in cues.json) between a possessive and "is" or "was", and what it states opens right after ("that", a
 * quotation, a colon or a comma that sets off no adverb).
 */
export function viewBeforeCopula(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k];
  const copula = tokens[k + 1];
  const next = tokens[k + 2];
  if (!isWord(noun) || !NOUNS_AFTER_POSSESSIVE_BEFORE_COPULA.has(noun.lower) || !isWord(copula) || (copula.lower !== 'is' && copula.lower !== 'was')) return false;
  if (next === undefined || next.sent !== noun.sent) return false;
  // A comma opens the statement, not an aside ("His position is, however, weak").
  if (isComma(next)) return !isAdverb(tokens[k + 3]) && !(isWord(tokens[k + 3]) && G.adverbs.has(tokens[k + 3]!.lower));
  return next.type === 'quote' || next.text === ':' || (isWord(next) && next.lower === 'that');
}

/**
 * "his suggestion that…", "her vow to…": tokens[k] is a noun of saying or promising (`nounsAfterPossessive` in
 * cues.json) right before what it reports, in its sentence: "that" and a word that is no verb (a relative "that" is
 * followed by one: "the warning that was posted"), or "to" and a word.
 */
export function possessiveNominalCue(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k];
  const link = tokens[k + 1];
  const after = tokens[k + 2];
  if (!isWord(noun) || !isWord(link) || !isWord(after) || after.sent !== noun.sent || link.sent !== noun.sent) return false;
  if (NOUNS_AFTER_POSSESSIVE_BEFORE_CLAUSE.has(noun.lower)) return link.lower === 'that' && !isVerbLike(after) && !isAuxiliary(after);
  return NOUNS_AFTER_POSSESSIVE_BEFORE_TO.has(noun.lower) && link.lower === 'to';
}

/** Adverbs kept before a verb of receiving in its cue ("quickly drew sharp criticism from", "still has not received"). */
const BEFORE_RECEIVED = new Set(['also', 'already', 'quickly', 'immediately', 'still', 'recently', 'since', 'just', 'now', 'not', 'never']);
/** The auxiliary of a perfect before a verb of receiving, with its negated forms ("hadn’t received"). */
const HAVE_FORMS = lower(['has', 'have', 'had', "hasn't", "haven't", "hadn't"]);
/** Words opening the noun after a verb of receiving ("won the endorsement of", "received more support from"). */
const RECEIVED_OPENERS = new Set(['the', 'a', 'an', 'any', 'more']);

/** The verbs of receiving grouped by their first word (see receivedReaction). */
const RECEIVED_VERBS_BY_FIRST = byFirstWord(RECEIVED_REACTIONS.verbs.map((words) => ({ words })));
/** The words receivedReaction can find a cue at: a form of "face" or the first word of a verb of receiving. */
export const RECEIVED_REACTION_STARTS: ReadonlySet<string> = new Set([...RECEIVED_REACTIONS.faceVerbs, ...RECEIVED_VERBS_BY_FIRST.keys()]);

/**
 * "The mayor faced stern opposition from the pilots", "will face the criticism of her rival": after a form of "face"
 * (and maybe a determiner), a noun of criticism with at most one modifier before it is the cue, the verb left out, and
 * its source follows "of" or "from".
 */
function facedCriticism(tokens: readonly Token[], i: number): { start: number; end: number; from: number } | null {
  const start = isWord(tokens[i + 1]) && RECEIVED_OPENERS.has(tokens[i + 1]!.lower) ? i + 2 : i + 1;
  const modifier = tokens[start];
  const k = isWord(modifier) && !RECEIVED_REACTIONS.faceNouns.has(modifier.lower) ? start + 1 : start;
  if (k > start && (modifier!.cap || G.prepositions.has(modifier!.lower) || isDeterminer(modifier) || isPronoun(modifier))) return null;
  const noun = tokens[k];
  const link = tokens[k + 1];
  const first = tokens[k + 2];
  if (!isWord(noun) || !RECEIVED_REACTIONS.faceNouns.has(noun.lower) || !isWord(link) || !['of', 'from'].includes(link.lower) || !isWord(first)) return null;
  return noun.sent === tokens[i]!.sent && first.sent === noun.sent ? { start, end: k, from: k + 2 } : null;
}

/**
 * "The plan has drawn sharp criticism from the skippers", "Ortiz won the endorsement of the pilots’ union": at token i,
 * a past form of receiving or drawing (`receivedReactions` in cues.json) with a noun of support or criticism, up to two
 * modifiers between, then "of" or "from" and the phrase naming who gave it. Returns the cue's first and last tokens
 * (with the auxiliary and adverbs before the verb) and the first token of its source, or null. A preposition among the
 * modifiers ends it ("Lind picked up on the praise of the pier").
 */
export function receivedReaction(tokens: readonly Token[], i: number, sentStart: number): { start: number; end: number; from: number } | null {
  if (RECEIVED_REACTIONS.faceVerbs.has(tokens[i]!.lower)) return facedCriticism(tokens, i);
  // Only the verbs whose first word stands at i, in the lexicon's order: the first that matches, as over the whole list.
  let verb: readonly string[] | undefined;
  for (const { words } of phrasesAt(RECEIVED_VERBS_BY_FIRST, tokens[i])) {
    if (matchWords(tokens, i, words)) {
      verb = words;
      break;
    }
  }
  if (!verb) return null;
  let start = i;
  while (start - 1 >= sentStart && start > i - 4) {
    const b = tokens[start - 1]!;
    if (!isWord(b) || !(HAVE_FORMS.has(b.lower) || BEFORE_RECEIVED.has(b.lower))) break;
    start -= 1;
  }
  let k = i + verb.length;
  if (isWord(tokens[k]) && RECEIVED_OPENERS.has(tokens[k]!.lower)) k += 1;
  for (let m = 0; m < 2 && isWord(tokens[k]) && !RECEIVED_REACTIONS.nouns.has(tokens[k]!.lower); m += 1) {
    const w = tokens[k]!;
    if (w.cap || G.prepositions.has(w.lower) || isDeterminer(w) || isPronoun(w)) return null;
    k += 1;
  }
  const noun = tokens[k];
  const link = tokens[k + 1];
  const first = tokens[k + 2];
  if (!isWord(noun) || !RECEIVED_REACTIONS.nouns.has(noun.lower) || !isWord(link) || !['of', 'from'].includes(link.lower) || !isWord(first)) return null;
  if (noun.sent !== tokens[i]!.sent || first.sent !== noun.sent) return null;
  // "hadn’t won any backing from", "has still not drawn praise from": a negated cue keeps its preposition.
  let negated = false;
  for (let m = start; m < i; m += 1) negated ||= isNegation(tokens[m]);
  return { start, end: negated ? k + 1 : k, from: k + 2 };
}

/**
 * "in her view", "in Captain Lind’s view": the index of "view" when tokens[k] opens a possessive right before it (a
 * possessive pronoun, or one to three capitalised words, the last ending in "’s"), else -1.
 */
export function possessiveBeforeView(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!isWord(first)) return -1;
  let owner = k;
  if (!POSSESSIVE_PRONOUNS.has(first.lower)) {
    while (owner < k + 3 && isWord(tokens[owner]) && tokens[owner]!.cap && !POSSESSIVE.test(tokens[owner]!.lower)) owner += 1;
    const last = tokens[owner];
    if (!isWord(last) || !last.cap || !POSSESSIVE.test(last.lower)) return -1;
  }
  const view = tokens[owner + 1];
  return isWord(view) && view.lower === 'view' && view.sent === first.sent ? owner + 1 : -1;
}

/** Is the token after a weak verb the start of what it reports? */
export function opensReport(t: Token | undefined, sentence: number): boolean {
  if (t === undefined || t.sent !== sentence) return true;
  return CLAUSE_OPENERS.has(t.lower) || t.type === 'quote';
}

const LABEL_ADJECTIVE = /(?:ous|ful|less|ive|ic|able|ible|ent|ant|ary|ish|ist)$/u;

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'himself', 'herself', 'themselves', 'itself', 'this', 'that']);

/**
 * "He called the levy unfair", "critics called him a pragmatist": a verb of labelling with a
 * subject before it and an object followed by what it is called (not "called police on Tuesday",
 * "called a press conference to…", "called the meeting").
 */
export function labelsObject(tokens: readonly Token[], i: number, left: Token | undefined, hasAux: boolean): boolean {
  const t = tokens[i]!;
  const subject = hasAux || left?.text === ')' || isComma(left) || (left !== undefined && isWord(left) && (isPronoun(left) || G.relatives.has(left.lower) || (left.cap && !isDeterminer(left)) || /[^s]s$/u.test(left.lower)));
  if (!subject) return false;
  const next = tokens[i + 1];
  if (!isWord(next) || next.sent !== t.sent) return false;
  let objEnd: number;
  if (OBJECT_PRONOUNS.has(next.lower)) objEnd = i + 1;
  else {
    const r = npForward(tokens, i + 1, Math.min(tokens.length - 1, i + 8), { appositions: false, participleTail: false });
    if (!r || !(isDeterminer(next) || next.cap)) return false;
    objEnd = r.end;
  }
  const after = tokens[objEnd + 1];
  if (after?.type === 'quote' && after.sent === t.sent) return true;
  // "called the proposal reckless.": the phrase read forwards swallowed the adjective.
  if (objEnd >= i + 3 && isDeterminer(next) && LABEL_ADJECTIVE.test(tokens[objEnd]!.lower) && (after === undefined || after.sent !== t.sent || after.type === 'punct')) return true;
  if (!isWord(after) || after.sent !== t.sent || isTimeWord(after) || isAuxiliary(after) || isNegation(after)) return false;
  if (G.prepositions.has(after.lower) || G.conjunctions.has(after.lower) || G.relatives.has(after.lower) || after.lower === 'that' || after.lower === 'to') return false;
  return true;
}

/**
 * "…, records show.", "…, the Marlow Herald reports.": a form that is also a noun closes its sentence after
 * a comma and its subject, a phrase of up to four words without a preposition that opens with a determiner
 * or a name or ends with a document ("…, fundraising reports show."; not "…, according to press reports."), or
 * a subject after a quotation ("“…,” he notes.").
 */
export function closesAfterComma(tokens: readonly Token[], i: number, auxStart: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (auxStart !== i || next === undefined || next.sent !== t.sent || !SENTENCE_PUNCT.has(next.text)) return false;
  let k = i - 1;
  while (k >= i - 4 && isWord(tokens[k]) && tokens[k]!.sent === t.sent && !G.prepositions.has(tokens[k]!.lower) && !isAuxiliary(tokens[k])) k -= 1;
  if (k === i - 1 || tokens[k]?.sent !== t.sent) return false;
  const first = tokens[k + 1]!;
  // "“…,” Reyes notes.", "“…,” he notes.": after a quotation a pronoun is a subject too.
  if (tokens[k]!.type === 'quote' && isComma(tokens[k - 1])) return first.cap || isPronoun(first) || isDeterminer(first);
  if (!isComma(tokens[k])) return false;
  return isDeterminer(first) || (first.cap && !isPronoun(first)) || DOCUMENT_HEADS.has(tokens[i - 1]!.lower) || EVIDENCE_HEADS.has(tokens[i - 1]!.lower);
}

/** "issued a statement saying", "put out a short statement that said": the last token of the linker, or -1. */
export function throughDocumentEnd(tokens: readonly Token[], i: number): number {
  const sent = tokens[i]!.sent;
  let j = i + 1;
  if (tokens[j]?.lower === 'out') j += 1;
  // "Both ferry unions issued statements criticizing the fares": a plural document needs no determiner.
  const barePlural = isWord(tokens[j]) && tokens[j]!.sent === sent && /s$/u.test(tokens[j]!.lower) && THROUGH_DOCUMENT.nouns.has(tokens[j]!.lower);
  if (!isDeterminer(tokens[j]) && !barePlural) return -1;
  for (let k = barePlural ? j : j + 1; k <= j + 3 && k < tokens.length && tokens[k]!.sent === sent && isWord(tokens[k]); k += 1) {
    if (!THROUGH_DOCUMENT.nouns.has(tokens[k]!.lower)) continue;
    // "released a statement Tuesday night saying": a day and a part of the day may stand before the linker, inside the cue.
    let m = k;
    // "… a statement on Friday saying": "on" before the day too.
    if (tokens[m + 1]?.lower === 'on' && WEEKDAYS.has(tokens[m + 2]?.lower ?? '') && tokens[m + 2]!.sent === sent) m += 1;
    if (WEEKDAYS.has(tokens[m + 1]?.lower ?? '') && tokens[m + 1]!.sent === sent) m += 1;
    if (m > k && PARTS_OF_DAY.has(tokens[m + 1]?.lower ?? '') && tokens[m + 1]!.sent === sent) m += 1;
    // "sent a note last month urging…": "this" or "last" and a week or a month, as a day.
    if (m === k && ['this', 'last'].includes(tokens[m + 1]?.lower ?? '') && ['week', 'month'].includes(tokens[m + 2]?.lower ?? '') && tokens[m + 2]!.sent === sent) m += 2;
    // "issued a short statement Friday, saying": a comma may stand before the linker.
    if (isComma(tokens[m + 1]) && tokens[m + 1]!.sent === sent) m += 1;
    for (const l of THROUGH_DOCUMENT.linkers) if (matchWords(tokens, m + 1, l) && tokens[m + l.length]!.sent === sent) return m + l.length;
    return -1;
  }
  return -1;
}

/**
 * "Ortiz is making a spirited case", "made the simple economic case for": after a form of "make", "case" with a
 * determiner and one to five words that describe it (lower-case words, commas, "and"); the index of "case", or of "for" /
 * "against" right after it, or -1.
 */
export function describedCaseEnd(tokens: readonly Token[], i: number): number {
  const sent = tokens[i]!.sent;
  if (!isDeterminer(tokens[i + 1]) || tokens[i + 1]!.sent !== sent) return -1;
  for (let k = i + 3; k <= i + 7 && k < tokens.length && tokens[k]!.sent === sent; k += 1) {
    const w = tokens[k - 1]!;
    if (!(isComma(w) || (isWord(w) && !w.cap && !isDeterminer(w) && !G.prepositions.has(w.lower) && !isAuxiliary(w) && !isPronoun(w)))) return -1;
    if (tokens[k]!.lower !== 'case') continue;
    const after = tokens[k + 1];
    return after !== undefined && after.sent === sent && (after.lower === 'for' || after.lower === 'against') ? k + 1 : k;
  }
  return -1;
}

/** How many words of one of the verb's particles stand at tokens[at] ('for', 'it clear'), or 0. */
export function particleLength(tokens: readonly Token[], at: number, entry: VerbCue): number {
  for (const p of entry.particles ?? []) if (matchWords(tokens, at, p) && tokens[at + p.length - 1]!.sent === tokens[at - 1]!.sent) return p.length;
  return 0;
}

/** "… on the spot – saying", "… — saying", "… -- saying": a dash (or spaced hyphens written for one) right before token k. */
export function dashBefore(tokens: readonly Token[], k: number): boolean {
  const d = tokens[k - 1];
  if (d === undefined || d.sent !== tokens[k]!.sent) return false;
  return d.text === '—' || d.text === '–' || (d.text === '-' && (d.spaceBefore || tokens[k - 2]?.text === '-'));
}

/** "“…,” he notes.", "“…,” Ortiz added when…": a subject (a pronoun or a name) right after a closing quotation mark, before the verb at k. */
export function afterClosingQuote(tokens: readonly Token[], k: number, firstOfSentence: number): boolean {
  let s = k - 1;
  if (s < firstOfSentence || !isWord(tokens[s])) return false;
  if (!isPronoun(tokens[s])) while (s - 1 >= firstOfSentence && s > k - 4 && isWord(tokens[s - 1]) && tokens[s - 1]!.cap) s -= 1;
  if (!isPronoun(tokens[s]) && !tokens[s]!.cap) return false;
  const q = tokens[s - 1];
  return q !== undefined && q.type === 'quote' && [',', '?', '!'].includes(tokens[s - 2]?.text ?? '');
}

const RECORDINGS = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'audio', 'tape', 'tapes', 'recording', 'recordings', 'images', 'photos']);

/**
 * "with 50 percent of pilots saying", "with many skippers and dockers chanting": the participle's
 * subject is the phrase after "with" (no verb, pronoun or other preposition in it); the index of its
 * first token, or -1.
 */
export function subjectAfterWith(tokens: readonly Token[], at: number, firstOfSentence: number): number {
  if (at - 1 < firstOfSentence || !(isWord(tokens[at - 1]) || tokens[at - 1]!.text === '%')) return -1;
  for (let k = at - 1; k >= firstOfSentence && k >= at - 10; k -= 1) {
    const t = tokens[k]!;
    if (isWord(t) && t.lower === 'with') return k + 1 < at ? k + 1 : -1;
    // "with footage of Ortiz saying": the one seen or heard speaking.
    if (isWord(t) && t.lower === 'of' && RECORDINGS.has(tokens[k - 1]?.lower ?? '') && isWord(tokens[k - 2]) && tokens[k - 2]!.lower === 'with') return k + 1 < at ? k + 1 : -1;
    if (t.type === 'num' || t.text === '%') continue;
    if (!isWord(t) || isAuxiliary(t) || isPronoun(t) || G.relatives.has(t.lower) || t.lower === 'that' || (G.prepositions.has(t.lower) && t.lower !== 'of') || isVerbLike(t)) return -1;
  }
  return -1;
}

/** Words that open what follows a document's head and describes it ("a poll from …", "a survey this month"). */
const DOCUMENT_MODIFIER_OPENERS = new Set(['by', 'from', 'of', 'for', 'on', 'in', 'this', 'last', 'released', 'conducted', 'published', 'taken']);

/**
 * "A Marlow Herald poll this month found…", "A study by the harbour trust found…": a document or a body of evidence heads
 * the subject within eight words before the verb group at auxStart, followed by what describes it (a preposition, a time
 * or a participle), with no pronoun, relative pronoun, auxiliary or punctuation between.
 */
export function documentWithModifierBefore(tokens: readonly Token[], auxStart: number, firstOfSentence: number): boolean {
  for (let q = auxStart - 2; q >= firstOfSentence && q >= auxStart - 9; q -= 1) {
    const w = tokens[q + 1]!;
    if (!isWord(w) || isPronoun(w) || isAuxiliary(w) || G.relatives.has(w.lower) || w.lower === 'that' || w.lower === 'to') return false;
    const h = tokens[q]!;
    if (isWord(h) && (DOCUMENT_HEADS.has(h.lower) || EVIDENCE_HEADS.has(h.lower)) && DOCUMENT_MODIFIER_OPENERS.has(w.lower)) return true;
  }
  return false;
}

/**
 * Adverbs that stay out of the verb group right after a comma: "…, then said" goes on to a next step (the cue is
 * "said"), "…, only saying" is no cue (see mannerAdverbAfterLink), and "Ortiz, the harbour master, also confirmed"
 * is "confirmed" in the seed set (PolNeAR keeps "also").
 */
export const NOT_AFTER_COMMA = new Set(['then', 'also', 'only']);

/** Participles of naming that keep a bare "as" after them ("is widely regarded as"). */
export const NAMED_AS = new Set(['regarded', 'referred', 'labeled', 'labelled']);

/** Is token k a lower-case adverb of manner in -ly (not "only") right after a comma, a dash, "and" or "but"? */
export function mannerAdverbAfterLink(tokens: readonly Token[], k: number, sent: number): boolean {
  const a = tokens[k];
  const before = tokens[k - 1];
  if (!isWord(a) || a.sent !== sent || a.cap || !a.lower.endsWith('ly') || a.lower === 'only' || !isAdverb(a) || before === undefined || before.sent !== sent) return false;
  return isComma(before) || dashBefore(tokens, k) || before.lower === 'and' || before.lower === 'but';
}

/** "The pilots are worried about…", "is deeply worried that…": the adjective entry of a verb form after a form of "be" (adverbs between), or undefined. */
export function adjectiveAfterBe(tokens: readonly Token[], i: number): VerbCue | undefined {
  const adjective = ADJECTIVES_AFTER_BE.get(tokens[i]!.lower);
  if (!adjective) return undefined;
  let k = i - 1;
  while (k > i - 4 && isWord(tokens[k]) && tokens[k]!.sent === tokens[i]!.sent && (isAdverb(tokens[k]) || isNegation(tokens[k]) || DEGREE_WORDS.has(tokens[k]!.lower))) k -= 1;
  const be = tokens[k];
  return be !== undefined && be.sent === tokens[i]!.sent && BE.has(be.lower) && be.lower !== 'being' ? adjective : undefined;
}
