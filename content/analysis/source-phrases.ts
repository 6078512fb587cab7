/**
 * The edges of a source phrase before its cue: where the noun phrase starts and ends, across
 * appositions, relative clauses, participles and dashes ("the mayor, who took office in May,
 * said"), with a quantity, hedge or partitive before it ("nearly half of the voters say"). Pure;
 * read by `sources.ts`.
 */
import { G, NUMBER_UNITS, PERSON_TITLES, VERB_CUES } from './lexicon';
import { isDescriptiveParticiple, isNounPhrase, MAX_PHRASE_TOKENS, npForward, npStartBefore, type Range } from './noun-phrases';
import { CLAUSE_LINKS, type Context, DASHES, finiteVerbBetween, hasComma, INTRODUCERS, INVERTING, isNumberWordToken, noVerbBetween, OPENS_CLAUSE, SENTENCE_FINAL, sentenceAdverb, sentenceBounds, sourceLike, SUBJECTS, SUBORDINATORS, VERB_CUE_FORMS } from './source-clauses';
import type { Token } from './tokens';
import { isAdverb, isComma, isNegation, isDeterminer, isNominal, isPoll, isQuantifier, isPronoun, isRelative, isSourceHead, isTimeWord, isVerbLike, isWord } from './word-classes';

/** A noun phrase ending at e, with at most two appositions on its left ("Ana Ortiz, 34,"). */
export function phraseEndingAt(ctx: Context, e: number, limit: number, depth = 0): Range | null {
  const { tokens } = ctx;
  let start = npStartBefore(tokens, e, limit);
  if (start === -1) return null;
  // "Ferries Stop As Pilots Strike", "Ortiz To Skippers Worried About Tolls": in a Title-Case headline a capitalised `As`,
  // `While` or `To` inside the phrase before a capitalised cue opens a clause or an addressee; the phrase starts after it
  // (PolNeAR train source +3 −3). So does a capitalised head of a relative clause with no `that` ("The Only Reason Pilots
  // Back Ortiz", "Five Things Reyes Said"; train +3 −3; not `Ways`, `Time`: "Ways and Means", "Time magazine").
  if (tokens[e + 1]?.cap) {
    for (let k = e - 1; k > start; k -= 1) {
      if (TITLE_BREAKS.has(tokens[k]!.text) || TITLE_HEADS.has(tokens[k]!.text)) {
        start = k + 1;
        break;
      }
    }
  }
  const onlyNumber = start === e && tokens[e]!.type === 'num';
  if (depth < 2 && isComma(tokens[start - 1]) && start - 2 >= limit) {
    const head = phraseEndingAt(ctx, start - 2, limit, depth + 1);
    const headFirst = head ? tokens[head.start] : undefined;
    const before = head ? tokens[head.start - 1] : undefined;
    const headIsWhole = head !== null && (head.start === limit || isComma(before) || before?.type === 'quote');
    // Away from the start of a sentence, "the hospital's unit, the ministry" is a list, not an apposition.
    const rightIsName = tokens[start]!.cap && !isDeterminer(tokens[start]);
    const atClauseStart = head !== null && (head.start === limit || before?.type === 'quote');
    // "Reluctantly, Ortiz said", "In Marlow, Maine, Reyes told": an adverb or the end of an introductory phrase, not an apposition.
    if (head && (sentenceAdverb(headFirst) || participleOpener(tokens, head.start) || (!atClauseStart && inIntroduction(ctx, head.start, limit)))) return onlyNumber ? null : { start, end: e };
    // "Ortiz, Lind wrote", "Harbour Radio, Reyes said": a bare name is described by a phrase with a determiner or a figure, not by another name.
    // A title counts with or without its full stop, as the lexicon lists it ("Sen. Ana Ortiz, R-S.C., said").
    // "Marlow's mayor, Ana Ortiz, said": a possessive name with a lower-case noun after it is no bare name (not "What's more,").
    const possessiveRole = head !== null && head.end > head.start && /^\p{Lu}\p{L}+[’']s$/u.test(tokens[head.start]!.text) && !CONTRACTED_OPENERS.has(tokens[head.start]!.lower.slice(0, -2)) && !tokens[head.end]!.cap && isNominal(tokens[head.end]) && !isQuantifier(tokens[head.end]);
    const bareNames = headFirst !== undefined && headFirst.cap && !isDeterminer(headFirst) && !PERSON_TITLES.has(headFirst.lower) && !PERSON_TITLES.has(headFirst.lower.replace(/\.$/u, '')) && isWord(tokens[start]) && tokens[start]!.cap && !isDeterminer(tokens[start]) && !possessiveRole && !(atClauseStart && stateAfterOf(tokens, head!, start, e));
    // "Regardless, the Harbour Board said", "Offstage, the actors agree": one word opening the sentence is no name described.
    const loneOpener = head !== null && head.start === head.end && head.start === limit && isDeterminer(tokens[start]) && !isComma(tokens[e + 1]);
    if (head && headIsWhole && !bareNames && !loneOpener && (atClauseStart || rightIsName) && headFirst && (headFirst.cap || isDeterminer(headFirst)) && !onlyNumber) {
      // "The operator, Railco" / "His lawyer, Nils Berg": keep the apposition only when both sides name.
      if (tokens[start]!.cap || isDeterminer(tokens[start]) || tokens[start]!.type === 'num') return { start: head.start, end: e };
    }
    // "Eva Lind, president of the Ferry Union, which…": a name opening its clause with an apposition led by a common noun.
    if (head && headIsWhole && atClauseStart && !bareNames && !loneOpener && headFirst?.cap && !isDeterminer(headFirst) && !onlyNumber && !(head.start === head.end && head.start === limit) && isNominal(tokens[start]) && !isTimeWord(tokens[start]) && noVerbBetween(tokens, start, e) && tokens[head.end]!.cap) {
      return { start: head.start, end: e };
    }
    if (head && headIsWhole && onlyNumber) return { start: head.start, end: e };
  }
  if (onlyNumber) return null;
  return { start, end: e };
}

/**
 * "Reyes, who lost the harbour master's post to Lind in 2004, said": the guidelines keep a relative clause that
 * describes the source in the source, commas and all; not one that holds a report of its own
 * ("Tom, who supports Ortiz, says": two attributions).
 */
/**
 * "Ana Ortiz of Marlow, Virginia says", "Reyes and Lind of the University of Marlow, Eastby suggest": one or two
 * capitalised words after a comma that follows a name with `of` and a capitalised place are the place's state or
 * campus, not another name.
 */
function stateAfterOf(tokens: readonly Token[], head: Range, start: number, e: number): boolean {
  if (e - start > 1) return false;
  for (let k = start; k <= e; k += 1) if (!isWord(tokens[k]) || !tokens[k]!.cap || isDeterminer(tokens[k])) return false;
  // The place: capitalised words after `of`, maybe with `the` and an inner `of` ("of the University of Marlow").
  let k = head.end;
  while (k > head.start && isWord(tokens[k]) && (tokens[k]!.cap || ['of', 'the'].includes(tokens[k]!.lower))) k -= 1;
  while (k < head.end && tokens[k]!.lower !== 'of') k += 1;
  return k > head.start && k < head.end && tokens[k - 1]!.cap && tokens[k + 1]!.lower !== 'of';
}

/** Capitalised words that end a phrase inside a Title-Case headline (see phraseEndingAt). */
const TITLE_BREAKS = new Set(['As', 'While', 'To']);
/** Capitalised heads of a relative clause with no `that` in a Title-Case headline ("The Things Ortiz Said"; see phraseEndingAt). */
const TITLE_HEADS = new Set(['Things', 'Thing', 'Reason', 'Reasons', 'Everything']);

/** Participles that describe who runs or backs something ("run by", "owned by"), beside the regular ones in -ed. */
const DESCRIPTIVE_PARTICIPLE_WORDS = new Set(['run', 'led', 'owned', 'backed', 'founded', 'funded', 'operated', 'written', 'chaired', 'headed']);

/** Roles that `managing` makes a title of ("managing director", "managing editor"). */
const MANAGED_ROLES = new Set(['director', 'directors', 'partner', 'partners', 'editor', 'editors', 'principal', 'member', 'members']);

/** Words whose `’s` is a contracted `is` or `has` at the start of a clause ("What’s more,", "Here’s"). */
const CONTRACTED_OPENERS = new Set(['what', 'here', 'there', 'that', 'it', 'where', 'how', 'who', 'let']);

/** "N.C.", "D.C.": capital letters with full stops, as a state or district is written after a town. */
const STATE_ABBREVIATION = /^\p{Lu}(?:\.\p{Lu})+\.$/u;

/**
 * "Tom Reyes, 41, of Marlow, N.C., who sailed with the crews, said": a state written with full stops after a town
 * and its comma ends a place, not a phrase that what follows describes; the rules for long appositions read the whole.
 */
function afterTown(tokens: readonly Token[], k: number, limit: number): boolean {
  return k - 2 >= limit && STATE_ABBREVIATION.test(tokens[k]?.text ?? '') && isComma(tokens[k - 1]) && tokens[k - 2]!.cap;
}

function withRelativeClause(ctx: Context, j: number, limit: number): Range | null {
  const { tokens } = ctx;
  // "Mr. Lind, who has called the new fees ''plainly unfair,'' portrayed": a clause that reports (with a
  // quotation or a cue of its own, and commas in it) is left out; the source is the name before it.
  let reports = false;
  for (let k = j - 1; k >= limit + 2 && k > j - 30; k -= 1) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') return null;
    if (t.type === 'quote' || (isWord(t) && VERB_CUE_FORMS.has(t.lower))) {
      reports = true;
      continue;
    }
    if (!(isWord(t) && (t.lower === 'who' || t.lower === 'which' || t.lower === 'whose') && isComma(tokens[k - 1]))) continue;
    const head = phraseEndingAt(ctx, k - 2, limit);
    if (head === null || !sourceLike(tokens, head) || afterTown(tokens, head.start, limit)) return null;
    const before = tokens[head.start - 1];
    // "Ferry fares: Ortiz, whose crew sails at night, said": a colon before the name opens its clause as a comma does
    // (PolNeAR train source tp +2 fp −2, dev unchanged).
    const whole = head.start === limit || isComma(before) || before?.type === 'quote' || before?.text === ':' || (isWord(before) && (before.lower === 'but' || before.lower === 'and'));
    if (!whole) return null;
    return reports ? (t.lower === 'who' && hasComma(tokens, k + 1, j - 1) ? head : null) : { start: head.start, end: j - 1 };
  }
  return null;
}

/**
 * "Several councillors, including Sens. Ana Ortiz (Md.), Jo Lind (Va.) and Tom Reyes (Ohio), said", "Dr. Ortiz, along
 * with Tom Reyes and Jo Lind, a lecturer at Marlow College, argued", "Many pilots, including big donors to harbour
 * candidates, opposed", "Harbour economists, like their rivals in Marlow, say": the phrase keeps a list after
 * `including`, `along with`, `as well as`, `like` or `such as` that holds commas or a phrase with a preposition, up to the comma
 * before the cue, when no verb and no relative pronoun stands in the list.
 */
function listBeforeComma(ctx: Context, j: number, limit: number): Range | null {
  const { tokens } = ctx;
  for (let k = j - 1; k > limit + 1 && k > j - 40; k -= 1) {
    const t = tokens[k]!;
    const along = (t.lower === 'along' && tokens[k + 1]?.lower === 'with') || (t.lower === 'such' && tokens[k + 1]?.lower === 'as');
    const asWell = t.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as';
    // "Ortiz and Reyes, among others, reject", "Ortiz, and others, have argued".
    if (isWord(t) && (t.lower === 'among' || t.lower === 'and') && tokens[k + 1]?.lower === 'others' && k + 1 === j - 1 && isComma(tokens[k - 1])) {
      const head = phraseEndingAt(ctx, k - 2, limit);
      return head !== null && sourceLike(tokens, head) ? { start: head.start, end: j - 1 } : null;
    }
    if (!(isWord(t) && (t.lower === 'including' || t.lower === 'like' || along || asWell) && isComma(tokens[k - 1]))) {
      if (t.type === 'quote' || t.text === ';' || t.text === ':' || isRelative(t) || isVerbLike(t)) return null;
      continue;
    }
    const head = phraseEndingAt(ctx, k - 2, limit);
    // The phrase names someone, or the list does ("the fleet's boldest skippers, like Ortiz and Reyes, say").
    const named = head !== null && (sourceLike(tokens, head) || sourceLike(tokens, { start: k + 1, end: j - 1 }));
    return named && k + (asWell ? 3 : along ? 2 : 1) < j ? { start: head.start, end: j - 1 } : null;
  }
  return null;
}

/**
 * "Citing local harbour pilots, the radio reported", "Led by the mayor, the march…": a capitalised participle
 * before a lower-case word opens a participle phrase, not a name that the phrase after the comma describes
 * (not "Rising Tide Partners, a talent agency": a name).
 */
function participleOpener(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return isWord(t) && t.cap && /^\p{Lu}\p{Ll}*(?:ing|ed)$/u.test(t.text) && (isVerbLike({ ...t, cap: false }) || next?.lower === 'by') && isWord(next) && !next.cap;
}

/** Is the comma-delimited segment before token k one that opens with an introducer ("In Marlow, Maine")? */
function inIntroduction(ctx: Context, k: number, limit: number): boolean {
  const { tokens } = ctx;
  let p = k - 2;
  while (p >= limit && !isComma(tokens[p]) && tokens[p]!.type !== 'quote' && p > k - 12) p -= 1;
  if (!(p < limit || isComma(tokens[p]) || tokens[p]!.type === 'quote')) return false;
  const first = tokens[p + 1];
  return isWord(first) && INTRODUCERS.has(first.lower);
}

/** The source that ends right before a comma at index j ("X, a spokesman for Y, said"). */
export function beforeComma(ctx: Context, j: number, limit: number): Range | null {
  const { tokens } = ctx;
  // "Eva Lind, who, after a shouting match with Mr. Reyes, said": the relative pronoun is the subject.
  for (let k = j - 1; k > limit && k > j - 25; k -= 1) {
    const t = tokens[k]!;
    if (t.type === 'quote' || t.text === ';') break;
    if (isComma(t)) {
      if (isRelative(tokens[k - 1]) && tokens[k - 1]!.lower !== 'whose') return { start: k - 1, end: k - 1 };
      break;
    }
  }
  const relative = withRelativeClause(ctx, j, limit);
  if (relative) return relative;
  const listed = listBeforeComma(ctx, j, limit);
  if (listed) return listed;
  let p = j - 1;
  while (p >= limit && !isComma(tokens[p]) && tokens[p]!.type !== 'quote') p -= 1;
  if (p < limit || tokens[p]!.type === 'quote') return null;
  if (afterTown(tokens, p - 1, limit)) return null;
  // "Ortiz, speaking at a pier meeting in Marlow, Maine, warned": a place after its town belongs to the segment before.
  const place = placeAfterTown(tokens, p, j - 1, limit);
  if (place !== -1) p = place;
  const first = tokens[p + 1];
  if (first === undefined || p + 1 > j - 1) return null;
  // "…, speaking on condition of anonymity, said", "…, released on Tuesday by the UN, found"
  const participle = isWord(first) && !first.cap && /(ing|ed)$/u.test(first.lower) && isWord(tokens[p + 2]) && (G.prepositions.has(tokens[p + 2]!.lower) || isDeterminer(tokens[p + 2])) && !isDescriptiveParticiple(tokens, p + 1);
  // "Several candidates, including Ortiz, said", "Ortiz, along with her aides, said": the list stays in the source.
  if (isWord(first) && (first.lower === 'including' || (first.lower === 'along' && tokens[p + 2]?.lower === 'with'))) {
    const head = phraseEndingAt(ctx, p - 1, limit);
    if (head !== null && sourceLike(tokens, head) && isNounPhraseList(tokens, first.lower === 'along' ? p + 3 : p + 2, j - 1)) return { start: head.start, end: j - 1 };
  }
  // "Mr. Reyes, of Harbour Capital Markets, said", "Lind, at the Marlow Institute, said": `of` or `at` and a place of work
  // named after a name, with no verb, is an apposition of the name (not an occasion: "Ortiz, at Monday's debate, said").
  if (isWord(first) && (first.lower === 'of' || first.lower === 'at') && p + 2 <= j - 1 && (tokens[p + 2]!.cap || (isDeterminer(tokens[p + 2]) && tokens[p + 3]?.cap)) && tokens[j - 1]!.cap && noVerbBetween(tokens, p + 2, j - 1)) {
    const head = phraseEndingAt(ctx, p - 1, limit);
    if (head !== null && tokens[head.start]!.cap && tokens[head.end]!.cap && isWord(tokens[head.end]) && !isDeterminer(tokens[head.start]) && noVerbBetween(tokens, head.start, head.end)) return { start: head.start, end: j - 1 };
  }
  // "Lind, now director of the Harbour Trust,", "Reyes, then 38,", "The paper, long an advocate of reform,": an apposition led by an adverb of time.
  if (isWord(first) && APPOSITION_ADVERBS.has(first.lower) && p + 2 <= j - 1 && (isNounPhrase(tokens, p + 2, j - 1) || (p + 2 === j - 1 && tokens[j - 1]!.type === 'num'))) {
    const head = phraseEndingAt(ctx, p - 1, limit);
    if (head !== null && sourceLike(tokens, head)) return { start: head.start, end: j - 1 };
  }
  // "…hardly fast, but it has a loyal crew, said Reyes": a clause after "but" or "and", not an aside
  // between a subject and its verb.
  if (isWord(first) && CLAUSE_LINKS.has(first.lower) && (SUBJECTS.has(tokens[p + 2]?.lower ?? '') || finiteVerbBetween(tokens, p + 2, j - 1))) return null;
  // "Ana Ortiz, director of ports, ferries, and harbours, said": the last item of a list with a serial comma, not an aside.
  if (isWord(first) && (first.lower === 'and' || first.lower === 'or') && isNounPhrase(tokens, p + 2, j - 1)) {
    const item = phraseEndingAt(ctx, p - 1, limit);
    if (item !== null && isComma(tokens[item.start - 1])) return null;
  }
  // "A Harbour Radio poll, conducted by Marlow College, shows": how a poll was conducted stays in it.
  if (isWord(first) && first.lower === 'conducted') {
    const head = phraseEndingAt(ctx, p - 1, limit);
    if (head !== null && isPoll(tokens[head.end]) && noVerbBetween(tokens, p + 2, j - 1)) return { start: head.start, end: j - 1 };
  }
  // "Tom Reyes, managing director of Harbour Capital, said": `managing` before a role is part of the title, not a participle.
  if (isWord(first) && first.lower === 'managing' && MANAGED_ROLES.has(tokens[p + 2]?.lower ?? '') && noVerbBetween(tokens, p + 2, j - 1)) {
    const head = phraseEndingAt(ctx, p - 1, limit);
    if (head !== null && tokens[head.start]!.cap && !isDeterminer(tokens[head.start])) return { start: head.start, end: j - 1 };
  }
  const skip = participle || isRelative(first) || (isWord(first) && (G.prepositions.has(first.lower) || G.conjunctions.has(first.lower))) || isAdverb(first) || (isVerbLike(first) && !isDescriptiveParticiple(tokens, p + 1));
  if (skip) return phraseEndingAt(ctx, p - 1, limit);
  if (isDescriptiveParticiple(tokens, p + 1) || isNounPhrase(tokens, p + 1, j - 1)) {
    const head = phraseEndingAt(ctx, p - 1, limit);
    if (head === null) return null;
    // "Reyes, facing a close race in Marlow, a ferry town, said": the phrase is the object of a
    // participle set off by commas; the source is the name before that participle.
    const verb = tokens[head.start - 1];
    if (head.start - 1 > limit && isWord(verb) && !verb.cap && /ing$/u.test(verb.lower) && isVerbLike(verb) && isComma(tokens[head.start - 2])) return phraseEndingAt(ctx, head.start - 3, limit);
    // "The board's website, run by Jo Lind, a lecturer at Marlow College, said": the phrase is the agent of a participle
    // set off by commas after a subject that opens the clause; the source is that subject with all of it.
    if (verb?.lower === 'by' && isWord(tokens[head.start - 2]) && (DESCRIPTIVE_PARTICIPLE_WORDS.has(tokens[head.start - 2]!.lower) || /ed$/u.test(tokens[head.start - 2]!.lower)) && isComma(tokens[head.start - 3])) {
      const subject = head.start - 4 >= limit ? phraseEndingAt(ctx, head.start - 4, limit) : null;
      if (subject && subject.start === limit && sourceLike(tokens, subject)) return { start: subject.start, end: j - 1 };
    }
    // "Ana Ortiz, a pilot who works for Marlow Ferries, a small company, said": the phrase ends a `who` clause
    // inside the apposition of a name; the source is the name with all of it.
    const inner = head.start - 1 > limit && isWord(verb) && !verb.cap && (isVerbLike(verb) || G.prepositions.has(verb.lower) || verb.lower === 'who') ? acrossRelativeClause(ctx, head.start - 1, j - 1, limit) : null;
    if (inner && inner.end === j - 1) {
      if (tokens[inner.start]!.cap && !isDeterminer(tokens[inner.start])) return inner;
      const name = isComma(tokens[inner.start - 1]) && inner.start - 2 >= limit && tokens[inner.start - 2]!.cap ? phraseEndingAt(ctx, inner.start - 2, limit) : null;
      if (name && tokens[name.start]!.cap) return { start: name.start, end: j - 1 };
    }
    return { start: head.start, end: j - 1 };
  }
  return null;
}

/**
 * "…, speaking at a pier meeting in Marlow, Maine, said": when the segment from the comma at p to `to` is a
 * place (one to three capitalised words) after a capitalised word, and the segment before it opens with
 * a participle or a preposition, the comma that opens that segment; else -1.
 */
function placeAfterTown(tokens: readonly Token[], p: number, to: number, limit: number): number {
  if (to - p > 3 || !isWord(tokens[p - 1]) || !tokens[p - 1]!.cap) return -1;
  for (let k = p + 1; k <= to; k += 1) if (!isWord(tokens[k]) || !tokens[k]!.cap || isDeterminer(tokens[k])) return -1;
  let q = p - 1;
  while (q >= limit && q > p - 15 && !isComma(tokens[q]) && tokens[q]!.type !== 'quote') q -= 1;
  // Only a segment that opens with a participle or a preposition ("speaking at a rally in", "during a town hall in").
  const first = tokens[q + 1];
  const opens = isWord(first) && !first.cap && (/ing$/u.test(first.lower) || G.prepositions.has(first.lower));
  return q >= limit && isComma(tokens[q]) && opens ? q : -1;
}

/**
 * "A video circulating on social media showed", "A study published last year in the journal
 * Harbour Science found": a participle phrase after the head stays in the source.
 */
export function acrossParticiple(ctx: Context, r: Range, limit: number): Range | null {
  const { tokens } = ctx;
  for (let k = r.start - 1; k >= limit && k > r.start - 8; k -= 1) {
    const t = tokens[k]!;
    if (isComma(t) || t.type === 'quote' || (isWord(t) && (G.conjunctions.has(t.lower) || G.relatives.has(t.lower) || G.auxiliaries.has(t.lower)))) return null;
    if (isWord(t) && isVerbLike(t) && (t.lower.endsWith('ed') || t.lower.endsWith('ing')) && !VERB_CUE_FORMS.has(t.lower)) {
      const head = phraseEndingAt(ctx, k - 1, limit);
      if (head === null || !isSourceHead(tokens[k - 1]!.lower.replace(/[’']s$/u, ''))) return null;
      return { start: head.start, end: r.end };
    }
    if (!(isWord(t) || t.type === 'num')) return null;
  }
  return null;
}

/**
 * "Council members backing the levy have said", "a harbour clerk handling the claim ordered": a
 * subject that opens its clause, with a participle phrase after its head and no other verb up to the cue.
 */
export function reducedRelative(ctx: Context, r: Range, limit: number): Range | null {
  const { tokens } = ctx;
  let participle = -1;
  let k = r.start - 1;
  for (; k >= limit && k > r.start - 14; k -= 1) {
    const t = tokens[k]!;
    if (!(isWord(t) || t.type === 'num' || POSSESSIVE_TOKENS.has(t.text))) break;
    if (isWord(t) && (G.auxiliaries.has(t.lower) || G.relatives.has(t.lower) || isNegation(t))) return null;
    if (isWord(t) && OPENS_CLAUSE.has(t.lower) && t.lower !== 'that') break;
    if (isVerbLike(t)) {
      // "-ing", or "-ed" before a preposition ("a judge appointed by"; not "State media quoted a minister").
      const next = tokens[k + 1];
      if (!(t.lower.endsWith('ing') || (t.lower.endsWith('ed') && isWord(next) && G.prepositions.has(next.lower)))) return null;
      participle = k;
    }
  }
  const start = k + 1;
  const before = tokens[k];
  const opens = k < limit || isComma(before) || before?.type === 'quote' || before?.text === ';' || before?.text === ':' || (isWord(before) && OPENS_CLAUSE.has(before.lower) && before.lower !== 'that');
  if (participle <= start || !opens) return null;
  const head = npStartBefore(tokens, participle - 1, start);
  return head === start && (isDeterminer(tokens[start]) || isQuantifier(tokens[start]) || tokens[start]!.cap || isNominal(tokens[start])) ? { start, end: r.end } : null;
}

const POSSESSIVE_TOKENS = new Set(["'", '’', '/', '-', '&']);

/**
 * "a developer who cooperated with investigators testified": the phrase before the relative pronoun,
 * with the clause that restricts it ("people who have fought scams say"), unless that clause reports.
 */
export function acrossRelativeClause(ctx: Context, stop: number, end: number, limit: number, whoOnly = false): Range | null {
  const { tokens } = ctx;
  for (let k = stop; k >= limit && k > stop - 12; k -= 1) {
    const t = tokens[k]!;
    if (isComma(t) || t.type === 'quote' || (isWord(t) && G.conjunctions.has(t.lower) && t.lower !== 'as')) return null;
    if (isWord(t) && (t.lower === 'who' || t.lower === 'that' || t.lower === 'which')) {
      // Only a "who" that is the subject of its clause, not "a candidate who many members oppose".
      if (whoOnly && (t.lower !== 'who' || !isWord(tokens[k + 1]) || tokens[k + 1]!.cap || isDeterminer(tokens[k + 1]) || isQuantifier(tokens[k + 1]) || isPronoun(tokens[k + 1]))) return null;
      const head = isWord(tokens[k - 1]) && tokens[k - 1]!.lower === 'those' && k - 1 >= limit ? thoseWithShare(ctx, k - 1, limit) : isNominal(tokens[k - 1]) ? phraseEndingAt(ctx, k - 1, limit) : null;
      if (head === null || t.lower !== 'who') return head;
      for (let q = k + 1; q <= end; q += 1) if (isWord(tokens[q]) && VERB_CUE_FORMS.has(tokens[q]!.lower)) return head;
      return { start: head.start, end };
    }
  }
  return null;
}

/** "those", "27 percent of those", "A majority of those": "those" with the share of them before it. */
export function thoseWithShare(ctx: Context, k: number, limit: number): Range {
  const { tokens } = ctx;
  if (k - 2 >= limit && tokens[k - 1]!.lower === 'of') {
    const share = phraseEndingAt(ctx, k - 2, limit);
    if (share !== null) return { start: share.start, end: k };
  }
  return { start: k, end: k };
}

/** The phrase a relative pronoun at j stands for ("Tom Reyes, who" -> "Tom Reyes"), or null. */
export function relativeAntecedent(ctx: Context, j: number): Range | null {
  const { start: sStart } = sentenceBounds(ctx, j);
  const k = isComma(ctx.tokens[j - 1]) || DASHES.has(ctx.tokens[j - 1]?.text ?? '') ? j - 2 : j - 1;
  return k >= sStart ? phraseEndingAt(ctx, k, sStart) : null;
}

/**
 * "18% who say", "economists -- who believe", "…, and who hoped": a relative pronoun whose phrase
 * is no plain noun phrase (a figure, a phrase cut off by a dash) or lies before a second relative
 * clause still stands for it, and is the source. Not "those who", "anyone who" (as often not marked).
 */
export function relativeStandsFor(ctx: Context, j: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j]!;
  const { start: sStart } = sentenceBounds(ctx, j);
  if (j <= sStart) return false;
  const prev = tokens[j - 1]!;
  if (t.lower === 'who' && (isComma(prev) || DASHES.has(prev.text) || prev.text === '--' || prev.type === 'num')) return true;
  // "…, which was founded by Lind and which has endorsed Ortiz", "A mayor who approved the levy and who hoped"
  if ((t.lower === 'which' || t.lower === 'who') && isWord(prev) && (prev.lower === 'and' || prev.lower === 'but')) {
    // "Ana Ortiz, whose ferry sank in May but who praised the crew": a "who" after "whose" or "whom" too.
    const same = (w: string) => w === t.lower || (t.lower === 'who' && (w === 'whose' || w === 'whom'));
    for (let k = j - 2; k > sStart && k > j - 40; k -= 1) if (same(tokens[k]!.lower)) return relativeAntecedent(ctx, k) !== null || relativeStandsFor(ctx, k);
  }
  return false;
}

/**
 * Does the relative clause from k describe the source rather than report? It reports when its
 * verb is one of saying ("who added that", "who noted", "who has also said"); a clause whose verb
 * is of another kind describes, even one the lexicon takes as a cue ("who endorsed Mr. Reyes",
 * "who is regarded as", "who supports Mrs. Ortiz"), as annotators keep it in the source.
 */
export function relativeDescribes(tokens: readonly Token[], k: number, sEnd: number): boolean {
  for (let q = k; q <= sEnd && q < k + 6; q += 1) {
    const t = tokens[q]!;
    if (!isWord(t)) return true;
    if (G.auxiliaries.has(t.lower) || isNegation(t) || (isAdverb(t) && !VERB_CUE_FORMS.has(t.lower))) continue;
    const cue = VERB_CUES.get(t.lower);
    return cue === undefined || !(SAYING.has(cue.lemma) || tokens[q + 1]?.lower === 'that');
  }
  return true;
}

/**
 * Verbs of saying: a relative clause with one of them is an attribution of its own, not a description. A request
 * and a thought count ("said one pilot who requested anonymity because the talks were private", "said Tom Reyes,
 * who thinks the council should resign": annotators mark `requested` and `thinks` with `who`).
 */
const SAYING = new Set([...INVERTING, 'emphasise', 'echo', 'liken', 'call', 'tell', 'describe', 'speak', 'talk', 'request', 'think']);

/**
 * "Nils Berg, a Marlow, Maine, skipper helping to organize the strike, said": a name opening its
 * clause, then an apposition that starts with a determiner and runs, whatever it holds, to the comma
 * before the cue (the guidelines keep what identifies the source).
 */
export function longApposition(ctx: Context, j: number, limit: number): Range | null {
  const { tokens } = ctx;
  let start = limit;
  // "“…,” Ana Ortiz, the former Marlow mayor, told Harbour Radio": the clause starts after the closing quotation mark.
  for (let k = j - 1; k > limit && k > j - 42; k -= 1) {
    if (tokens[k]!.type !== 'quote') continue;
    if (isComma(tokens[k - 1]) || SENTENCE_FINAL.has(tokens[k - 1]!.text)) start = k + 1;
    break;
  }
  // The clause may open with an introduction ("In 2008, …", "But …").
  if (isWord(tokens[start]) && (tokens[start]!.lower === 'but' || tokens[start]!.lower === 'and')) start += 1;
  for (let k = start; k < j && k < start + 40; k += 1) {
    const t = tokens[k]!;
    if (t.type === 'quote' || t.text === ';' || t.text === ':' || (isWord(t) && VERB_CUE_FORMS.has(t.lower))) return null;
    if (!isComma(t)) continue;
    const head = phraseEndingAt(ctx, k - 1, start);
    // "Mara T. Lind, 63, a retired skipper": past an age.
    const aged = tokens[k + 1]?.type === 'num' && isComma(tokens[k + 2]) && k + 3 < j;
    const next = tokens[aged ? k + 3 : k + 1];
    // "Tom Reyes, Ortiz's director of harbour affairs, said": a name-led apposition with no verb in it.
    const named = isWord(next) && (next.cap || isNominal(next)) && !isPronoun(next) && noVerbBetween(tokens, k + 1, j - 1);
    // "Tom Reyes, one of the pilots vanquished by the storm,": "one of" leads an apposition as a determiner does.
    const oneOf = isWord(next) && next.lower === 'one' && tokens[(aged ? k + 3 : k + 1) + 1]?.lower === 'of';
    if (head !== null && head.start === start && tokens[start]!.cap && (isDeterminer(next) || named || oneOf || (isWord(next) && PERSON_TITLES.has(next.lower))) && next!.lower !== 'that') {
      let relative = false;
      for (let q = k + 1; q < j; q += 1) {
        if (tokens[q]!.type === 'quote' || tokens[q]!.text === ';' || (isWord(tokens[q]) && VERB_CUE_FORMS.has(tokens[q]!.lower) && !nounUse(tokens, q) && !relative)) return null;
        // "a Marlow councillor who has dined privately with Mr. Reyes": a verb of the relative clause describes.
        if (isWord(tokens[q]) && tokens[q]!.lower === 'who' && !isComma(tokens[q - 1])) relative = relativeDescribes(tokens, q + 1, j - 1);
      }
      return { start, end: j - 1 };
    }
    return null;
  }
  return null;
}

/**
 * "At Harbour Point, where it costs $7,000 to moor, Sam Keel, the club's president, suggested": a
 * name with its long apposition after an introduction that opens the sentence.
 */
export function appositionAfterIntroduction(ctx: Context, j: number, sStart: number): Range | null {
  const { tokens } = ctx;
  const first = tokens[sStart];
  if (!isWord(first) || !(INTRODUCERS.has(first.lower) || sentenceAdverb(first) || first.lower === 'yet' || first.lower === 'just')) return null;
  for (let c = sStart + 1; c < j && c < sStart + 30; c += 1) {
    const t = tokens[c]!;
    if (t.type === 'quote' || t.text === ';' || (isWord(t) && VERB_CUE_FORMS.has(t.lower))) return null;
    if (!isComma(t)) continue;
    if (isWord(tokens[c + 1]) && tokens[c + 1]!.cap) {
      const r = longApposition(ctx, j, c + 1);
      if (r) return r;
    }
  }
  return null;
}

/** "Jason Reyes — a teacher from Marlow — says": the subject with what the dashes set off, when it opens its clause. */
export function betweenDashes(ctx: Context, j: number, sStart: number): Range | null {
  const { tokens } = ctx;
  // "Reyes -- a pilot -- said", "Reyes - a pilot - said": hyphens written for a dash.
  const hyphens = tokens[j]!.text === '-';
  const last = hyphens && tokens[j - 1]?.text === '-' ? j - 1 : j;
  if (hyphens && !tokens[last]!.spaceBefore) return null;
  for (let d = last - 2; d > sStart && d > j - 30; d -= 1) {
    const t = tokens[d]!;
    if (t.type === 'quote' || t.text === ';') return null;
    if (t.text !== tokens[j]!.text || (hyphens && !t.spaceBefore && tokens[d - 1]?.text !== '-')) continue;
    // Not a relative clause or an aside ("Reyes - who docked…", "Lind - in a line that…"); between
    // real dashes only a relative clause is left out ("Reyes — who docked at dawn — said" -> "Reyes").
    const first = tokens[t.text === '-' && tokens[d + 1]?.text === '-' ? d + 2 : d + 1];
    const aside = isWord(first) && (isRelative(first) || (hyphens && (first.lower === 'as' || (G.prepositions.has(first.lower) && first.lower !== 'including'))));
    if (hyphens && tokens[d - 1]?.text === '-') d -= 1;
    const head = phraseEndingAt(ctx, d - 1, sStart);
    if (head === null || !sourceLike(tokens, head)) return null;
    const before = tokens[head.start - 1];
    const opens = head.start === sStart || isComma(before) || (isWord(before) && OPENS_CLAUSE.has(before.lower));
    return opens ? { start: head.start, end: aside ? head.end : last - 1 } : null;
  }
  return null;
}

/** Noun phrases from `from` to `to` and nothing else, with commas and "and" between them ("Ortiz, Reyes and the mayor"). */
function isNounPhraseList(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k <= to) {
    const end = npEndAt(tokens, k, to);
    if (end === -1) return false;
    k = end + 1;
    if (k > to) return true;
    if (isComma(tokens[k])) k += 1;
    if (isWord(tokens[k]) && (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) k += 1;
  }
  return false;
}

/** The end of the noun phrase that starts at k, no further than `to`, or -1. */
function npEndAt(tokens: readonly Token[], k: number, to: number): number {
  const r = npForward(tokens, k, to, { appositions: false, participleTail: false });
  return r ? r.end : -1;
}

/** "a talk show host", "a creative writing professor": a word that could report, used as part of a noun. */
function nounUse(tokens: readonly Token[], q: number): boolean {
  const prev = tokens[q - 1];
  return !tokens[q]!.cap && (isDeterminer(prev) || (isWord(prev) && !prev.cap && isNominal(prev))) && isNominal(tokens[q + 1]) && !isTimeWord(tokens[q + 1]);
}

const LINKING = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'across', 'within', 'among', 'by', 'about', 'like', 'and']);

const MODIFIERS = new Set(['close', 'outside', 'inside', 'first']);

const QUANTITY_PRONOUNS = new Set(['those', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'one', 'all', 'none']);

const LIMITING = new Set(['but', 'outside', 'around', 'over', 'under', 'near']);

/**
 * "Ferry workers in all five ports see", "current and former pilots said": the phrase
 * before the cue is the end of a longer subject, joined by a preposition or "and", when that
 * subject opens its clause.
 */
export function subjectOpeningClause(ctx: Context, r: Range, sStart: number): Range | null {
  const { tokens } = ctx;
  let s = r.start;
  let grown = false;
  for (let guard = 0; guard < 4; guard += 1) {
    const link = tokens[s - 1];
    const head = tokens[s - 2];
    // "The fiscally conservative Club", "A Harbour Wire rolling poll", "some close Ortiz allies", "Even my own folks"
    const owner = tokens[s - 2];
    const owned = s - 2 >= sStart && isWord(owner) && owner.lower !== 'that' && (isDeterminer(owner) || isQuantifier(owner) || (owner.cap && isNominal(owner)));
    if (owned && isWord(link) && !link.cap && (MODIFIERS.has(link.lower) || ((isAdverb(link) || link.lower.endsWith('ing')) && !G.adverbs.has(link.lower) && !G.conjunctions.has(link.lower) && !VERB_CUE_FORMS.has(link.lower)))) {
      s -= 1;
      while (s - 1 >= sStart && isWord(tokens[s - 1]) && (isDeterminer(tokens[s - 1]) || isQuantifier(tokens[s - 1]) || (tokens[s - 1]!.cap && isNominal(tokens[s - 1]))) && tokens[s - 1]!.lower !== 'that') s -= 1;
      grown = true;
      continue;
    }
    // "Those near the mayor admit", "All but three pilots said", "Nobody outside the crew believed": a pronoun of quantity with what limits it.
    if (s - 2 >= sStart && isWord(link) && !link.cap && (LINKING.has(link.lower) || LIMITING.has(link.lower)) && isWord(head) && QUANTITY_PRONOUNS.has(head.lower)) {
      s -= 2;
      if (s - 1 >= sStart && ((head.lower === 'one' && tokens[s - 1]!.lower === 'no') || (tokens[s - 1]!.lower === 'not' && head.lower.startsWith('every')))) s -= 1;
      grown = true;
      break;
    }
    // "Pilots in five towns going to the polls on Tuesday say": a participle before the link, after a noun, stays in the subject.
    const participle = s - 3 >= sStart && isWord(link) && !link.cap && LINKING.has(link.lower) && link.lower !== 'and' && isWord(head) && !head.cap && /(?:ing|ed)$/u.test(head.lower) && isVerbLike(head) && !VERB_CUE_FORMS.has(head.lower) && isNominal(tokens[s - 3]) && !isTimeWord(tokens[s - 3]);
    if (participle) {
      const start = npStartBefore(tokens, s - 3, sStart);
      if (start === -1) break;
      s = start;
      grown = true;
      continue;
    }
    if (s - 2 < sStart || !isWord(link) || link.cap || !LINKING.has(link.lower) || !isNominal(head) || isTimeWord(head)) break;
    const start = npStartBefore(tokens, s - 2, sStart);
    if (start === -1) break;
    s = start;
    grown = true;
  }
  if (!grown) return null;
  const before = tokens[s - 1];
  const opens = s === sStart || isComma(before) || before?.type === 'quote' || before?.text === ';' || before?.text === ':' || DASHES.has(before?.text ?? '') || (isWord(before) && OPENS_CLAUSE.has(before.lower));
  return opens ? { start: s, end: r.end } : null;
}

const PARTITIVE = new Set(['many', 'most', 'some', 'all', 'both', 'none', 'one', 'neither', 'each', 'either', 'few', 'several', 'any', 'two', 'three', 'four', 'half']);

/** "No one knows", "almost everyone agrees", "Many of you have written": a pronoun with the words that say how many. */
export function pronounWithItsQuantity(tokens: readonly Token[], j: number, sStart: number): Range | null {
  const t = tokens[j]!;
  const word = (k: number) => (k >= sStart && isWord(tokens[k]) ? tokens[k]!.lower : '');
  if (t.lower === 'one' && word(j - 1) === 'no') return { start: j - 1, end: j };
  if ((t.lower === 'everyone' || t.lower === 'everybody') && ['almost', 'nearly', 'virtually'].includes(word(j - 1))) return { start: j - 1, end: j };
  if (word(j - 1) === 'of' && PARTITIVE.has(word(j - 2))) return { start: j - 2, end: j };
  return null;
}

/**
 * "Tom Reyes, a pilot who sailed the ferry for years, said that…", "Ana Ortiz, director of ports for Marlow, a
 * small shipping town, said": when no other rule reads the clause before the comma of a cue, a name or a phrase
 * that names someone opening the clause, with what the commas after it add, up to that comma.
 */
export function looseApposition(ctx: Context, j: number, sStart: number): Range | null {
  const { tokens } = ctx;
  let start = sStart;
  for (let k = j - 1; k > sStart; k -= 1) {
    if (tokens[k]!.type !== 'quote') continue;
    if (isComma(tokens[k - 1]) || SENTENCE_FINAL.has(tokens[k - 1]!.text)) start = k + 1;
    break;
  }
  return looseAppositionFrom(ctx, j, start);
}

function looseAppositionFrom(ctx: Context, j: number, start: number): Range | null {
  const { tokens } = ctx;
  if (j - start > 45) return null;
  let first = -1;
  for (let k = start; k < j; k += 1) {
    const t = tokens[k]!;
    // Not a clause ("A pilot for years, she now runs the port and, since May,") nor an adverb set off ("Reyes, meanwhile, who…").
    if (t.text === ';' || t.text === ':' || (isWord(t) && SUBJECTS.has(t.lower)) || (isComma(t) && isAdverb(tokens[k + 1]) && isComma(tokens[k + 2]))) return null;
    if (first === -1 && isComma(t)) first = k;
  }
  if (first <= start) return null;
  const head = phraseEndingAt(ctx, first - 1, start);
  if (head !== null && head.start === start && sourceLike(tokens, head)) return { start, end: j - 1 };
  // "Last week, Tom Reyes, …, wrote", "As Tom Reyes, a pilot for …, noted": after an introduction.
  const opener = tokens[start]!;
  if (!isWord(opener) || !(INTRODUCERS.has(opener.lower) || sentenceAdverb(opener) || G.timeLead.has(opener.lower) || opener.lower === 'just')) return null;
  const next = opener.lower === 'as' && !isComma(tokens[start + 2]) ? start + 1 : first + 1;
  return next < j && tokens[next]!.cap ? looseAppositionFrom(ctx, j, next) : null;
}

/**
 * "Pilots in the two northern towns — Marlow and Eastby — said": when the dash rule finds no phrase, a subject opening
 * the sentence with no verb in it keeps what the dashes set off.
 */
export function looseDashes(ctx: Context, j: number, sStart: number): Range | null {
  const { tokens } = ctx;
  const dash = tokens[j]!.text;
  // The source runs from the start of the sentence: past MAX_PHRASE_TOKENS it is none (see findSource), and each dash of a long
  // run ("— said — said…") looked over the sentence from its start, time growing with the square of its length.
  if (j - sStart > MAX_PHRASE_TOKENS) return null;
  for (let d = j - 2; d > sStart && d > j - 40; d -= 1) {
    if (tokens[d]!.text !== dash) continue;
    const end = dash === '-' && tokens[d - 1]?.text === '-' ? d - 2 : d - 1;
    const r = { start: sStart, end };
    // Not a clause ("But it shows that the mayor - who…") nor a relative clause between the dashes.
    for (let k = sStart; k < j; k += 1) if (isWord(tokens[k]) && (SUBJECTS.has(tokens[k]!.lower) || isRelative(tokens[k]) || tokens[k]!.lower === 'that')) return null;
    return end > sStart && tokens[sStart]!.cap && noVerbBetween(tokens, sStart, end) && !hasComma(tokens, sStart, end) && sourceLike(tokens, r) ? { start: sStart, end: dash === '-' && tokens[j - 1]?.text === '-' ? j - 2 : j - 1 } : null;
  }
  return null;
}

/**
 * "Leaked documents show", "the restructuring experts say", "after leaked emails showed": a participle
 * used as an adjective before the head, where the phrase opens its clause, belongs to the source.
 */
export function withParticipleBefore(tokens: readonly Token[], r: Range, sStart: number): Range {
  const w = tokens[r.start - 1];
  if (r.start - 1 < sStart || !isWord(w) || !/(?:ed|ing)$/u.test(w.lower) || G.auxiliaries.has(w.lower) || VERB_CUE_FORMS.has(w.lower) || isDeterminer(tokens[r.start]) || (tokens[r.start]!.cap && !w.cap)) return r;
  if (opensClauseAfter(tokens, r.start - 2, sStart)) return { start: r.start - 1, end: r.end };
  const before = tokens[r.start - 2];
  if (isDeterminer(before) && before!.lower !== 'that' && opensClauseAfter(tokens, r.start - 3, sStart)) return { start: r.start - 2, end: r.end };
  return r;
}

/** Does a clause open right after token k (the sentence start, a quotation mark, a comma, "but", "after")? */
function opensClauseAfter(tokens: readonly Token[], k: number, sStart: number): boolean {
  const t = tokens[k];
  return k < sStart || t?.type === 'quote' || isComma(t) || (isWord(t) && (OPENS_CLAUSE.has(t.lower) || SUBORDINATORS.has(t.lower)));
}

/** "one of Mrs. Ortiz's advisers pointed out", "Most of the pilots' families say": the share opening the clause stays. */
export function withPartitive(tokens: readonly Token[], r: Range, sStart: number): Range {
  const k = r.start - 2;
  const share = tokens[k];
  if (k < sStart || !isWord(tokens[r.start - 1]) || tokens[r.start - 1]!.lower !== 'of' || !(isWord(share) && (PARTITIVE.has(share.lower) || isNumberWordToken(share)))) return r;
  return opensClauseAfter(tokens, k - 1, sStart) ? { start: k, end: r.end } : r;
}

const HEDGES_BEFORE = new Set(['nearly', 'almost', 'about', 'roughly', 'approximately', 'virtually', 'around']);

const FRACTIONS = /^(?:half|third|thirds|quarter|quarters|fifth|fifths|one-third|two-thirds|one-half|three-fourths|three-quarters|one-quarter|majority|minority|plurality)$/u;

/** "nearly two-thirds of voters", "at least half of voters", "as many as 40 percent of them": a figure keeps its hedge. */
export function withHedge(tokens: readonly Token[], r: Range, sStart: number): Range {
  const first = tokens[r.start]!;
  const word = (k: number) => (k >= sStart && isWord(tokens[k]) ? tokens[k]!.lower : '');
  if ((first.lower === 'least' || first.lower === 'most') && word(r.start - 1) === 'at' && r.end > r.start) return { start: r.start - 1, end: r.end };
  const counted = first.type === 'num' || isNumberWordToken(first) || (isWord(first) && (FRACTIONS.test(first.lower) || first.lower === 'all' || NUMBER_UNITS.has(first.lower.split('-')[0]!)));
  if (!counted) return r;
  const k = r.start;
  if (HEDGES_BEFORE.has(word(k - 1))) return { start: k - 1, end: r.end };
  if (word(k - 2) === 'at' && (word(k - 1) === 'least' || word(k - 1) === 'most')) return { start: k - 2, end: r.end };
  if (word(k - 3) === 'as' && (word(k - 2) === 'many' || word(k - 2) === 'much') && word(k - 1) === 'as') return { start: k - 3, end: r.end };
  return r;
}

/** Nouns that an object relative clause without "that" follows ("a tactic Ortiz hopes", "the reason many skippers stayed away"). */
const GAP_NOUNS = new Set(['reason', 'reasons', 'kind', 'sort', 'type', 'way', 'ways', 'moment', 'word', 'words', 'tactic', 'tactics', 'strategy', 'message', 'place', 'thing', 'things', 'argument', 'arguments', 'point', 'defeat', 'outcome', 'policy', 'policies', 'plan', 'idea', 'issue', 'issues', 'ones', 'columns', 'proposal', 'approach', 'future', 'choice', 'line', 'lines', 'story', 'role', 'promise', 'promises', 'trend', 'trends', 'change', 'changes', 'step', 'steps', 'measure', 'measures', 'deal', 'agenda', 'vision', 'goal', 'goals', 'mistake', 'mistakes', 'problem', 'problems', 'lesson', 'lessons', 'question', 'questions', 'values', 'priorities', 'sacrifices', 'reforms']);

/**
 * "a tactic Ortiz hopes", "the moment Tom Reyes learned": the source is the subject after the noun. With `gapAfter` (the
 * cue's clause lacks its subject, "a shift Ortiz said would push the pilots away") any noun before the name is the one
 * the clause describes, not only the nouns of GAP_NOUNS.
 */
export function afterGapNoun(tokens: readonly Token[], r: Range, gapAfter = false): Range {
  for (let m = r.start; m < r.end && m < r.start + 6; m += 1) {
    const t = tokens[m]!;
    if (!isWord(t) || t.cap && m > r.start) return r;
    if ((!GAP_NOUNS.has(t.lower) && !gapAfter) || m === r.start) continue;
    const next = tokens[m + 1]!;
    // "One reason the pilots say", "two reasons Ortiz gives": a count determines the noun too.
    const determined = isDeterminer(tokens[r.start]) || isQuantifier(tokens[r.start]) || tokens[r.start]!.type === 'num' || isNumberWordToken(tokens[r.start]);
    if (determined && isWord(next) && (next.cap || isQuantifier(next))) return { start: m + 1, end: r.end };
    return r;
  }
  return r;
}

const COORDINATORS = new Set(['and', 'or', 'nor']);

/**
 * "Mayor Ortiz, Tom Reyes, and other councillors want", "Neither Lind nor Reyes
 * acknowledged", "Former Mayor Eva Lind (I) and former Mayor Nils Berg (G) announced": the
 * phrase before the cue is the last of a list that opens its clause; the source is the whole list.
 */
export function coordinatedSubject(ctx: Context, r: Range, sStart: number): Range | null {
  const { tokens } = ctx;
  const word = (k: number) => (k >= sStart && isWord(tokens[k]) ? tokens[k]!.lower : '');
  let s = r.start;
  if (word(s - 1) === 'neither' || (word(s - 1) === 'as' && word(s - 2) === 'well' && word(s - 3) === 'as')) return null;
  // "Marlow, Kellen and Port Lind support": the phrase already joins the last two items of a list.
  let joined = false;
  if (!COORDINATORS.has(word(s - 1))) {
    joined = isComma(tokens[s - 1]) && s - 2 >= sStart;
    for (let q = r.start + 1; joined && q < r.end; q += 1) if (COORDINATORS.has(word(q))) break; else if (q === r.end - 1) joined = false;
    if (!joined || r.end - r.start < 2) return null;
  }
  let k = s - 1;
  let items = 0;
  // ", and aides say" joins two clauses; ", and" joins a list only after two items ("A, B, and C").
  const serial = !joined && isComma(tokens[k - 1]);
  for (let guard = 0; guard < 8; guard += 1) {
    // k is at a link: "and", "or", "nor", or a comma, possibly ", and".
    let e = k - 1;
    if (isComma(tokens[e]) && COORDINATORS.has(word(k))) e -= 1;
    if (e < sStart) return null;
    const start = npStartBefore(tokens, e, sStart);
    if (start === -1) return null;
    // "Before the vote, Ortiz and Reyes said", "In Marlow, the pilots and the clerks say": a phrase after a preposition
    // that opens the sentence, set off by a comma, is that preposition's object, not an item of the list; the list starts
    // after the comma (not after `as`, a conjunction too: "…, as the pilots, the clerks and the crews say").
    if (isComma(tokens[k]) && start - 1 === sStart && isWord(tokens[start - 1]) && G.prepositions.has(tokens[start - 1]!.lower) && tokens[start - 1]!.lower !== 'as') break;
    s = start;
    items += 1;
    if (isComma(tokens[s - 1]) && s - 2 >= sStart && npStartBefore(tokens, s - 2, sStart) !== -1) {
      k = s - 1;
      continue;
    }
    break;
  }
  if (word(s - 1) === 'neither' || word(s - 1) === 'both' || word(s - 1) === 'either') s -= 1;
  const before = tokens[s - 1];
  const opens = s === sStart || isComma(before) || before?.type === 'quote' || before?.text === ';' || before?.text === ':' || (isWord(before) && OPENS_CLAUSE.has(before.lower));
  // Not "Yesterday, Ortiz and Reyes said", "Regardless, …": a time or an adverb opening the sentence is no item.
  if (joined && (isTimeWord(tokens[s]) || sentenceAdverb(tokens[s]) || !(tokens[s]!.cap || isDeterminer(tokens[s]) || isQuantifier(tokens[s])))) return null;
  return opens && items > (serial ? 1 : 0) ? { start: s, end: r.end } : null;
}

const APPOSITION_ADVERBS = new Set(['now', 'then', 'once', 'formerly', 'long', 'also', 'still', 'later', 'previously']);
