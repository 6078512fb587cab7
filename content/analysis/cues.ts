/**
 * Finding attribution cues: reporting verbs with their auxiliaries ("has said", "are estimated"),
 * phrases ("according to", "a statement from"), adverbs ("reportedly"). Pure.
 */
import { adjectiveAfterBe, afterClosingQuote, ANSWER_PHRASES, ANSWER_VERBS, ATTRIBUTIVE_BEFORE, BE, BROADCAST, CLAUSE_OPENERS, closesAfterComma, CONTINUE, COPULA_FORMS, COPULAS, dashBefore, DEGREE_WORDS, describedCaseEnd, documentWithModifierBefore, endsWithQuestion, EXPRESSED_FEELING_NEXT, FEELING_LINKS, FLOATING_QUANTIFIERS, GESTURES, GO_ON, HAS_CONTRACTED, ING_AFTER, labelsObject, leadsObjectTo, lemmaHead, mannerAdverbAfterLink, mannerWithEnd, MODALS, NAMED_AS, NEGATED_OBJECT_QUANTIFIERS, NEGATED_REPORT_OPENERS, NOT_AFTER_COMMA, NOUN_LIKE, OPENING_PARTICIPLE_NEXT, OPENING_POLL_HEADS, opensReport, PARTICIPLE_DEGREE_WORDS, particleLength, PARTS_OF_DAY, PAST_PARTICIPLE, POLL_ASKED, POLL_HEADS, POSSESSIVE, POSSESSIVE_PRONOUNS, possessiveBeforeJudgement, possessiveBeforeView, possessiveNominalCue, possessiveStart, PRONOUN_DETERMINERS, QUESTION_AUXILIARIES, QUESTION_SUBJECTS, receivedReaction, RECEIVED_REACTION_STARTS, REFUSE_NEED, runningText, SENTENCE_PUNCT, startsNounPhrase, SUBJECT_PRONOUNS, subjectAfterWhat, subjectAfterWith, throughDocumentEnd, VIEW_HOLDERS, viewBeforeCopula, WEEKDAYS, WONDER_AFTER_TO } from './cue-contexts';
import { ADVERB_CUES, CUE_EXTENSIONS, DOCUMENT_HEADS, EVIDENCE_HEADS, G, lower, NOUN_FORMS, NOUNS_AFTER_POSSESSIVE_BEFORE_COPULA, NOUNS_BEFORE_CLAUSE, NUMBER_TENS, NUMBER_UNITS, PARTICIPLES_AFTER_COMMA, PHRASE_CUES, SEEM_VERBS, THROUGH_DOCUMENT_CUES, VERB_CUES, type VerbCue } from './lexicon';
import { npForward } from './noun-phrases';
import type { Token } from './tokens';
import { byFirstWord, isAdverb, isAuxiliary, isComma, isDeterminer, isMonth, isNegation, isNominal, isPoll, isPronoun, isQuantifier, isTimeWord, isVerbLike, isWord, matchWords, phrasesAt } from './word-classes';

/** Contracted negated forms of "be" ("isn’t", "weren't"): the auxiliary and its negation in one token. */
const NEGATED_BE = lower(["isn't", "aren't", "wasn't", "weren't"]);

/** Words of amount between a verb of speech and its "about" or "of" ("talk much about"). */
const SPEECH_AMOUNTS = new Set(['much', 'more', 'little', 'often']);

/** Adjectives of order or kind that come before a noun ("Initial estimates", "Subsequent reports", "Other claims"). */
const ORDER_ADJECTIVES = new Set(['initial', 'subsequent', 'other', 'preliminary', 'previous', 'earlier', 'later', 'separate', 'conflicting']);

export interface CueCandidate {
  start: number; // first token
  end: number; // last token (inclusive)
  lemma: string;
  verb?: VerbCue;
  kind: 'verb' | 'phrase' | 'adverb';
  passive: boolean;
  sourceAfter: boolean;
  /** "…, adding that", "… and said": the speaker is the clause's subject. */
  sharesSubject: boolean;
  /** "“…,” said the ministry": the source follows. */
  inverted: boolean;
  /** The quotation region index holding the cue, or -1. */
  quote: number;
  /** Forms that are also nouns need a subject to count ("reports", "claims"). */
  nounLike: boolean;
  /** "with 50 percent saying": the first token of the participle's subject, which runs up to the cue. */
  subjectFrom?: number;
  /** "has drawn criticism from the skippers": the first token of the source, which follows the cue after "of" or "from". */
  sourceFrom?: number;
  /** "The pilots showed no sign of giving way": a stance of its subject, whoever it is (a verb that otherwise needs a document subject). */
  anySubject?: boolean;
}

/** "The mayor stated of the pier: …", "declared of the crews": like "said of", these verbs of statement leave the "of" out. */
const SAID_OF = new Set(['state', 'declare', 'add']);

/** "as we know", "as you now know": "as" and a subject pronoun before token i, with "now" between them and i allowed. */
function asWeKnow(tokens: readonly Token[], i: number, firstOfSentence: number): boolean {
  const k = tokens[i - 1]?.lower === 'now' ? i - 2 : i - 1;
  return k - 1 >= firstOfSentence && SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '') && tokens[k - 1]!.lower === 'as';
}

/** Is there a "that" among the three tokens from `from` on, in sentence `sent` ("…, though, that")? */
function thatSoon(tokens: readonly Token[], from: number, sent: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length && tokens[k]!.sent === sent; k += 1) if (tokens[k]!.lower === 'that') return true;
  return false;
}

/** Adjectives of weight before the noun "say" ("the final say", "a bigger say"). */
const SAY_NOUN_ADJECTIVES = new Set(['final', 'last', 'big', 'bigger', 'greater', 'larger', 'equal', 'real', 'direct', 'strong', 'stronger']);

/** Prepositions after the noun "mention" ("a brief mention in") and after a participle "posted" ("posted on"). */
const MENTION_NOUN_NEXT = new Set(['in', 'on', 'from', 'at', 'to']);

/** Things posted besides the document heads of the lexicon ("an article posted on"). */
const POSTED_ITEMS = new Set(['article', 'articles', 'photo', 'picture', 'pictures', 'clip', 'clips', 'comment', 'comments']);

/** Token t stands right after a lower-case common noun or adjective (no pronoun, adverb or auxiliary) and before one of `words`. */
function afterCommonNounBefore(prev: Token | undefined, next: Token | undefined, t: Token, words: ReadonlySet<string>): boolean {
  return isWord(prev) && !prev.cap && isNominal(prev) && isWord(next) && next.sent === t.sent && words.has(next.lower);
}

/** Forms of "help", which takes a bare infinitive ("helped explain"). */
const HELP_FORMS = new Set(['help', 'helps', 'helped', 'helping']);

/** Endings of adverbs in -ly that names seldom have: "finally", "fully", "openly" (not "Kelly", "Emily"). */
const TITLE_ADVERB_ENDINGS = /(?:ally|fully|ously|ively|ently|antly|edly|ately|ably|ibly|ingly)$/u;

/** Prepositions before a passive gerund that names a state ("an edge on being seen as", "tired of being called"). */
const STATE_PREPOSITIONS = new Set(['on', 'of', 'about', 'for', 'from', 'with', 'without', 'despite', 'at']);

/** Nouns a pledge of support makes a kind of: "pledged delegates" (issue 14). */
const PLEDGED_NOUNS = new Set(['delegate', 'delegates', 'superdelegate', 'superdelegates']);

/** Nouns of quantity after "a" that take a plural verb: "a third say", "a majority believe". */
const QUANTITY_AFTER_A = new Set(['third', 'quarter', 'fifth', 'half', 'majority', 'minority', 'plurality', 'number', 'lot', 'few', 'handful', 'dozen', 'couple', 'fraction', 'share']);

/** Forms of "find" that report what a poll's maker found. */
const FIND_FORMS = new Set(['found', 'finds']);

/** A form of "find" after a word in tokens from..end (not a passive "was found"). */
function findsLater(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k <= end && k < tokens.length; k += 1) {
    if (FIND_FORMS.has(tokens[k]!.lower) && isWord(tokens[k - 1]) && !BE.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

/** "among older voters", "among likely Democratic voters": "among" up to three words before the people at people. */
function amongBefore(tokens: readonly Token[], people: number): boolean {
  for (let k = people - 1; k >= people - 4 && k >= 0; k -= 1) {
    const w = tokens[k]!;
    if (w.sent !== tokens[people]!.sent || !isWord(w)) return false;
    if (w.lower === 'among') return true;
  }
  return false;
}

/** "more likely to say", "less likely to support": the comparatives before "likely" in a poll's comparison. */
const COMPARATIVES = new Set(['more', 'less']);

/** The partners of "compare": "compared the toll to a ransom", "compares his pier with hers". */
const COMPARE_PARTNERS = new Set(['to', 'with']);

/** Verbs with which a poll or a count places a candidate: "The latest poll has Ortiz ahead", "a count giving Reyes 40 seats". */
const POLL_PLACES = new Set(['has', 'have', 'had', 'gives', 'give', 'gave', 'giving', 'puts', 'put', 'putting', 'places', 'placed', 'placing']);

/** Heads of a poll or a count that can place a candidate (not "numbers", "results": "the numbers have slipped"). */
const PLACING_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'count', 'tally', 'average', 'forecast', 'projection', 'projections', 'estimate', 'estimates']);

/** Object pronouns for people a poll places: "has him ahead", "puts them at 30 percent". */
const OBJECT_PERSONS = new Set(['him', 'her', 'them']);

/**
 * "The harbour poll has Ortiz leading by six points", "a Marlow Herald survey giving Reyes a clear lead", "The latest count
 * puts her at 41 percent": a poll or count right before "has", "gives", "puts" or "places" and a name or an object pronoun
 * after it is what the poll shows, the verb alone a cue whose source is the poll (not "The harbour poll has an error margin",
 * "the numbers have slipped", "estimates put the count at"; PolNeAR train 7 right of 7 where nothing was proposed).
 */
function pollPlaces(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!POLL_PLACES.has(t.lower)) return false;
  const head = tokens[i - 1];
  const object = tokens[i + 1];
  if (!isWord(head) || head.sent !== t.sent || !PLACING_HEADS.has(head.lower) || !isWord(object) || object.sent !== t.sent) return false;
  return (object.cap && !isDeterminer(object) && !isPronoun(object) && !isTimeWord(object)) || OBJECT_PERSONS.has(object.lower);
}

/** Nouns of a stance that someone shows, with the preposition each takes: "interest in", "enthusiasm for", "respect for". */
const SHOWN_STANCES = new Map([['interest', 'in'], ['enthusiasm', 'for'], ['respect', 'for']]);

/** Words of degree before a shown stance: "no interest", "little real enthusiasm", "much personal interest". */
const SHOWN_DEGREES = new Set(['no', 'little', 'limited', 'much', 'any', 'some', 'real', 'great', 'personal', 'renewed', 'keen', 'more', 'less', 'new', 'scant', 'growing']);

/**
 * "The board has shown little interest in the pier", "The crowd showed scant enthusiasm for Ortiz", "He shows little respect for
 * the skippers": a finite "show" with at most two words of degree, a noun of stance and its preposition (the index of the
 * preposition, or -1). PolNeAR train: 5 right of 5 where nothing was proposed (not "inclination", 1 of 4, the gold ending
 * before "to").
 */
function shownStanceEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  let k = i + 1;
  while (k < i + 3 && isWord(tokens[k]) && tokens[k]!.sent === t.sent && SHOWN_DEGREES.has(tokens[k]!.lower)) k += 1;
  const noun = tokens[k];
  const prep = tokens[k + 1];
  if (!isWord(noun) || noun.sent !== t.sent || !isWord(prep) || prep.sent !== t.sent || tokens[k + 2]?.sent !== t.sent) return -1;
  return SHOWN_STANCES.get(noun.lower) === prep.lower ? k + 1 : -1;
}

/** Things put out that carry what they include: "The leaflet includes a map of the berths". */
const CARRIERS = new Set(['email', 'ad', 'agreement', 'plan', 'version', 'video', 'letter', 'memo', 'leaflet', 'statement', 'report', 'tweet', 'post', 'platform', 'proposal', 'document']);

/**
 * "The leaflet includes a map of the berths", "The new plan includes: free berths…": the present "includes" right after such
 * a thing is what it carries, a cue whose source is the thing (not "The price includes a ticket", "The team includes two
 * pilots", nor the past "included", mostly a count of what a batch held; PolNeAR train 8 right of 11 where nothing was proposed).
 */
function documentIncludes(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const head = tokens[i - 1];
  const next = tokens[i + 1];
  return t.lower === 'includes' && isWord(head) && head.sent === t.sent && CARRIERS.has(head.lower) && next !== undefined && next.sent === t.sent && (isWord(next) || next.text === ':');
}

/** A subject pronoun for a person: "she", "they", "we" (not "it" or "there"). */
function personalPronoun(left: Token | undefined): boolean {
  return isWord(left) && SUBJECT_PRONOUNS.has(left.lower) && left.lower !== 'it' && left.lower !== 'there';
}

/** A personal pronoun (not "it" or "there") or a capitalised word that is no determiner or pronoun: "she", "Reyes". */
function personOrName(left: Token | undefined): boolean {
  return personalPronoun(left) || (isWord(left) && left.cap && !isDeterminer(left) && !isPronoun(left));
}

/**
 * "She compared the new toll to a ransom", "Reyes compares his pier with the old one": a finite "compare" likens one thing
 * to another as a view of its subject, a personal pronoun or a name right before the verb group, with an object after the
 * verb and "to" or "with" within eight words in the clause (not "41 percent, compared with 30", nor "the study compared").
 */
function comparesObject(tokens: readonly Token[], i: number, left: Token | undefined): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!personOrName(left) || !isWord(next) || next.sent !== t.sent || COMPARE_PARTNERS.has(next.lower)) return false;
  for (let q = i + 2; q <= i + 8 && q < tokens.length && tokens[q]!.sent === t.sent && !CLAUSE_OPENERS.has(tokens[q]!.text); q += 1) {
    if (COMPARE_PARTNERS.has(tokens[q]!.lower)) return true;
  }
  return false;
}

/**
 * "Ortiz named two pilots to the harbour board", "she exposed the fee ledger", "the board has authorized a new pier": a verb
 * with the subjectObject flag is a cue only with a personal pronoun or a name right before its verb group and its object
 * right after it (not "a skipper named Reyes", "the pier was named after…", "those who named a candidate", "the people she
 * named.", "exposed to the wind").
 */
function subjectThenObject(tokens: readonly Token[], i: number, left: Token | undefined): boolean {
  const next = tokens[i + 1];
  return personOrName(left) && isWord(next) && next.sent === tokens[i]!.sent && !G.prepositions.has(next.lower) && next.lower !== 'after';
}

/**
 * "They favor a toll on night ferries", "pilots who favor the new pier": "favor" with a personal pronoun or "who" right
 * before its verb group and its object right after it is a stance of its subject (not after a name or a noun, where it is
 * as often what favours a candidate, "The tides favor Ortiz", or a poll's split, nor "favored by").
 */
function favorsObject(tokens: readonly Token[], i: number, left: Token | undefined): boolean {
  const next = tokens[i + 1];
  const pronoun = personalPronoun(left) || (isWord(left) && left.lower === 'who');
  return pronoun && isWord(next) && next.sent === tokens[i]!.sent && !G.prepositions.has(next.lower);
}

/** Nouns of a standing stance toward a cause or a person ("a vocal critic of", "a long-time supporter of"). */
const STANCE_NOUNS = new Set(['supporter', 'supporters', 'critic', 'critics', 'advocate', 'advocates', 'proponent', 'proponents', 'opponent', 'opponents', 'champion', 'champions', 'defender', 'defenders', 'backer', 'backers', 'detractor', 'detractors']);
/** Forms of "be" (and "remain") that link a subject to its stance noun. */
const STANCE_LINKS = new Set(['is', 'was', 'are', 'were', 'been', 'remain', 'remains', 'remained', "'s", '’s']);

/**
 * "Ortiz is a vocal critic of the levy", "She has long been a supporter of the night ferry", "They remain staunch
 * opponents of the toll": a stance noun after a form of "be" (or "remain"), "a"/"an" or nothing and at most three
 * lower-case words, before "of", with a personal pronoun or a name right before the verb group, is a cue from the verb
 * group to "of" (not "the pilots are supporters of", after a common noun; not "disliked by supporters of"). Returns the
 * first token of the verb group and the cue's last token ("of"), or null.
 */
function stanceNounAfterBe(tokens: readonly Token[], i: number, firstOfSentence: number): { from: number; end: number } | null {
  const t = tokens[i]!;
  if (!STANCE_LINKS.has(t.lower)) return null;
  let from = i;
  while (from - 1 >= firstOfSentence && (isAuxiliary(tokens[from - 1]) || isNegation(tokens[from - 1]) || (isAdverb(tokens[from - 1]) && !tokens[from - 1]!.cap))) from -= 1;
  if (from - 1 < firstOfSentence || !personOrName(tokens[from - 1])) return null;
  let q = i + 1;
  if (tokens[q]?.lower === 'a' || tokens[q]?.lower === 'an') q += 1;
  for (let n = 0; n <= 3; n += 1, q += 1) {
    const w = tokens[q];
    if (!isWord(w) || w.sent !== t.sent || w.cap) return null;
    if (STANCE_NOUNS.has(w.lower)) {
      const of = tokens[q + 1];
      return isWord(of) && of.sent === t.sent && of.lower === 'of' ? { from, end: q + 1 } : null;
    }
    if (isDeterminer(w) || G.prepositions.has(w.lower) || G.conjunctions.has(w.lower) || isPronoun(w)) return null;
  }
  return null;
}

/** "Ortiz was criticized", "she has been criticised": a passive of criticising whose subject, right before its verb group in
 *  the same sentence, is a name or a personal pronoun. */
function criticisedPerson(subject: Token | undefined, verb: Token): boolean {
  return (verb.lower === 'criticized' || verb.lower === 'criticised') && subject?.sent === verb.sent && personOrName(subject);
}

/**
 * Every form with a verb entry: VERB_CUES and THROUGH_DOCUMENT_CUES (ADJECTIVES_AFTER_BE holds forms of VERB_CUES only).
 * A word outside it has no entry in verbCueAt, which one lookup tells before three.
 */
const VERB_CUE_FORMS = new Set([...VERB_CUES.keys(), ...THROUGH_DOCUMENT_CUES.keys()]);

/** Detect the verb cue whose verb is token i, or null. */
function verbCueAt(tokens: readonly Token[], i: number, inQuote: Int32Array, firstOfSentence: number): CueCandidate | null {
  const t = tokens[i]!;
  if (!VERB_CUE_FORMS.has(t.lower)) return null;
  // "put out a statement saying" before "as he put it": a verb that reports through a document it puts out.
  const viaDocument = THROUGH_DOCUMENT_CUES.get(t.lower);
  const documentEnd = viaDocument ? throughDocumentEnd(tokens, i) : -1;
  const entry = documentEnd !== -1 ? viaDocument : (adjectiveAfterBe(tokens, i) ?? VERB_CUES.get(t.lower));
  if (!entry) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const prevInSentence = prev !== undefined && prev.sent === t.sent ? prev : undefined;
  // "at the Harbour Ferry Express", "the Marlow Savings Plan": a capitalised bare form after a capitalised word in running
  // text (not a Title-Case headline) ends a name.
  if (t.cap && t.text !== t.text.toUpperCase() && t.lower === lemmaHead(entry.lemma) && isWord(prevInSentence) && prevInSentence.cap && runningText(tokens, i)) return null;
  // "an aide, Hope Lind, said", "backed by Planned Harbours and two unions": in running text a capitalised cue form after a
  // lower-case word or a comma, before another capitalised word, opens a name (on PolNeAR train: 2 false cues, no right one).
  if (t.cap && t.text !== t.text.toUpperCase() && prevInSentence !== undefined && ((isWord(prevInSentence) && !prevInSentence.cap) || isComma(prevInSentence)) && isWord(next) && next.sent === t.sent && next.cap && runningText(tokens, i)) return null;
  // "the report", "three claims" are nouns; "4 in 10 said", "another said", "a message that said" are verbs.
  const nounForm = NOUN_FORMS.has(t.lower) || NOUN_LIKE.has(t.lower);
  const numberWord = isWord(prevInSentence) && (NUMBER_UNITS.has(prevInSentence.lower) || NUMBER_TENS.has(prevInSentence.lower));
  if (nounForm && numberWord) return null;
  // "Initial estimates put the toll at 40", "Other reports say": a noun-like form after an adjective of order or kind that
  // opens the sentence is a noun.
  if (nounForm && isWord(prevInSentence) && prevInSentence.cap && ORDER_ADJECTIVES.has(prevInSentence.lower) && tokens[i - 2]?.sent !== t.sent) return null;
  // "The speech made little mention of the strike", "any mention of fees": "mention" before "of" is the noun (the verb
  // takes its object directly). Right 0 times in 6 on PolNeAR train, its sources 0 in 5.
  if ((t.lower === 'mention' || t.lower === 'mentions') && isWord(next) && next.sent === t.sent && next.lower === 'of') return null;
  // "a brief mention in the Gazette", "no mention from the mayor": after a lower-case noun or adjective, "mention" before
  // a preposition is the noun too (right 0 times in 3 on PolNeAR train).
  if ((t.lower === 'mention' || t.lower === 'mentions') && afterCommonNounBefore(prevInSentence, next, t, MENTION_NOUN_NEXT)) return null;
  // "a video posted on the harbour forum", "an article posted to the union's site": "posted" right after a text or a picture
  // and before where it appeared is a participle describing it (right 0 times in 3 on PolNeAR train; not "The church
  // posted on Facebook that…").
  if (t.lower === 'posted' && afterCommonNounBefore(prevInSentence, next, t, MENTION_NOUN_NEXT) && (DOCUMENT_HEADS.has(prevInSentence!.lower) || POSTED_ITEMS.has(prevInSentence!.lower))) return null;
  // "Reyes’s push for", "the port’s decline": after a possessive a present form is a noun (not a nominal report:
  // "Lind’s claim that", "anyone’s guess whether", "in Allen’s view").
  if (isWord(prevInSentence) && POSSESSIVE.test(prevInSentence.lower) && !/(?:ed|en|wn)$/u.test(t.lower) && t.lower !== 'view' && !(isWord(next) && (next.lower === 'that' || next.lower === 'whether'))) return null;
  // "a message that said, “…”", "shirts that read “No toll”": "that" after a noun and before "said" or "read" and a
  // quotation is a relative pronoun, not a determiner.
  const quoteAfter = next?.type === 'quote' || ((isComma(next) || next?.text === ':') && tokens[i + 2]?.type === 'quote');
  const relativeThat = ['said', 'says', 'read', 'reads'].includes(t.lower) && quoteAfter && prevInSentence?.lower === 'that' && isWord(tokens[i - 2]) && tokens[i - 2]!.sent === t.sent && !tokens[i - 2]!.cap && isNominal(tokens[i - 2]!);
  if (prevInSentence && !relativeThat && (isDeterminer(prevInSentence) || prevInSentence.type === 'num') && (nounForm || !(prevInSentence.type === 'num' || PRONOUN_DETERMINERS.has(prevInSentence.lower)))) return null;
  // "appeared to show", "seemed to confirm"; "went on to criticize", "goes on to explain": the words before "to" stay in the cue.
  const toBefore = prevInSentence !== undefined && prevInSentence.lower === 'to';
  const seemLead = toBefore && isWord(tokens[i - 2]) && SEEM_VERBS.has(tokens[i - 2]!.lower);
  const goesOnLead = toBefore && tokens[i - 2]?.lower === 'on' && GO_ON.has(tokens[i - 3]?.lower ?? '') && tokens[i - 3]!.sent === t.sent;
  // "continued to question", "continues to insist": going on with the report, with "continued to" in the cue (not an
  // infinitive itself: "to continue to discuss").
  const continuesLead = toBefore && CONTINUE.has(tokens[i - 2]?.lower ?? '') && tokens[i - 2]!.sent === t.sent && tokens[i - 3]?.lower !== 'to';
  // "was quick to insist", "are all quick to deny": "quick to" after a form of "be" stays in the cue like
  // "continued to" (the "be" is checked after the auxiliaries are read).
  const quickLead = toBefore && tokens[i - 2]?.lower === 'quick' && tokens[i - 2]!.sent === t.sent;
  // "Older skippers were more likely to say the pier was safe", "are slightly less likely to support the toll": a poll's
  // comparison of what a group says or thinks, "more likely to" in the cue after a form of "be" (checked with "quick").
  const likelyLead = toBefore && tokens[i - 2]?.lower === 'likely' && COMPARATIVES.has(tokens[i - 3]?.lower ?? '') && tokens[i - 3]!.sent === t.sent;
  // "The pilots refused to discuss the fares", "the board needs to explain the fees", "Ortiz struggled to defend the toll": a
  // refusal, a need or a struggle to report keeps "refused to" in the cue, as "continued to" does (on PolNeAR train, with
  // sources: 20 right against 7 wrong; not "tried to", "failed to", "began to", "decided to", "wants to", "plans to").
  const refuseLead = toBefore && REFUSE_NEED.has(tokens[i - 2]?.lower ?? '') && tokens[i - 2]!.sent === t.sent && tokens[i - 3]?.lower !== 'to';
  const seem = refuseLead || seemLead || goesOnLead || continuesLead || quickLead || likelyLead;
  // "As reported by the Marlow Herald, the pier…": "as" before "reported by" names who reported it (not "as reported", "as said").
  const asReportedBy = prevInSentence?.lower === 'as' && t.lower === 'reported' && isWord(next) && next.lower === 'by';
  if (prevInSentence && !seem && !asReportedBy && isWord(prevInSentence) && (prevInSentence.lower === 'to' || prevInSentence.lower === 'as' || prevInSentence.lower === 'than' || prevInSentence.lower === 'without' || prevInSentence.lower === 'of')) return null;
  // "a fund that helps explain the gap", "helped persuade the pilots": a bare verb right after "help" is an infinitive, as
  // after "to" (on PolNeAR train: 4 false cues, no right one).
  if (isWord(prevInSentence) && HELP_FORMS.has(prevInSentence.lower) && t.lower === lemmaHead(entry.lemma)) return null;
  if (t.text.includes('-')) return null;
  // "instead of, say, the harbour council": "say" set off by commas gives an example; "believe me" is a plea.
  if (t.lower === 'say' && isComma(prevInSentence) && isComma(next)) return null;
  if (t.lower === 'believe' && isWord(next) && next.lower === 'me') return null;
  // "the mayor gets the final say over fares", "a bigger say in the talks": "say" after a determiner and an adjective of
  // weight is the noun.
  if (t.lower === 'say' && isDeterminer(tokens[i - 2]) && isWord(prevInSentence) && SAY_NOUN_ADJECTIVES.has(prevInSentence.lower) && tokens[i - 2]!.sent === t.sent) return null;
  // "You know, the ones who sailed the old ferries" is a filler; "(think the old harbour master)" gives an example.
  if (t.lower === 'know' && isWord(prevInSentence) && prevInSentence.lower === 'you' && next !== undefined && next.type === 'punct' && next.text !== ':') return null;
  if (t.lower === 'think' && prevInSentence?.text === '(') return null;
  // "his radio show", "reality TV shows", "The Daily Show": a programme, not a verb.
  if ((t.lower === 'show' || t.lower === 'shows') && isWord(prevInSentence) && BROADCAST.has(prevInSentence.lower)) return null;
  // "whichever programs they want, including…", "what they want.": a want with nothing wanted after it.
  if (entry.lemma === 'want' && (next === undefined || next.sent !== t.sent || (next.type === 'punct' && next.text !== ':'))) return null;
  // "The skippers want to be heard", "a pilot who does not want to be named": wanting to be something or to have something
  // done to oneself is a wish about oneself, which annotators leave unmarked (right twice in 12 on PolNeAR train).
  if (entry.lemma === 'want' && isWord(next) && next.lower === 'to' && tokens[i + 2]?.lower === 'be' && tokens[i + 2]!.sent === t.sent) return null;
  // "the harbour as we know it", "the ferry trade, as we now know it,": the idiom names a thing as it is, no knowledge reported.
  if (entry.lemma === 'know' && isWord(next) && next.lower === 'it' && asWeKnow(tokens, i, firstOfSentence)) return null;
  // "the pilots cheered what appeared to be his joke", "What seemed to be a quiet week": "what seems to be" hedges a noun
  // phrase in the reporter's voice, no impression reported (right once in 5 on PolNeAR train).
  if (entry.lemma === 'seem' && prevInSentence?.lower === 'what' && isWord(next) && next.lower === 'to' && tokens[i + 2]?.lower === 'be' && tokens[i + 2]!.sent === t.sent) return null;
  // "where, it seems, the fees went unpaid", "the stage where he appeared, drawing crowds": "seem" or "appear" right before a
  // comma is an aside or a showing up, no impression reported (not "It appears, though, that…"; right 0 times in 4 on
  // PolNeAR train).
  if (entry.lemma === 'seem' && isComma(next) && !thatSoon(tokens, i + 2, t.sent)) return null;
  // "Do you support the mayor?", "Would they prefer a new pier?": a question put to the reader reports nothing.
  if (isWord(prevInSentence) && QUESTION_SUBJECTS.has(prevInSentence.lower) && isWord(tokens[i - 2]) && tokens[i - 2]!.sent === t.sent && QUESTION_AUXILIARIES.has(tokens[i - 2]!.lower) && endsWithQuestion(tokens, i)) return null;
  // "the harbour party's tally of pledged delegates", "a narrow pledged delegate edge": "pledged delegates" is a kind of delegate,
  // whatever comes before (on PolNeAR train 4 such cues, none right, nor their sources).
  if (t.lower === 'pledged' && isWord(next) && next.sent === t.sent && PLEDGED_NOUNS.has(next.lower)) return null;
  // "gave a vague answer.", "a two-day push for lower fares": a bare form after "a" and one lower-case word is a noun
  // (not "a third say", a quantity, nor a question, "How does a skipper persuade…").
  if (t.lower === lemmaHead(entry.lemma) && isWord(prevInSentence) && !prevInSentence.cap && !QUANTITY_AFTER_A.has(prevInSentence.lower) && (tokens[i - 2]?.lower === 'a' || tokens[i - 2]?.lower === 'an') && tokens[i - 2]!.sent === t.sent && !isAuxiliary(tokens[i - 3]) && !endsWithQuestion(tokens, i)) return null;
  // "40 pledged delegates", "the mayor’s reported salary", "more pledged delegates": a participle before the noun it
  // describes (not "Lind’s repeated emphasis that…", a nominal report).
  if (t.lower.endsWith('ed') && prevInSentence && (prevInSentence.type === 'num' || (isWord(prevInSentence) && (/\p{L}[’']s$/u.test(prevInSentence.lower) || ATTRIBUTIVE_BEFORE.has(prevInSentence.lower)))) && isWord(next) && next.sent === t.sent && !next.cap && isNominal(next) && tokens[i + 2]?.lower !== 'that') return null;

  // Auxiliaries, negation and adverbs to the left.
  let auxStart = goesOnLead || likelyLead ? i - 3 : seem ? i - 2 : i;
  // "are all quick to argue": a floating "all" between "be" and "quick".
  if (quickLead && tokens[i - 3]?.lower === 'all' && BE.has(tokens[i - 4]?.lower ?? '')) auxStart = i - 3;
  let hasAux = false;
  let passive = false;
  let negated = false;
  let k = auxStart - 1;
  let sawVerbAux = false;
  let sawBe = false;
  while (k >= firstOfSentence) {
    const a = tokens[k]!;
    // "Deputy Mayor Jo May announced", "“…,” Dana Will argued": a capitalised modal right before a form that is not the bare verb is a name.
    if (a.cap && MODALS.has(a.lower) && k === i - 1 && t.lower !== lemmaHead(entry.lemma)) break;
    // "The pilots remain confident that…": "remain" links an adjective of belief or feeling to its subject as "be" does.
    if (entry.adjective && COPULAS.has(a.lower) && !sawVerbAux) {
      sawBe = true;
      sawVerbAux = true;
      hasAux = true;
      auxStart = k;
      k -= 1;
      continue;
    }
    if (isAuxiliary(a)) {
      // "he’s predicted big wins": a contracted "has" before an object, not a passive.
      // "who’s called for new fees": a contracted "has" before the verb's own particle, not a passive either.
      const hasBeforeParticle = HAS_CONTRACTED.has(a.lower) && isWord(next) && next.sent === t.sent && (entry.particles?.some((p) => p[0] === next.lower) ?? false);
      const hasBeforeObject = hasBeforeParticle || (HAS_CONTRACTED.has(a.lower) && (next?.type === 'num' || (isWord(next) && next.sent === t.sent && !G.prepositions.has(next.lower) && !G.conjunctions.has(next.lower) && !isAdverb(next) && !isTimeWord(next) && !['to', 'that', 'as', 'by'].includes(next.lower))));
      if (!sawVerbAux && BE.has(a.lower)) passive = !entry.adjective && !hasBeforeObject && (PAST_PARTICIPLE.test(t.lower) || t.lower === 'forecast');
      // A finite "be" ("are", "has been"), not "being supportive of".
      if (BE.has(a.lower) && a.lower !== 'being') sawBe = true;
      sawVerbAux = true;
      hasAux = true;
      auxStart = k;
      k -= 1;
      continue;
    }
    if (isNegation(a)) {
      negated = true;
      // "Ortiz isn’t saying", "the pilots weren’t hoping for…": a contracted negated "be" is the auxiliary of the
      // progressive too, so the participle needs no comma before it.
      if (NEGATED_BE.has(a.lower) && t.lower.endsWith('ing')) hasAux = true;
      auxStart = k;
      k -= 1;
      continue;
    }
    // "are less hostile to", "is most proud of": degree words before an adjective of attitude.
    if (entry.adjective && DEGREE_WORDS.has(a.lower)) {
      auxStart = k;
      k -= 1;
      continue;
    }
    // "The dip was less pronounced in May": a past participle right after a degree word is an adjective, no report.
    if (!entry.adjective && k === i - 1 && PARTICIPLE_DEGREE_WORDS.has(a.lower) && PAST_PARTICIPLE.test(t.lower)) return null;
    // "He went and backed the toll", "would not come out and claim", "went ahead and quietly endorsed": "go"/"come" (with
    // "ahead" or "out") joined by "and" to the verb is one verb group with it.
    const goAt = a.lower === 'and' ? (['ahead', 'out'].includes(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1) : -1;
    if (goAt >= firstOfSentence && GO_AND.has(tokens[goAt]!.lower) && !tokens[goAt]!.cap) {
      auxStart = goAt;
      k = goAt - 1;
      continue;
    }
    // "The mayor all but accused the pilots of lying": "all but" before the verb is an adverb of degree, part of the
    // cue and no part of its source.
    if (a.lower === 'but' && tokens[k - 1]?.lower === 'all' && k - 1 > firstOfSentence && !entry.adjective) {
      auxStart = k - 1;
      k -= 2;
      continue;
    }
    // The verb group keeps its adverbs ("also said", "has repeatedly said", "later told") and
    // a floating "both" ("have both argued"), also right after a comma ("Reyes, the harbour master, suddenly insisted"),
    // but for NOT_AFTER_COMMA.
    // "has since said", "have since denied": "since" between an auxiliary and its verb is an adverb of time.
    const sinceAfterAux = a.lower === 'since' && k === auxStart - 1 && isAuxiliary(tokens[k - 1]);
    // "Mayor Ortiz Now Says Her Plan Failed": in a Title-Case headline the adverb is capitalised like its verb.
    const titleCase = a.cap && t.cap && i !== firstOfSentence;
    // "Marlow Mayor Finally Supports The Levy", "Pilots Fully Backed Ortiz": a capitalised adverb in -ly in such a headline, told
    // from a name ("Kelly", "Emily") by its ending.
    const titleAdverb = titleCase && TITLE_ADVERB_ENDINGS.test(a.lower) && isAdverb({ ...a, cap: false });
    if ((isAdverb(a) || titleAdverb || FLOATING_QUANTIFIERS.has(a.lower) || sinceAfterAux) && (!a.cap || titleCase) && k > firstOfSentence && (!isComma(tokens[k - 1]) || !NOT_AFTER_COMMA.has(a.lower)) && (!G.conjunctions.has(tokens[k - 1]!.lower) || adverbAfterAnd(tokens, k)) && !(FLOATING_QUANTIFIERS.has(a.lower) && (isDeterminer(tokens[k - 1]) || G.prepositions.has(tokens[k - 1]!.lower)))) {
      auxStart = k;
      k -= 1;
      continue;
    }
    break;
  }
  if (quickLead && !sawBe) return null;
  // "an edge on being regarded as fair", "tired of being labelled a pest": a passive gerund after a preposition names a state
  // with no one holding the view (not after "after" or "when": "after being asked about the fares, Ortiz said"; not with
  // its agent, "on being praised by the mayor"; on PolNeAR train 4 such cues, none right).
  if (tokens[auxStart]?.lower === 'being' && auxStart < i && STATE_PREPOSITIONS.has(tokens[auxStart - 1]?.lower ?? '') && !(isWord(next) && next.lower === 'by')) return null;
  // "The ferry is cheap. It encouraged skippers to sail at night": "encourage" with "it" as its subject is mostly a cause, not
  // someone urging (on PolNeAR train 3 such cues, none right, nor their sources).
  if (entry.lemma === 'encourage' && tokens[auxStart - 1]?.lower === 'it' && tokens[auxStart - 1]!.sent === t.sent) return null;
  if (likelyLead && !sawBe) return null;
  // "to have said", and "to openly criticize", "to simply tell": an infinitive, also split by an adverb.
  if ((hasAux || (!seem && auxStart < i)) && tokens[auxStart - 1]?.lower === 'to') return null;
  // "pilots who identify as moderates": after a relative `who` the bare form has its subject as surely as after an
  // auxiliary (not "the crew they identify with").
  if (!hasAux && !negated && entry.auxOnlyForms.has(t.lower) && tokens[auxStart - 1]?.lower !== 'who') return null;
  // "superdelegates should consider switching", "you should have said": what someone ought to do reports nothing
  // (what someone ought to know is still a thought: "voters should know what…").
  if (!entry.cognitive) for (let q = auxStart; q < i; q += 1) if (tokens[q]!.lower === 'should') return null;
  // "The voters will decide", "Ortiz must decide what…": a decision still to come (after a modal) reports nothing.
  if (entry.lemma === 'decide') for (let q = auxStart; q < i; q += 1) if (MODALS.has(tokens[q]!.lower)) return null;
  // "The board may want to rethink", "Ortiz might want to reread the tide tables": advice in the writer's voice, not a want reported
  // (not negated: "pilots who may not want to pay").
  if (entry.lemma === 'want' && !negated) for (let q = auxStart; q < i; q += 1) if (tokens[q]!.lower === 'may' || tokens[q]!.lower === 'might') return null;
  // "They're wary of", "has been critical of": an adjective of attitude after a form of "be".
  // "The crews worked all night, confident that the pier would hold", "…, wary of the new fees": an adjective of belief or
  // attitude set off by a comma, a dash or "and" before "that" or "of" describes the clause's subject, who holds it (not
  // "…, eager to finish").
  const beliefAside = entry.adjective && !hasAux && auxStart === i && (isComma(prevInSentence) || prevInSentence?.lower === 'and' || dashBefore(tokens, i)) && isWord(next) && (next.lower === 'that' || next.lower === 'of') && next.sent === t.sent;
  if (entry.adjective && !(hasAux && sawBe) && !beliefAside) return null;
  // "The death toll is expected", "it was reported"
  if (passive) {
    // "Ortiz was criticized by the pilots", "she has been criticised": a passive of criticising right after a name or a
    // personal pronoun reports a view of that person (PolNeAR marks it), though the verb has no passive otherwise.
    if (entry.passive === 'never' && !criticisedPerson(tokens[auxStart - 1], t)) return null;
    if (entry.passiveNeeds && !(isWord(next) && entry.passiveNeeds.includes(next.lower))) return null;
  } else {
    if (entry.passive === 'only') return null;
  }
  const lemma = entry.lemma;
  let end = documentEnd === -1 ? i : documentEnd;
  let inverted = false;
  let sharesSubject = false;
  let subjectFrom = -1;
  let anySubject = false;
  const isIng = t.lower.endsWith('ing');
  if (!passive) {
    // "damage estimated at $30 billion": a reduced passive
    if (entry.passive !== 'never' && t.lower.endsWith('ed') && !hasAux && isWord(next) && next.lower === 'at') {
      passive = true;
    }
  }
  // "Asked whether…, Ortiz said", "Asked by reporters about…": a participle opening its sentence is a
  // passive cue; the asker, when named, follows "by".
  if (!passive && !hasAux && i === firstOfSentence && entry.passive !== 'never' && PAST_PARTICIPLE.test(t.lower) && isWord(next) && next.sent === t.sent && OPENING_PARTICIPLE_NEXT.has(next.lower)) passive = true;
  // "…, eventually saying that…", "and pointedly warning…": a participle after an adverb of manner in -ly that itself
  // follows a comma or a conjunction keeps the adverb (not "only saying"; after a preposition, "while systematically
  // denying", annotators keep the preposition too).
  if (!passive && !hasAux && isIng && auxStart === i && PARTICIPLES_AFTER_COMMA.has(t.lower) && mannerAdverbAfterLink(tokens, i - 1, t.sent)) auxStart = i - 1;
  const leftOf = tokens[auxStart - 1];
  const leftInSentence = leftOf !== undefined && leftOf.sent === t.sent ? leftOf : undefined;
  // "The skippers welcomed or criticized the toll", "The crews were surprised or criticized the toll": a verb right
  // after "or" that follows another verb form (a cue verb, a form in -ed, an auxiliary or a modal) is one of two
  // alternatives no one reports; after an object ("has not endorsed the plan or conceded the vote") it stays.
  const beforeOr = leftInSentence?.lower === 'or' ? tokens[auxStart - 2] : undefined;
  if (isWord(beforeOr) && beforeOr.sent === t.sent && !beforeOr.cap && (beforeOr.lower.endsWith('ed') || isAuxiliary(beforeOr) || MODALS.has(beforeOr.lower) || VERB_CUES.has(beforeOr.lower))) return null;
  if (!passive && !hasAux) {
    if (isIng) {
      // Participles count only after a comma or "and": "…, adding that…"
      // "two new polls showing the mayor ahead": "showing" right after a poll (after other documents and evidence,
      // "harbour data showing", it was wrong as often as right).
      const showsAfterDocument = t.lower === 'showing' && isWord(leftInSentence) && isPoll(leftInSentence) && isWord(next) && next.sent === t.sent && !G.prepositions.has(next.lower);
      // "…, conceding that the pier was unsafe", "after determining that the fees were owed", "…, reporting: “…”": any participle
      // of the lexicon right before "that" or a colon reports what follows, where the list above is needed only for participles
      // with nothing that opens a report after them (not "assuming that", a condition: "assuming that the tide holds, …"; not
      // "why", "what", "how", "whether": "considering what they face" weighs, 1 right of 6; PolNeAR train cue tp +14 fp +4, source tp +7 fp −1).
      const beforeThat = (next?.lower === 'that' || next?.text === ':') && next.sent === t.sent && t.lower !== 'assuming';
      if (!PARTICIPLES_AFTER_COMMA.has(t.lower) && !showsAfterDocument && !beforeThat) return null;
      // "Israeli reports citing Al-Akhbar newspaper": a chain, no comma needed.
      const chain = t.lower === 'citing' && leftInSentence !== undefined && isNominal(leftInSentence);
      // "by saying that…", "after noting…", "while warning…": the clause's subject speaks.
      // "In describing the plan, Ortiz…", "But in explaining why…": "in" opening its sentence (maybe after "But" or "And").
      const openingIn = leftInSentence?.lower === 'in' && (auxStart - 1 === firstOfSentence || (auxStart - 2 === firstOfSentence && ['but', 'and'].includes(tokens[firstOfSentence]!.lower)));
      const afterPreposition = leftInSentence !== undefined && (ING_AFTER.has(leftInSentence.lower) || openingIn);
      // "with 50 percent of voters saying", "with footage of Ortiz saying": the phrase after "with" speaks.
      subjectFrom = subjectAfterWith(tokens, auxStart, firstOfSentence);
      const withSubject = subjectFrom !== -1;
      // "58 percent of skippers saying they…", "a sign saying “…”": "saying" right after the noun that speaks,
      // before the clause or quotation it reports.
      const saysAfterNoun = !withSubject && t.lower === 'saying' && leftInSentence !== undefined && (leftInSentence.type === 'num' || (isWord(leftInSentence) && isNominal(leftInSentence) && !isAdverb(leftInSentence) && leftInSentence.lower !== 'much' && !isPronoun(leftInSentence) && !isAuxiliary(leftInSentence) && !G.prepositions.has(leftInSentence.lower))) && next !== undefined && next.sent === t.sent && (next.type === 'quote' || next.text === ':' || (isWord(next) && (SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'that')));
      // "Noting that the pier was closed, Ortiz…", "…, but cautioning that…": a participle opening its sentence, or after "but",
      // right before "that".
      const opensBeforeThat = (leftInSentence === undefined || leftInSentence.lower === 'but') && isWord(next) && next.lower === 'that';
      // "Stressing the cost, Ortiz said…", "Adding, “We will stay,” the mayor…": a participle of speech opening its sentence
      // reports for the main clause's subject with no "that" too (not before a preposition: "Pointing to the cracks, …" cites).
      const opensSentence = leftInSentence === undefined && next !== undefined && next.sent === t.sent && !(isWord(next) && G.prepositions.has(next.lower));
      // "pilots expecting a quick repair", "crews hoping to keep the pier": a participle of expectation right after the
      // noun that expects, before what is expected.
      const hopesAfterNoun = !withSubject && (t.lower === 'hoping' || t.lower === 'expecting') && isWord(leftInSentence) && isNominal(leftInSentence) && !isAdverb(leftInSentence) && !isPronoun(leftInSentence) && !G.prepositions.has(leftInSentence.lower) && isWord(next) && next.sent === t.sent && (next.lower === 'to' || next.lower === 'for' || next.lower === 'that' || isDeterminer(next) || (next.cap && !isTimeWord(next)));
      if (!opensBeforeThat && !opensSentence && !hopesAfterNoun && !showsAfterDocument && !saysAfterNoun && !chain && !afterPreposition && !withSubject && !(leftInSentence && (isComma(leftInSentence) || leftInSentence.lower === 'and' || leftInSentence.type === 'quote' || dashBefore(tokens, auxStart)))) return null;
      sharesSubject = !withSubject && !saysAfterNoun && !hopesAfterNoun && !showsAfterDocument;
      // "Ortiz responded by saying…", "he concluded first by noting…": the verb that answers or closes
      // and its "by" stay in the cue (not "began by": dev keeps the participle alone).
      if (leftInSentence?.lower === 'by') {
        const v = tokens[auxStart - 2]?.lower === 'first' ? auxStart - 3 : auxStart - 2;
        if (v >= firstOfSentence && ANSWER_VERBS.has(tokens[v]!.lower)) auxStart = v;
        // "followed up by asking", "started off by stressing": with the verb's particle.
        else if (v - 1 >= firstOfSentence && ANSWER_PHRASES.get(tokens[v]!.lower)?.has(tokens[v - 1]!.lower) === true) auxStart = v - 1;
      }
    }
    // "… and said", "… but affirmed": the verb shares the subject of the clause before.
    if (leftInSentence && (leftInSentence.lower === 'and' || leftInSentence.lower === 'but' || leftInSentence.lower === 'or')) sharesSubject = true;
    if (leftInSentence && (leftInSentence.type === 'quote' || isComma(leftInSentence)) && startsNounPhrase(next) && !(isPronoun(next) && !NUMBER_UNITS.has(next?.lower ?? '')) && !(isWord(next) && next.lower === 'that')) {
      inverted = !isIng;
    }
    // "Said Tom Reyes, who grew up on the docks, “We were proud.”": "Said" opening its sentence before a name and a
    // comma is inverted too, its source the name after it.
    if (leftInSentence === undefined && t.text === 'Said' && isWord(next) && next.sent === t.sent && next.cap && !isDeterminer(next) && !isPronoun(next)) inverted = true;
  }
  if (!passive && hasAux && leftInSentence && (leftInSentence.lower === 'and' || leftInSentence.lower === 'but')) sharesSubject = true;
  // "Ortiz spent the day on the pier, refusing to say whether…": a refusal or need in -ing after a comma or "and" shares
  // the clause's subject, as a participle of speech there does.
  if (refuseLead && auxStart === i - 2 && tokens[i - 2]!.lower.endsWith('ing') && leftInSentence && (isComma(leftInSentence) || leftInSentence.lower === 'and' || leftInSentence.lower === 'but')) {
    sharesSubject = true;
    inverted = false;
  }
  // The belief set off after a comma is the clause subject's (see beliefAside).
  if (beliefAside) sharesSubject = true;

  if (lemma === 'compare' && !comparesObject(tokens, i, leftInSentence)) return null;
  if (entry.subjectObject && !subjectThenObject(tokens, i, leftInSentence)) return null;
  if (lemma === 'favor' && !favorsObject(tokens, i, leftInSentence)) return null;
  for (const phrase of entry.notBefore) if (matchWords(tokens, i + 1, phrase)) return null;
  // "Ortiz declined to say whether…" reports a refusal to answer; "She declined to say." with nothing after it reports nothing.
  if (lemma === 'decline' && matchWords(tokens, i + 1, ['to', 'say'])) {
    const after = tokens[i + 3];
    if (after === undefined || after.sent !== t.sent || (after.type === 'punct' && after.text !== ':')) return null;
  }
  if (entry.notBeforeNumber && next !== undefined && (next.type === 'num' || next.lower === 'up' || /^[$€£¥]$/u.test(next.text))) return null;
  // "Fees declined to $28 million": a fall to a figure, as before one (PolNeAR train cue fp −1, source fp −1; dev unchanged).
  const toFigure = tokens[i + 2];
  if (entry.notBeforeNumber && next?.lower === 'to' && toFigure !== undefined && (toFigure.type === 'num' || /^[$€£¥]$/u.test(toFigure.text))) return null;
  const alsoBefore = entry.alsoBefore.some((p) => matchWords(tokens, i + 1, p));
  // "“…,” he notes.", "“…,” she added when…": a verb right after a closing quotation mark and its subject
  // reports that quotation, even a weak or noun-like form.
  const quoted = afterClosingQuote(tokens, auxStart, firstOfSentence);
  if (entry.weak && !passive && !inverted && !alsoBefore && !quoted) {
    // "They think the plan is real", "some officials believe Ortiz will win": a thought verb with its
    // subject right before it and a clause after it.
    const subjectBefore = leftInSentence !== undefined && auxStart === i && (isPronoun(leftInSentence) || (isWord(leftInSentence) && (leftInSentence.cap || /[^s]s$/u.test(leftInSentence.lower) || isDeterminer(tokens[auxStart - 2])) && isNominal(leftInSentence)));
    const clauseAfter = isWord(next) && next.sent === t.sent && (SUBJECT_PRONOUNS.has(next.lower) || (next.cap && !isDeterminer(next) && !isTimeWord(next)) || next.lower === 'the');
    // Speech verbs ("The star noted Reyes has…") only before a pronoun or a name that starts the clause.
    const speechClause = !entry.cognitive && isWord(next) && next.sent === t.sent && (SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'it' || (next.cap && !isDeterminer(next) && !isTimeWord(next)));
    // "She learned her cousin had sailed", "they learned their skipper had won": after a subject pronoun, a
    // clause may open with a determiner or a common noun too.
    const looseClause = isPronoun(leftInSentence) && isWord(next) && next.sent === t.sent && !next.cap && (isDeterminer(next) || isNominal(next)) && !G.prepositions.has(next.lower);
    const thought = subjectBefore && (entry.cognitive ? clauseAfter || looseClause : speechClause);
    // "The poll found Ortiz ahead", "a harbour study has found 40 percent of the piers unsafe": a document or a body of
    // evidence right before "find" is what finds, whatever follows (not "can be found here").
    const documentFinds = lemma === 'find' && !sawBe && ((isWord(leftInSentence) && (DOCUMENT_HEADS.has(leftInSentence.lower) || EVIDENCE_HEADS.has(leftInSentence.lower))) || documentWithModifierBefore(tokens, auxStart, firstOfSentence));
    // "…,” he said, adding the pier would stay.": "adding" after a comma that closes a verb of saying goes on with what was
    // said, also without "that" (not "adding to her lead").
    const addsToSaid = t.lower === 'adding' && isComma(leftInSentence) && VERB_CUES.has(tokens[auxStart - 2]?.lower ?? '') && tokens[auxStart - 2]!.sent === t.sent && isWord(next) && next.sent === t.sent && next.lower !== 'to' && next.lower !== 'up';
    // "It seems likely that…", "it now seems harsh to…", "It seemed like a trap": the writer's hedge after "it" opening the
    // clause reports what follows whatever its shape (not "appears": "it appears" before a noun is about as often wrong).
    const itSeems = (t.lower === 'seems' || t.lower === 'seemed') && leftInSentence?.lower === 'it';
    // "he posted a note on the harbour forum", "I posted the photo": "posted" right after a personal pronoun (after a name it is
    // as often a result or a photo, "Ortiz posted a win").
    const pronounPosted = t.lower === 'posted' && personalPronoun(leftInSentence);
    if (!(thought || pronounPosted || documentFinds || addsToSaid || itSeems || opensReport(next, t.sent) || (isWord(next) && entry.weakAlsoBefore.has(next.lower)))) return null;
  }
  if (entry.asWithin !== null) {
    // "Four in 10 pilots see the new timetable as most unfair": a view, with "as" before the clause ends.
    let found = false;
    for (let q = i + 1; q <= i + entry.asWithin && q < tokens.length && tokens[q]!.sent === t.sent && !CLAUSE_OPENERS.has(tokens[q]!.text); q += 1) {
      if (tokens[q]!.lower === 'as') found = true;
    }
    // "The harbour master sees a bright future for the pier": a present "sees" reports a view without "as" too (not "saw",
    // "see" or "views", mostly sight or a noun).
    // "Many pilots see a bright future", "they see the levy differently": a bare "see" with no auxiliary after a plural
    // subject reports a view too (not "will see", "you see", "see in", "see how").
    const pluralSees = t.lower === 'see' && !hasAux && !negated && isWord(leftInSentence) && (/[^s’']s$/u.test(leftInSentence.lower) || ['they', 'we', 'who', 'all'].includes(leftInSentence.lower)) && isWord(next) && next.sent === t.sent && !G.prepositions.has(next.lower) && next.lower !== 'how';
    // "cast doubt on": a verb with particles reports through them without "as"; its "as" reading takes a finite form only
    // ("The mayor cast the levy as a tax", not "…, casting the levy as a tax": as often unmarked).
    const viaParticle = entry.particles !== null && particleLength(tokens, i + 1, entry) > 0;
    if (!found && t.lower !== 'sees' && !pluralSees && !viaParticle) return null;
    if (entry.particles !== null && !viaParticle && t.lower.endsWith('ing')) return null;
    // "upset by what they saw as a snub", "what many pilots view as a tax": a view named inside another clause
    // (annotators leave it unmarked).
    if (subjectAfterWhat(tokens, auxStart, firstOfSentence)) return null;
  }
  // "what they want", "what he believes": a thought or a want named after "what" inside another clause (not before a
  // colon that spells it out: "did what skippers wanted: it cut the fees").
  if ((entry.cognitive || entry.lemma === 'want') && next?.text !== ':' && subjectAfterWhat(tokens, auxStart, firstOfSentence)) return null;
  if (entry.afterAs) {
    // "As one adviser put it, …", "as Ortiz, the mayor, puts it:": "as" opens the clause of its subject.
    let found = false;
    for (let q = auxStart - 1; q >= firstOfSentence && q >= auxStart - 12 && tokens[q]!.type !== 'quote' && !SENTENCE_PUNCT.has(tokens[q]!.text); q -= 1) {
      if (tokens[q]!.lower === 'as') found = true;
    }
    if (!found) return null;
  }
  if (entry.particles) {
    // "a town called Rubaya", "an operation called “Al-Aqsa Flood”", "The spacecraft, called Tessera": naming, not reporting.
    const naming = !hasAux && leftInSentence !== undefined && ((isWord(leftInSentence) && !leftInSentence.cap && isNominal(leftInSentence)) || isComma(leftInSentence));
    // But a name and then a quotation is labelled, not named: "one skipper called Reyes “the harbour king”".
    let q = i + 1;
    while (q < i + 4 && isWord(tokens[q]) && tokens[q]!.sent === t.sent && tokens[q]!.cap && !isDeterminer(tokens[q]!)) q += 1;
    const nameThenQuote = q > i + 1 && isWord(leftInSentence) && tokens[q]?.type === 'quote' && tokens[q]!.sent === t.sent;
    // "The union called Ortiz’s plan a disgrace": a name in the possessive and a lower-case noun after "called" are the thing
    // labelled, not a name given (not "a café called Lind’s Place").
    const owned = tokens[i + 2];
    const labelsPossessed = entry.labels === true && (t.lower === 'called' || t.lower === 'calls') && isWord(next) && next.sent === t.sent && next.cap && POSSESSIVE.test(next.lower) && isWord(owned) && owned.sent === t.sent && !owned.cap;
    if (naming && next !== undefined && !nameThenQuote && !labelsPossessed && (next.type === 'quote' || (next.cap && !isDeterminer(next))) && !(isComma(leftInSentence) && entry.labels && labelsObject(tokens, i, leftInSentence, hasAux))) return null;
    const particle = particleLength(tokens, i + 1, entry);
    // "Ortiz is making a spirited case": "make" with a described "case" (the particles list only the bare ones).
    const describedCase = particle === 0 && entry.lemma === 'make clear' ? describedCaseEnd(tokens, i) : -1;
    // "Ortiz spoke warmly of the crews", "they don’t talk much about the fares", "the board voted narrowly for": a manner
    // adverb in -ly, "much", "more", "little", "often" or "at length" between a verb and its own one-word particle stays in
    // the cue.
    const gap = particle === 0 && !entry.adjective ? (matchWords(tokens, i + 1, ['at', 'length']) ? 2 : isWord(next) && (/ly$/u.test(next.lower) || SPEECH_AMOUNTS.has(next.lower)) ? 1 : 0) : 0;
    const afterGap = gap > 0 ? tokens[i + gap + 1] : undefined;
    const gapParticle = isWord(afterGap) && afterGap.sent === t.sent && entry.particles.some((p) => p.length === 1 && p[0] === afterGap.lower);
    if (particle > 0) {
      end = i + particle;
    } else if (gapParticle) {
      end = i + gap + 1;
    } else if (describedCase !== -1) {
      end = describedCase;
    } else if (isWord(next) && next.sent === t.sent && entry.clauseAfter.has(next.lower)) {
      // "The pilots are convinced that…", "she remained hopeful that…": the clause an adjective of belief or feeling reports
      // follows it, outside the cue.
    } else if (entry.adjective && hasAux && entry.clauseAfter.has('that') && isWord(next) && next.sent === t.sent && ((SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'it' && next.lower !== 'there') || (next.cap && !isDeterminer(next) && !isTimeWord(next)))) {
      // "The pilots are hopeful they can keep the pier", "Reyes is skeptical Ortiz can win": the same clause without "that",
      // opening with a subject pronoun or a name (not "it" or "there": "was afraid it would rain" is a fear of weather).
    } else if (entry.orQuoteWithin !== null) {
      let found = false;
      for (let q = i + 1; q <= i + entry.orQuoteWithin && q < tokens.length && tokens[q]!.sent === t.sent; q += 1) {
        if (tokens[q]!.type === 'quote') found = true;
      }
      // "Mayor Reyes calls Ortiz a liar": a present "calls" between two names labels the second.
      const callsName = t.lower === 'calls' && isWord(leftInSentence) && leftInSentence.cap && !isDeterminer(leftInSentence) && isWord(next) && next.sent === t.sent && next.cap && !isDeterminer(next) && !isTimeWord(next);
      // "the ferry ran aground during what pilots called a rescue failure": after "what" and a named or plural subject the object is
      // "what" itself, so the label follows the verb directly (not "what he called": annotators left those unmarked).
      const whatSubject = (k: number) => isWord(tokens[k]) && !isPronoun(tokens[k]!) && !isAuxiliary(tokens[k]!) && (tokens[k]!.cap || /[^s]s$/u.test(tokens[k]!.lower));
      const afterWhat = !hasAux && t.lower === 'called' && whatSubject(i - 1) && (tokens[i - 2]?.lower === 'what' || (tokens[i - 3]?.lower === 'what' && tokens[i - 1]!.cap && tokens[i - 2]!.cap && whatSubject(i - 2)));
      if (!found && !callsName && !afterWhat && !labelsPossessed && !(entry.labels && labelsObject(tokens, i, leftInSentence, hasAux))) return null;
    } else if (entry.asWithin === null) {
      // (A verb with particles and "as" within reach, "cast X as", was checked above.)
      return null;
    }
  }
  // "Confirmed cases rose": a participle used as an adjective, with no subject before it.
  if (!hasAux && !seem && !inverted && !sharesSubject && t.lower.endsWith('ed') && isWord(next) && !next.cap && isNominal(next) && !(leftInSentence && (isNominal(leftInSentence) || isPronoun(leftInSentence) || isWord(leftInSentence) && G.relatives.has(leftInSentence.lower) || leftInSentence.text === ')'))) return null;
  // "she supports", "who attacked", but not "Islamic State-linked attacks" or "support for Israel".
  const closing = closesAfterComma(tokens, i, auxStart);
  if (NOUN_FORMS.has(t.lower) && auxStart === i && !seem && !inverted && !sharesSubject && !closing) {
    const p = leftInSentence;
    const subject = p !== undefined && (isPronoun(p) || isAuxiliary(p) || (isWord(p) && G.relatives.has(p.lower)) || (p.cap && isWord(p) && !isDeterminer(p)));
    // "Israeli attacks on", "support for": a noun after all.
    // "Ortiz calls for", "the report points out": the verb's own particle follows.
    const particle = particleLength(tokens, i + 1, entry) > 0 && /s$/u.test(t.lower);
    const nounAfter = next === undefined || next.sent !== t.sent || (next.type === 'punct' && next.text !== ':') || (isWord(next) && G.prepositions.has(next.lower) && next.lower !== 'to' && !particle);
    // "The senator wants to…", "the council plans to…": after a common noun only before "to" or "that".
    // "the report points out", "the group calls for" (not "the peace talks about the border": nouns of
    // speech take "about" too).
    const verbAfter = isWord(next) && (next.lower === 'to' || next.lower === 'that' || (particle && next.lower !== 'about')) && /s$/u.test(t.lower) && p !== undefined && isNominal(p) && !p.cap;
    // "Local pilots fear that…", "harbour officials hope the vote…", "skippers point to": a plural common noun right before a
    // bare form is its subject when what it reports follows (not "pension plan", "bold plans", "pilots fear for"; not
    // "support" and "offer", mostly nouns or said of things: "local support for…", "the reports offer a…"; not right
    // after "that", inside what another cue reports: "suggests that pilots want to…").
    const pluralSubject = p !== undefined && isWord(p) && !p.cap && /[^s’']s$/u.test(p.lower) && isNominal(p) && !/s$/u.test(t.lower) && lemma !== 'support' && lemma !== 'offer' && tokens[i - 2]?.lower !== 'that' && isWord(next) && next.sent === t.sent && (next.lower === 'that' || next.lower === 'to' || SUBJECT_PRONOUNS.has(next.lower) || isDeterminer(next) || (next.cap && !isTimeWord(next)) || particleLength(tokens, i + 1, entry) > 0);
    if (!pluralSubject && ((!subject && !verbAfter) || (nounAfter && !(p !== undefined && (isPronoun(p) || isAuxiliary(p)))))) return null;
  }
  // "free rides and support, for the pilots' fund", "a strong crew and support from all the pilots": after "and" a
  // form that is also a noun, with nothing it takes after it, is the noun.
  if (NOUN_FORMS.has(t.lower) && auxStart === i && sharesSubject && (leftInSentence?.lower === 'and' || leftInSentence?.lower === 'or')) {
    const bare = next === undefined || next.sent !== t.sent || (next.type === 'punct' && next.text !== ':') || (isWord(next) && G.prepositions.has(next.lower) && next.lower !== 'to' && particleLength(tokens, i + 1, entry) === 0);
    if (bare) return null;
  }
  const nounLike = NOUN_LIKE.has(t.lower) && !hasAux;
  if (nounLike && !inverted && !closing && !quoted) {
    // "reports" is a verb only when what it reports follows; "Ortiz vows to…", "pilots who claim to…": before an infinitive
    // after a pronoun, a relative pronoun or a name ("their reports to the office" stays a noun).
    const p = leftInSentence;
    const infinitiveAfterSubject = isWord(next) && next.lower === 'to' && p !== undefined && isWord(p) && (isPronoun(p) || G.relatives.has(p.lower) || (p.cap && !isDeterminer(p)));
    if (next === undefined || next.sent !== t.sent || SENTENCE_PUNCT.has(next.text) || (isWord(next) && G.prepositions.has(next.lower) && particleLength(tokens, i + 1, entry) === 0 && !infinitiveAfterSubject)) return null;
  }
  // "has shown little interest in": where a stance shown ends, or -1 (see shownStanceEnd).
  const shownStance = lemma === 'show' && t.lower !== 'showing' ? shownStanceEnd(tokens, i) : -1;
  // Fixed additions: "said in a statement", "told reporters".
  if (lemma === 'say') {
    const beforeOccasion = end;
    for (const ext of CUE_EXTENSIONS.afterSay) if (matchWords(tokens, end + 1, ext)) end += ext.length;
    // "said Tuesday", "said Thursday morning", "said then": the time stays in the verb group when the report follows
    // (not after the statement: "said in a statement Friday that…" ends at "statement").
    let e = end;
    // Not a month before a day's number: "said Oct. 3 at the pier" is a date, which stays out whole.
    while (end === beforeOccasion && isWord(tokens[e + 1]) && tokens[e + 1]!.sent === t.sent && (isTimeWord(tokens[e + 1]) || CUE_EXTENSIONS.timeAfterSay.has(tokens[e + 1]!.lower)) && !(isMonth(tokens[e + 1]) && tokens[e + 2]?.type === 'num') && e < end + 2) e += 1;
    const after = tokens[e + 1];
    // "“…,” he said then.": "then" for that time closing the sentence stays as well.
    const thenAtEnd = e === end + 1 && tokens[e]!.lower === 'then' && (after === undefined || (after.type === 'punct' && after.text === '.'));
    // "The mayor said Tuesday that …": before "that" a weekday (and its part of the day) stays out of the cue; PolNeAR
    // marks "said" alone there a little more often than "said Tuesday" (other verbs keep the day: "admitted Tuesday that").
    const dayBeforeThat = t.lower === 'said' && WEEKDAYS.has(tokens[end + 1]?.lower ?? '') && after?.lower === 'that';
    if (e > end && !dayBeforeThat && ((after !== undefined && after.sent === t.sent && !SENTENCE_PUNCT.has(after.text)) || WEEKDAYS.has(tokens[end + 1]!.lower) || thenAtEnd)) end = e;
    // "The mayor said little about the pier", "has said nothing about it": what was not said, with the "about" that
    // links it, stays in the cue.
    if (end === i && ['little', 'nothing'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'about' && tokens[i + 3]?.sent === t.sent) end = i + 2;
    // "The mayor said only that the pier was closed", "saying only that": "only" before "that" limits the report and
    // stays in the cue (PolNeAR train 3 of 3).
    if (end === i && tokens[i + 1]?.lower === 'only' && tokens[i + 2]?.lower === 'that' && tokens[i + 2]!.sent === t.sent) end = i + 1;
    // "…, saying in a radio interview that the pier was safe", "saying on the harbour website:": after the participle
    // "saying" the occasion up to the "that" or colon of the report stays in the cue (PolNeAR train 5 right, 1 wrong;
    // after a finite "said" annotators mostly leave it out: "said in an interview that").
    if (end === i && t.lower === 'saying') end = occasionBeforeReport(tokens, i);
    // "“…,” she said with a shrug.": a manner closing the sentence right after "said" stays in the cue.
    if (end === i) end = mannerWithEnd(tokens, i);
    // "Ortiz chuckled and said", "she shrugged and said": a gesture joined to "said" by "and" stays in the cue.
    if (auxStart === i && tokens[i - 1]?.lower === 'and' && GESTURES.has(tokens[i - 2]?.lower ?? '') && i - 2 >= firstOfSentence) {
      auxStart = i - 2;
      sharesSubject = false;
    }
  } else if (end === i && isWord(next) && next.sent === t.sent && WEEKDAYS.has(next.lower) && next.cap) {
    // "admitted Tuesday that", "tweeted Friday.", "announced Monday night": the day stays in the verb group (not
    // before a comma: "results showed Monday, but…").
    let e = i + 1;
    const part = tokens[e + 1];
    if (isWord(part) && part.sent === t.sent && PARTS_OF_DAY.has(part.lower)) e += 1;
    if (!isComma(tokens[e + 1])) end = e;
  } else if ((lemma === 'express' || lemma === 'voice') && end === i && isWord(next) && next.sent === t.sent && !next.cap && !isDeterminer(next) && !isPronoun(next) && isNominal(next) && !isAdverb(next)) {
    // "expressed concern that", "expressed confidence.": the feeling named right after the verb stays in the cue.
    const after = tokens[i + 2];
    if (after === undefined || after.sent !== t.sent || after.type === 'punct' || (isWord(after) && EXPRESSED_FEELING_NEXT.has(after.lower))) end = i + 1;
    // "expressed concern about", "expressed support for": the preposition that links the feeling to what it is about stays too.
    if (end === i + 1 && isWord(after) && after.sent === t.sent && FEELING_LINKS.has(after.lower) && tokens[i + 3]?.sent === t.sent) end = i + 2;
  } else if (lemma === 'show' && end === i && shownStance !== -1) {
    // "The board has shown little interest in the pier", "the crowd showed scant enthusiasm for Ortiz": a stance of the
    // subject, whoever it is, with the noun and its preposition in the cue (see shownStanceEnd).
    end = shownStance;
    anySubject = true;
  } else if (t.lower === 'showed' && end === i && next?.lower === 'no') {
    // "The pilots showed no sign of giving way", "the union showed no immediate signs of a truce": a stance of the subject, with
    // "no … sign(s)" and its "of" in the cue (not "shows no sign", mostly of a policy or a trend).
    let e = i + 1;
    if (tokens[e + 1]?.lower === 'immediate') e += 1;
    if (['sign', 'signs'].includes(tokens[e + 1]?.lower ?? '') && tokens[e + 1]!.sent === t.sent) {
      end = tokens[e + 2]?.lower === 'of' && tokens[e + 3]?.sent === t.sent ? e + 2 : e + 1;
      anySubject = true;
    }
  } else if (lemma === 'write' || lemma === 'post') {
    // "wrote on Twitter", "posted on Facebook": the platform stays in the cue.
    for (const ext of CUE_EXTENSIONS.platformAfterWrite) if (end === i && matchWords(tokens, end + 1, ext) && tokens[end + ext.length]!.sent === t.sent) end += ext.length;
  } else if (lemma === 'tell') {
    for (const ext of CUE_EXTENSIONS.afterTell) {
      if (matchWords(tokens, end + 1, ext)) {
        end += ext.length;
        break;
      }
    }
  }
  // "talked about", "warned of", "asked for", "agreed with": the preposition that links the verb to what it reports.
  const prep = tokens[end + 1];
  // "Ortiz was criticized for the delay": annotators end that passive before "for" more often than not.
  const passiveFor = passive && entry.passive === 'never' && prep?.lower === 'for';
  if (end === i && !passiveFor && isWord(prep) && prep.sent === t.sent && ((CUE_EXTENSIONS.prepositionsAfterVerb.has(prep.lower) && lemma !== 'say' && !(prep.lower === 'of' && SAID_OF.has(lemma))) || CUE_EXTENSIONS.prepositionsAfterLemma.get(lemma)?.has(prep.lower) === true)) {
    const object = tokens[end + 2];
    const objectHead = isDeterminer(object) || isQuantifier(object) ? tokens[end + 3] : object;
    const numberOrTime = object === undefined || object.type === 'num' || /^[$€£¥]$/u.test(object.text) || (isWord(object) && (NUMBER_UNITS.has(object.lower) || NUMBER_TENS.has(object.lower))) || isTimeWord(objectHead) || (isWord(objectHead) && (objectHead.lower === 'first' || objectHead.lower === 'second'));
    if (!numberOrTime && object.sent === t.sent) end += 1;
  }
  // "The sale of the pier was first reported by the Harbour Gazette": a passive "reported" keeps the "by" that names who reported it.
  if (passive && lemma === 'report' && end === i && isWord(prep) && prep.lower === 'by' && prep.sent === t.sent) end += 1;
  // "is widely regarded as", "often referred to as", "was labeled as": a participle of naming with no object before
  // "as" keeps it (not "viewed as" or "seen as", annotated either way, nor the active "regards as").
  const asAfter = tokens[end + 1];
  if (NAMED_AS.has(t.lower) && end === i + particleLength(tokens, i + 1, entry) && isWord(asAfter) && asAfter.lower === 'as' && asAfter.sent === t.sent && tokens[end + 2]?.sent === t.sent) end += 1;
  // "said sarcastically", "wrote back", "has said repeatedly": an adverb of manner right after the verb.
  const manner = tokens[end + 1];
  if (end === i && isWord(manner) && manner.sent === t.sent && (CUE_EXTENSIONS.mannerAfterVerb.has(manner.lower) || (isAdverb(manner) && manner.lower.endsWith('ly') && !CUE_EXTENSIONS.notMannerAfterVerb.has(manner.lower)))) end += 1;
  // "spoke highly of", "wrote glowingly about": after such an adverb the preposition that links the verb to what it
  // reports stays too, as right after the verb.
  const linkAfterManner = tokens[end + 1];
  if (end === i + 1 && lemma !== 'say' && manner === tokens[i + 1] && isWord(manner) && manner.lower.endsWith('ly') && isWord(linkAfterManner) && linkAfterManner.sent === t.sent && CUE_EXTENSIONS.prepositionsAfterVerb.has(linkAfterManner.lower) && tokens[end + 2]?.sent === t.sent) end += 1;
  // "“…,” Reyes explained with a grin.", "fired back with a shrug.": a manner closing the sentence stays after any verb
  // cue, as after "said".
  if (lemma !== 'say') end = mannerWithEnd(tokens, end);
  // "did not say whether…", "hasn't confirmed that…", "did not respond to…": a negated cue counts when
  // what it reports follows (not "He did not say." nor "did not admit liability").
  if (negated) {
    const after = tokens[end + 1];
    const reports = end > i || (after !== undefined && after.sent === t.sent && (after.type === 'quote' || after.text === ':' || (isWord(after) && NEGATED_REPORT_OPENERS.has(after.lower)) || (!entry.weak && isWord(after) && (after.cap || isDeterminer(after) || NEGATED_OBJECT_QUANTIFIERS.has(after.lower) || isPronoun(after)) && !isTimeWord(after))));
    // "did not mention plans to…", "doesn’t mention raising fares", "did not mention, though, that…": what goes unmentioned is
    // reported whatever its shape (not "The mayor did not mention." with nothing after it).
    const unmentioned = lemma === 'mention' && after !== undefined && after.sent === t.sent && (isWord(after) || isComma(after));
    if (!reports && !unmentioned) return null;
  }
  const sourceAfter = entry.sourceAfterForms.has(t.lower);
  if (sourceAfter) sharesSubject = false;
  return {
    start: auxStart,
    end,
    lemma,
    verb: entry,
    kind: 'verb',
    passive,
    sourceAfter,
    sharesSubject,
    inverted,
    quote: inQuote[i] ?? -1,
    nounLike,
    ...(subjectFrom !== -1 ? { subjectFrom } : {}),
    ...(anySubject ? { anySubject } : {}),
  };
}

/** Prepositions that open the occasion of a report ("in a radio interview", "at a rally", "on the website", "during a debate"). */
const OCCASION_PREPOSITIONS = new Set(['in', 'at', 'on', 'during']);

/**
 * "saying in a radio interview that …", "saying at a pier-side rally:": the last token of an occasion (a preposition
 * and up to eight words, no punctuation) that runs right up to the "that" or colon opening the report, else `i`.
 */
function occasionBeforeReport(tokens: readonly Token[], i: number): number {
  const open = tokens[i + 1];
  if (!isWord(open) || !OCCASION_PREPOSITIONS.has(open.lower) || open.sent !== tokens[i]!.sent) return i;
  for (let k = i + 2; k <= i + 9 && k < tokens.length && tokens[k]!.sent === open.sent; k += 1) {
    const w = tokens[k]!;
    if (k > i + 2 && (w.lower === 'that' || w.text === ':')) return k - 1;
    if (!isWord(w)) return i;
  }
  return i;
}

/**
 * "The mayor praised and thanked the crews", "were echoed and amplified by", "has welcomed and has argued for": a past
 * form in -ed joined by "and" (maybe with "has"/"have") right to the cue's past form in -ed is one verb group with it,
 * the last token of the second verb, or -1.
 */
function joinedVerbEnd(tokens: readonly Token[], end: number): number {
  const v = tokens[end]!;
  if (!isWord(v) || !v.lower.endsWith('ed') || tokens[end + 1]?.lower !== 'and') return -1;
  const k = ['has', 'have'].includes(tokens[end + 2]?.lower ?? '') ? end + 3 : end + 2;
  const w = tokens[k];
  if (!isWord(w) || w.cap || w.sent !== v.sent || !w.lower.endsWith('ed') || w.lower.length <= 4) return -1;
  // "has welcomed and has argued for the plan": the preposition that links the second verb stays, as after one verb.
  const link = tokens[k + 1];
  return isWord(link) && link.sent === v.sent && CUE_EXTENSIONS.prepositionsAfterVerb.has(link.lower) && isWord(tokens[k + 2]) && !isTimeWord(tokens[k + 2]) ? k + 1 : k;
}

/**
 * "The mayor toured the pier and repeatedly praised the crews", "but later told reporters": an adverb in -ly, or "later",
 * between "and"/"but" and the verb stays in the verb group, as it does after a subject (not "and then", "but also").
 */
function adverbAfterAnd(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k]!;
  return ['and', 'but'].includes(tokens[k - 1]!.lower) && (/ly$/u.test(a.lower) || a.lower === 'later');
}

/** Forms of "go" and "come" before "and" and a verb ("went and backed", "come out and claim"). */
const GO_AND = new Set(['go', 'goes', 'went', 'gone', 'going', 'come', 'comes', 'came', 'coming']);

/** The nouns of "by her own admission", "by his own account". */
const OWN_WORD = new Set(['admission', 'account']);

const PHRASE_CUES_BY_FIRST = byFirstWord(PHRASE_CUES);

/**
 * Every word at which a rule of findCues can find a cue, each rule's own test on the word: a stance link, the first word
 * of a phrase cue, "in" (a poll, a view), "to" (a view, a wonderer), a possessive pronoun (a noun of saying), a noun of a
 * stated view (viewBeforeCopula), "by" (own admission), a verb of receiving, a poll's placing verb, "includes"
 * (documentIncludes), a noun before a clause, an adverb cue and a verb form. Any other word is passed over at once,
 * before a dozen lookups find nothing; a new rule's word belongs here.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...STANCE_LINKS,
  ...PHRASE_CUES_BY_FIRST.keys(),
  'in',
  'to',
  ...POSSESSIVE_PRONOUNS,
  ...NOUNS_AFTER_POSSESSIVE_BEFORE_COPULA,
  'by',
  ...RECEIVED_REACTION_STARTS,
  ...POLL_PLACES,
  'includes',
  ...NOUNS_BEFORE_CLAUSE,
  ...ADVERB_CUES.keys(),
  ...VERB_CUE_FORMS,
]);

/** All cue candidates in token order (not yet checked against their sources). */
export function findCues(tokens: readonly Token[], inQuote: Int32Array, sentenceStart: (i: number) => number, sentenceEnd: (i: number) => number): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!isWord(t) || !CUE_WORDS.has(t.lower)) continue;
    // "Ortiz is a vocal critic of the levy": a stance noun after "be" (see stanceNounAfterBe).
    const stance = inQuote[i] === -1 && STANCE_LINKS.has(t.lower) ? stanceNounAfterBe(tokens, i, sentenceStart(i)) : null;
    if (stance) {
      out.push({ start: stance.from, end: stance.end, lemma: 'stance of', kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false });
      i = stance.end;
      continue;
    }
    let phraseHit: CueCandidate | null = null;
    for (const p of phrasesAt(PHRASE_CUES_BY_FIRST, t)) {
      if (!matchWords(tokens, i, p.words)) continue;
      if (p.lemma === 'quote') {
        // "as saying" only after "quoted … ".
        let q = i - 1;
        while (q >= 0 && q > i - 10 && tokens[q]!.sent === t.sent && tokens[q]!.lower !== 'quoted') q -= 1;
        if (q < 0 || tokens[q]!.lower !== 'quoted') continue;
      }
      // "The leaflet carried a statement from the mayor", "in a statement by the union": the statement is an object
      // here, not the subject of a report ("A statement from the union said…").
      const before = tokens[i - 1];
      if (p.lemma === 'statement from' && isWord(before) && before.sent === t.sent && (G.prepositions.has(before.lower) || isVerbLike(before))) continue;
      // "That’s according to the harbour log.": the copula after an opening "That" or "This" stays in the cue.
      const thatIs = p.lemma === 'according to' && isWord(before) && COPULA_FORMS.has(before.lower) && i - 2 === sentenceStart(i) && ['that', 'this'].includes(tokens[i - 2]?.lower ?? '');
      phraseHit = { start: thatIs ? i - 1 : i, end: i + p.words.length - 1, lemma: p.lemma, kind: 'phrase', passive: false, sourceAfter: p.sourceAfter, sharesSubject: false, inverted: false, quote: inQuote[i] ?? -1, nounLike: false };
      break;
    }
    if (phraseHit) {
      out.push(phraseHit);
      i = phraseHit.end;
      if (phraseHit.sourceAfter) {
        // The phrase's source is not itself a cue: "according to local media reports".
        const r = npForward(tokens, i + 1, sentenceEnd(i), { appositions: false, participleTail: false });
        if (r) {
          for (let k = r.start; k <= r.end; k += 1) {
            const v = VERB_CUES.get(tokens[k]!.lower);
            if (v && NOUN_LIKE.has(tokens[k]!.lower)) i = Math.max(i, k);
          }
        }
      }
      continue;
    }
    // "in a Marlow Herald poll", "in Marlow surveys": a poll as the source of its figures.
    // A joint poll name may run long: "in the latest Harbour News/Marlow Evening Herald poll" (poll up to eleven words in).
    // "Ortiz leads by ten points among older voters in a Marlow Herald poll": after "among", the people only narrow the
    // figure and the poll stays its source.
    const askedBefore = t.lower === 'in' && isWord(tokens[i - 1]) && tokens[i - 1]!.sent === t.sent && POLL_ASKED.has(tokens[i - 1]!.lower) && !amongBefore(tokens, i - 1);
    if (t.lower === 'in' && inQuote[i] === -1 && !askedBefore) {
      const r = npForward(tokens, i + 1, sentenceEnd(i), { appositions: false, participleTail: false });
      let head = -1;
      if (r && ['a', 'an', 'the', 'this', 'that'].includes(tokens[r.start]!.lower)) for (let k = r.start + 2; k <= r.end && k < r.start + 12; k += 1) if (POLL_HEADS.has(tokens[k]!.lower)) head = k;
      // "in Monday’s Marlow Herald poll": after a possessive too.
      if (r && head === -1 && POSSESSIVE.test(tokens[r.start]!.lower)) for (let k = r.start + 1; k <= r.end && k < r.start + 8; k += 1) if (POLL_HEADS.has(tokens[k]!.lower)) head = k;
      // "In the poll, …", "In exit polls, …": opening its sentence before a comma, any poll or polls.
      if (r && head === -1 && t.cap && i === sentenceStart(i) && isComma(tokens[r.end + 1]) && r.end < r.start + 8 && OPENING_POLL_HEADS.has(tokens[r.end]!.lower)) head = r.end;
      // "In an online survey of 500 pilots, the harbour trust found that…": an opening poll whose sentence goes on to say who
      // found what tells how it was found; the finder is the source and "In" no cue (right 0 times in 6 on PolNeAR train).
      if (head !== -1 && t.cap && i === sentenceStart(i) && findsLater(tokens, head + 1, sentenceEnd(i))) head = -1;
      if (head !== -1) {
        out.push({ start: i, end: i, lemma: 'in', kind: 'phrase', passive: false, sourceAfter: true, sharesSubject: false, inverted: false, quote: -1, nounLike: false });
        i = head;
        continue;
      }
    }
    // "To Ortiz, the pier matters more than the fares…", "To many, Reyes is a maverick": "To" opening its sentence
    // before a person and a comma gives that person's view. So does a lower-case "to" after "But" opening the sentence
    // or after "because" ("But to others, he is a hero", "…because to him, the pier is a waste"), and a lone pronoun
    // or "many" there is the person ("To them, it signals…"), which the noun-phrase reader leaves alone.
    const viewPlace = t.lower === 'to' && (i === sentenceStart(i) ? t.cap : tokens[i - 1]?.lower === 'because' || (tokens[i - 1]?.lower === 'but' && i - 1 === sentenceStart(i)));
    if (t.lower === 'to' && viewPlace && inQuote[i] === -1) {
      const first = tokens[i + 1];
      const lone = isWord(first) && VIEW_HOLDERS.has(first.lower) && isComma(tokens[i + 2]);
      const r = lone ? { start: i + 1, end: i + 1 } : npForward(tokens, i + 1, sentenceEnd(i), { appositions: false, participleTail: false });
      const person = isWord(first) && ((first.cap && !isDeterminer(first) && !isTimeWord(first)) || VIEW_HOLDERS.has(first.lower));
      if (r && r.start === i + 1 && r.end - r.start < 5 && person && isComma(tokens[r.end + 1])) {
        out.push({ start: i, end: i, lemma: 'to', kind: 'phrase', passive: false, sourceAfter: true, sharesSubject: false, inverted: false, quote: -1, nounLike: false });
        i = r.end;
        continue;
      }
    }
    // "In her view, the pier can wait", "…, in Captain Lind’s view, too costly": "view" after "in" and a possessive
    // (a pronoun, or a name of at most three words ending in "’s") is a nominal cue whose source is the possessive.
    const viewOwner = t.lower === 'in' && inQuote[i] === -1 ? possessiveBeforeView(tokens, i + 1) : -1;
    if (viewOwner !== -1) {
      out.push({ start: viewOwner, end: viewOwner, lemma: 'view', kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false, subjectFrom: i + 1 });
      i = viewOwner;
      continue;
    }
    // "leaving the older skippers to wonder whether…", "which led several pilots to speculate…": after a verb that
    // leaves or leads its object to it, "to" and a verb of wondering are the cue, with the object before them as the source.
    const wonderer = t.lower === 'to' && inQuote[i] === -1 && isWord(tokens[i + 1]) && tokens[i + 1]!.sent === t.sent && WONDER_AFTER_TO.has(tokens[i + 1]!.lower) ? leadsObjectTo(tokens, i) : -1;
    if (wonderer !== -1) {
      out.push({ start: i, end: i + 1, lemma: tokens[i + 1]!.lower, kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false, subjectFrom: wonderer });
      i += 1;
      continue;
    }
    // "his suggestion that the pier close", "her vow to keep the ferry": a noun of saying or promising right after a
    // possessive pronoun and before the clause or infinitive it reports is a nominal cue whose source is the pronoun
    // (not after a verb that takes it as its object: "recalled his promise to…", "welcomed her argument that…").
    const ownNoun = inQuote[i] === -1 && POSSESSIVE_PRONOUNS.has(t.lower) && !isVerbLike(tokens[i - 1]) ? possessiveNominalCue(tokens, i + 1) : false;
    if (ownNoun) {
      out.push({ start: i + 1, end: i + 1, lemma: tokens[i + 1]!.lower, kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false, subjectFrom: i });
      i += 1;
      continue;
    }
    // "My guess is that the ferry stays", "Captain Lind’s answer was: …": a noun of a stated view between a possessive
    // and "is"/"was" before what it states is a cue with the copula, its source the possessive phrase.
    const stater = inQuote[i] === -1 && i - 1 >= sentenceStart(i) && viewBeforeCopula(tokens, i) ? possessiveStart(tokens, i - 1, sentenceStart(i)) : -1;
    if (stater !== -1) {
      out.push({ start: i, end: i + 1, lemma: t.lower, kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false, subjectFrom: stater });
      i += 1;
      continue;
    }
    // "By her own admission, the pier is old", "by Reyes’s own account": "own" and the noun are the cue, the possessive
    // its source; what it reports goes on after it ("She paid by her own account." is no report).
    if (t.lower === 'by' && inQuote[i] === -1 && tokens[i + 2]?.lower === 'own' && OWN_WORD.has(tokens[i + 3]?.lower ?? '') && tokens[i + 3]!.sent === t.sent && (isWord(tokens[i + 4]) || isComma(tokens[i + 4])) && tokens[i + 4]!.sent === t.sent) {
      const owner = possessiveStart(tokens, i + 1, i + 1);
      if (owner !== -1) {
        out.push({ start: i + 2, end: i + 3, lemma: 'admit', kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false, subjectFrom: owner });
        i += 3;
        continue;
      }
    }
    // "The plan has drawn sharp criticism from the skippers", "Ortiz won the endorsement of the pilots’ union": a past
    // form of receiving with a noun of support or criticism is a nominal cue, with its auxiliary, its adverbs and the
    // words up to the noun; its source is the phrase after "of" or "from".
    const received = inQuote[i] === -1 ? receivedReaction(tokens, i, sentenceStart(i)) : null;
    if (received) {
      out.push({ start: received.start, end: received.end, lemma: tokens[received.end]!.lower, kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false, sourceFrom: received.from });
      i = received.end;
      continue;
    }
    // "The harbour poll has Ortiz ahead": what a poll shows (see pollPlaces).
    if (inQuote[i] === -1 && pollPlaces(tokens, i)) {
      out.push({ start: i, end: i, lemma: 'show', kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false });
      continue;
    }
    // "The leaflet includes a map of the berths": what a document carries (see documentIncludes).
    if (inQuote[i] === -1 && documentIncludes(tokens, i)) {
      out.push({ start: i, end: i, lemma: 'include', kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false });
      continue;
    }
    // "Despite complaints that the ferry was late, …": a noun of speech right before the clause it reports.
    if (NOUNS_BEFORE_CLAUSE.has(t.lower) && inQuote[i] === -1 && isWord(tokens[i + 1]) && tokens[i + 1]!.lower === 'that' && tokens[i + 1]!.sent === t.sent) {
      out.push({ start: i, end: i, lemma: 'complain', kind: 'phrase', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: -1, nounLike: false });
      continue;
    }
    const adverb = ADVERB_CUES.get(t.lower);
    // "fined for allegedly dumping fuel": after a preposition the adverb names a charge, not a report.
    const afterPreposition = adverb !== undefined && isWord(tokens[i - 1]) && tokens[i - 1]!.sent === t.sent && G.prepositions.has(tokens[i - 1]!.lower);
    if (adverb && !afterPreposition) {
      out.push({ start: i, end: i, lemma: adverb, kind: 'adverb', passive: false, sourceAfter: false, sharesSubject: false, inverted: false, quote: inQuote[i] ?? -1, nounLike: false });
      continue;
    }
    const verb = verbCueAt(tokens, i, inQuote, sentenceStart(i));
    if (verb) {
      const joined = joinedVerbEnd(tokens, verb.end);
      if (joined !== -1) verb.end = joined;
      // "The plan rests on the mayor’s false claims that…": a noun form after a possessive and an adjective of judgement is a
      // nominal cue with the adjective, and its source is the possessive phrase alone.
      const owner = possessiveBeforeJudgement(tokens, i, sentenceStart(i));
      if (owner && owner.cueStart <= verb.start && (NOUN_LIKE.has(t.lower) || NOUN_FORMS.has(t.lower))) {
        verb.start = owner.cueStart;
        verb.subjectFrom = owner.from;
      }
      out.push(verb);
      i = verb.end;
    }
  }
  return out;
}
