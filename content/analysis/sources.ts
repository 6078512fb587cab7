/**
 * Finding the source of each attribution cue: before it ("X said"), after it ("said X",
 * "according to X"), through a relative pronoun ("X, which said"), across appositions and
 * relative clauses, or shared with an earlier cue in the clause ("…, adding that"). Pure. This
 * module chooses among the ways; they live beside it: phrase edges before a cue
 * (`source-phrases.ts`), sources after it (`source-after-cue.ts`), clause subjects and shared
 * subjects (`source-subjects.ts`), and the context and clause tests they all read
 * (`source-clauses.ts`).
 */
import type { CueCandidate } from './cues';
import { POSSESSIVE_PRONOUNS } from './cue-contexts';
import { G, OFFICIAL_HEADS, VAGUE_HEADS } from './lexicon';
import { MAX_PHRASE_TOKENS, npForward, skipAdverbialsLeft, type Range } from './noun-phrases';
import { invertedAside, invertedTail, quotedTitleBefore, sourceClosingSentence, thatAfterAt, toClauseEnd, toSentenceEnd, wholeClauseAfter, withNamedExamples, withoutAside } from './source-after-cue';
import { type Context, finiteVerb, INVERTING, isNumberWordToken, sentenceAdverb, sentenceBounds, sourceLike, SUBJECTS, VERB_CUE_FORMS } from './source-clauses';
import { acrossParticiple, acrossRelativeClause, afterGapNoun, appositionAfterIntroduction, beforeComma, betweenDashes, coordinatedSubject, longApposition, looseApposition, looseDashes, phraseEndingAt, pronounWithItsQuantity, reducedRelative, relativeAntecedent, relativeStandsFor, subjectOpeningClause, thoseWithShare, withHedge, withParticipleBefore, withPartitive } from './source-phrases';
import { afterThen, clauseSubject, mainSubjectAfterParticiple, sharedSubject } from './source-subjects';
import type { Token } from './tokens';
import { isAdverb, isComma, isDeterminer, isNominal, isPoll, isQuantifier, isPronoun, isRelative, isTimeWord, isVerbLike, isWord } from './word-classes';

const FLOATING = new Set(['both', 'all', 'each']);

/** Participles naming the people a survey asked ("the pilots polled"). */
// "The pilots involved say", "the families affected say": a participle after the people it picks out, as "surveyed" does.
const SURVEYED = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'sampled', 'involved', 'contacted', 'consulted', 'affected']);

/** Modals that are also given names or surnames ("Will", "May"). */
const NAME_MODALS = new Set(['will', 'may']);

/** Adverbs between an auxiliary and its verb that the adverb rules do not know ("has since said", "have twice protested"). */
const AFTER_AUXILIARY = new Set(['since', 'then', 'twice', 'sometimes']);

/**
 * "Lindqvist, who has long branded the levy “theft,” argued", "Ana Ortiz, a skipper nicknamed “Salty,” told": a few quoted
 * words close the comma-set-off clause or apposition of the subject right before the cue (the quotation opens after a
 * word of that clause, so the cue does not close it). The source is read as without the marks: the name alone when
 * the clause is a `who`/`which` clause with a report of its own, else the name with its clause or apposition.
 */
function quotedWordsEndingSubject(ctx: Context, cueStart: number, sStart: number): Range | null {
  const { tokens } = ctx;
  const close = cueStart - 1;
  if (close - 3 < sStart || tokens[close]!.type !== 'quote' || !isComma(tokens[close - 1])) return null;
  let open = close - 2;
  while (open > sStart && open > close - 10 && tokens[open]!.type !== 'quote' && isWord(tokens[open])) open -= 1;
  if (open <= sStart + 2 || tokens[open]!.type !== 'quote' || !isWord(tokens[open - 1])) return null;
  let p = open - 1;
  while (p > sStart && p > open - 25 && !isComma(tokens[p]) && isWord(tokens[p])) p -= 1;
  if (p <= sStart || !isComma(tokens[p])) return null;
  const first = tokens[p + 1]!;
  const relative = first.lower === 'who' || first.lower === 'which';
  if (!relative && !isDeterminer(first)) return null;
  const head = phraseEndingAt(ctx, p - 1, sStart);
  if (head === null || !sourceLike(tokens, head)) return null;
  if (!(head.start === sStart || isComma(tokens[head.start - 1]))) return null;
  let reports = false;
  for (let k = p + 2; k < open; k += 1) if (VERB_CUE_FORMS.has(tokens[k]!.lower)) reports = true;
  return relative && reports ? head : { start: head.start, end: close - 2 };
}

/** "last week", "this month", "in December", "Tuesday": tokens from `from` to `to` are exactly a time. */
function timeAfterPoll(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 2 || !isTimeWord(tokens[to])) return false;
  for (let k = from; k < to; k += 1) if (!(isWord(tokens[k]) && ['last', 'this', 'in', 'earlier', 'early', 'late'].includes(tokens[k]!.lower))) return false;
  return true;
}

// "The lawsuit filed Friday claims", "A letter sent last week says": as "released Sunday".
const RELEASED = new Set(['released', 'conducted', 'published', 'taken', 'issued', 'out', 'filed', 'sent']);

/** "released Sunday", "conducted last week": the end of a participle and its time starting at k, or null. */
function releasedWhen(tokens: readonly Token[], k: number, limit: number): number | null {
  if (!isWord(tokens[k]) || !RELEASED.has(tokens[k]!.lower)) return null;
  let q = k + 1;
  // "released Sunday", "released last week"; not "released on Monday" (annotators end the source before "on").
  while (q <= limit && isWord(tokens[q]) && ['last', 'this', 'next', 'late', 'early', 'earlier', 'the', 'same', 'previous'].includes(tokens[q]!.lower)) q += 1;
  if (q > limit || !isTimeWord(tokens[q])) return null;
  while (q + 1 <= limit && (isTimeWord(tokens[q + 1]) || (tokens[q + 1]!.type === 'num' && isTimeWord(tokens[q])))) q += 1;
  return q;
}

/** "two local officials", "people familiar with the matter": a phrase whose head names people. */
function namesPeople(tokens: readonly Token[], r: Range): boolean {
  for (let k = r.start; k <= r.end; k += 1) {
    const w = tokens[k]!.lower;
    if (OFFICIAL_HEADS.has(w) || VAGUE_HEADS.has(w)) return true;
  }
  return false;
}

/** The source of one cue, given the sources already found for earlier cues. */
export function findSource(ctx: Context, cue: CueCandidate, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>): Range | null {
  const r = sourceOf(ctx, cue, earlier);
  // A source runs at most MAX_PHRASE_TOKENS tokens (the longest on PolNeAR has 39 words): "according to" repeated
  // thousands of times in one sentence gave each cue the rest of the sentence as its source, an analysis whose size
  // grew with the square of the text's (26,000 characters: 26 MB), to be copied to the page.
  return r && r.end - r.start >= MAX_PHRASE_TOKENS ? null : r;
}

function sourceOf(ctx: Context, cue: CueCandidate, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>): Range | null {
  const r = findSourceInner(ctx, cue, earlier);
  // "Many pilots today argue", "The union today agrees": "today" between the subject and its verb stays in the
  // source (train gold: 7 times in the source, twice left out; weekdays and "this week" go both ways).
  const w = ctx.tokens[cue.start - 1];
  if (r && r.end === cue.start - 2 && isWord(w) && w.lower === 'today') return { start: r.start, end: cue.start - 1 };
  // "A reporter for Marlow Today spotted Ortiz and reported…", "…, reports Marlow Today.": a capitalised `Today` right
  // after a capitalised word names a paper or a show, not a time (PolNeAR train cue fp −1, source tp +1 fp −2, dev source
  // tp +1 fp −1; the gold never ends such a name before it).
  const today = r ? ctx.tokens[r.end + 1] : undefined;
  if (r && today !== undefined && r.end + 1 !== cue.start && (today.text === 'Today' || today.text === 'TODAY') && today.sent === ctx.tokens[r.end]!.sent && isWord(ctx.tokens[r.end]) && ctx.tokens[r.end]!.cap) return { start: r.start, end: r.end + 1 };
  return r ? (frontedDescriptionName(ctx.tokens, r, cue) ?? r) : r;
}

const NAME_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

/**
 * "A lifelong sailor, Lindqvist said", "A critic of the levy, Mr. Dalby argued": a description opening with a
 * determiner, set off before a lone surname (or a title and a surname) right before the cue, is fronted; the source is
 * the name. Not a full name ("The party chairman, Ana Ortiz, said" keeps its title apposition) nor a place after its town
 * ("a woman in Marlow, Maine").
 */
function frontedDescriptionName(tokens: readonly Token[], r: Range, cue: CueCandidate): Range | null {
  if (r.end !== cue.start - 1 || !isDeterminer(tokens[r.start])) return null;
  const titled = r.end - 2 > r.start && NAME_TITLES.has(tokens[r.end - 1]!.lower);
  const name = titled ? r.end - 1 : r.end;
  const comma = tokens[name - 1];
  const last = tokens[r.end]!;
  if (!isComma(comma) || name - 2 < r.start || !isWord(last) || !last.cap || isPronoun(last)) return null;
  const before = tokens[name - 2]!;
  if (!titled && (!isWord(before) || before.cap)) return null;
  return { start: name, end: r.end };
}

/** Words that end the givers of support or criticism: what it is about or for, and when ("from the pilots to his plan"). */
const GIVERS_END = new Set(['but', 'to', 'about', 'over', 'for', 'against', 'after', 'before', 'when', 'while', 'because', 'since', 'despite', 'amid']);

/**
 * "from the pilots as well", "from the pilots but lost the union", "from the pilots to his plan", "of the union on
 * Friday", "of millions by promising…": a source read to the end of its clause stops before "as well", a word in
 * GIVERS_END, a preposition before a time or a participle, and a relative "that" or a relative clause with a reporting
 * verb ("from 12 percent who say…", a report of its own). A "who" clause that describes the givers stays whole ("from
 * skippers who sail the route in winter").
 */
function beforeAside(tokens: readonly Token[], r: Range): Range {
  for (let k = r.start + 1; k <= r.end; k += 1) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // "from those who said…": after "those" the clause says who they are, whatever its verb.
    if (t.lower === 'who' && (tokens[k - 1]!.lower === 'those' || !(isWord(next) && VERB_CUE_FORMS.has(next.lower)))) return r;
    const relative = t.lower === 'that' || t.lower === 'who';
    const aside = GIVERS_END.has(t.lower) || (t.lower === 'as' && next?.lower === 'well') || (G.prepositions.has(t.lower) && (isTimeWord(next) || /ing$/u.test(next?.lower ?? '')));
    if (relative || aside) return { start: r.start, end: k - 1 };
  }
  return r;
}

/**
 * "from Marlow, Sivrice and two other ports.", "of the pilots’ union, Reyes and Lind, as…", "from older skippers, especially
 * those on the night ferry,": after a comma, a short list or name (no verb, no pronoun, up to the next comma or the end
 * of the sentence) or a phrase opening with "especially" or "including" adds to the givers and stays in the source.
 */
function withAddedGivers(tokens: readonly Token[], r: Range, sEnd: number): Range {
  if (!isComma(tokens[r.end + 1])) return r;
  const from = r.end + 2;
  let k = from - 1;
  while (k + 1 <= sEnd && k + 1 < from + 8 && isWord(tokens[k + 1])) {
    const w = tokens[k + 1]!;
    if (isPronoun(w) || POSSESSIVE_PRONOUNS.has(w.lower) || (isVerbLike(w) && !w.lower.endsWith('ing'))) return r;
    k += 1;
  }
  const after = tokens[k + 1];
  if (k < from || !(after === undefined || k + 1 > sEnd || isComma(after) || SENTENCE_FINAL_MARKS.has(after.text))) return r;
  const words = tokens.slice(from, k + 1);
  const list = words.some((w) => w.lower === 'and' || w.lower === 'or') || words.every((w) => w.cap);
  const added = ['especially', 'including', 'notably', 'particularly'].includes(tokens[from]!.lower);
  return list || added ? { start: r.start, end: k } : r;
}

const SENTENCE_FINAL_MARKS = new Set(['.', '!', '?']);

const GAP_MODALS = new Set(['could', 'would', 'will', 'may', 'might', 'can', 'should', 'must']);

/**
 * "was echoed by the union and pilots across the state.", "was never loved by his crew or the public,": a passive's
 * agent joined by "and" or "or" to a second phrase that ends the clause is one source.
 */
function agentsJoined(tokens: readonly Token[], r: Range, sEnd: number): Range {
  const and = tokens[r.end + 1];
  if (!isWord(and) || !(and.lower === 'and' || and.lower === 'or') || r.end + 2 > sEnd) return r;
  const second = npForward(tokens, r.end + 2, sEnd, { appositions: false, participleTail: false });
  const after = second ? tokens[second.end + 1] : undefined;
  if (!second || !(after === undefined || second.end + 1 > sEnd || isComma(after) || SENTENCE_FINAL_MARKS.has(after.text))) return r;
  return { start: r.start, end: second.end };
}

function findSourceInner(ctx: Context, cue: CueCandidate, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>): Range | null {
  const { tokens } = ctx;
  const { start: sStart, end: sEnd } = sentenceBounds(ctx, cue.start);
  if (cue.kind === 'adverb') return null;
  // "Despite complaints that…" has no source; "his complaints that…" has the possessive pronoun.
  if (cue.kind === 'phrase' && cue.lemma === 'complain') {
    const p = tokens[cue.start - 1];
    return cue.start - 1 >= sStart && isWord(p) && POSSESSIVE_PRONOUNS.has(p.lower) ? { start: cue.start - 1, end: cue.start - 1 } : null;
  }
  // "has drawn criticism from skippers who sail the route", "received support from about seven in 10 pilots in the
  // port": who gave the support or criticism, read like a source after "according to", up to the end of its clause.
  if (cue.sourceFrom !== undefined) {
    const r = npForward(tokens, cue.sourceFrom, sEnd, { appositions: true, participleTail: false, appositionEndsSentence: true });
    const whole = r ? toClauseEnd(tokens, r, sEnd) : wholeClauseAfter(tokens, cue.sourceFrom, sEnd);
    return whole ? withAddedGivers(tokens, beforeAside(tokens, whole), sEnd) : null;
  }
  if (cue.kind === 'phrase' && cue.sourceAfter) {
    // "According to the poll, Ortiz leads.": at the start of its sentence the phrase is followed by the report, not an apposition.
    const r = npForward(tokens, cue.end + 1, sEnd, { appositions: cue.start > sStart, participleTail: false, appositionEndsSentence: true });
    // "in a Marlow Herald poll released on Monday": the poll, up to its head word.
    if (r && cue.lemma === 'in') {
      let head = r.end;
      while (head > r.start && !['poll', 'survey', 'polls', 'surveys'].includes(tokens[head]!.lower)) head -= 1;
      const released = releasedWhen(tokens, head + 1, sEnd);
      if (released !== null) return { start: r.start, end: released };
      // "in the latest Harbour Radio poll, conducted in May, the mayor led", "In the new Harbour Gazette poll, taken in
      // early May, 40 percent…": how and when the poll was made, between commas right after it, stays in its source.
      if (isComma(tokens[head + 1]) && isWord(tokens[head + 2]) && RELEASED.has(tokens[head + 2]!.lower)) {
        let c = head + 3;
        while (c <= sEnd && c < head + 15 && !isComma(tokens[c]) && tokens[c]!.type !== 'quote') c += 1;
        if (c <= sEnd && isComma(tokens[c])) return { start: r.start, end: c - 1 };
      }
      // "in a Harbour Gazette poll last month"
      let end = head + 1;
      while (end <= sEnd && end < head + 4 && !timeAfterPoll(tokens, head + 1, end)) end += 1;
      return { start: r.start, end: end <= sEnd && end < head + 4 ? end : head };
    }
    // "according to a Marlow Herald poll taken last week", "according to skippers who spoke with
    // reporters afterward": what describes the source runs on to the end of the clause.
    if (r && cue.lemma === 'according to') {
      // "According to Ana Ortiz, the harbour master, the pier will close": an opening name keeps its apposition
      // when the report follows it after a second comma.
      const named = cue.start === sStart && tokens[r.end]!.cap ? npForward(tokens, cue.end + 1, sEnd, { appositions: true, participleTail: false }) : null;
      const whole = toClauseEnd(tokens, named ?? r, sEnd);
      return cue.start > sStart ? withNamedExamples(tokens, toSentenceEnd(tokens, whole, true, sEnd), sEnd) : whole;
    }
    // "according to him", "according to someone in the room": a pronoun, with what describes it up to the clause end.
    if (r === null && cue.lemma === 'according to' && cue.end + 1 <= sEnd && isPronoun(tokens[cue.end + 1])) return toClauseEnd(tokens, { start: cue.end + 1, end: cue.end + 1 }, sEnd);
    // "To them, it signals…", "To many, …": the lone word the cue rules took as the person whose view follows.
    if (r === null && cue.lemma === 'to' && cue.end + 2 <= sEnd && isWord(tokens[cue.end + 1]) && isComma(tokens[cue.end + 2])) return { start: cue.end + 1, end: cue.end + 1 };
    // "according to ''Harbour Days,'' by Tom Reyes", "according to a ''safe harbour'' pledge by the union": a phrase the noun-phrase
    // rules cannot read (a quoted title, a quotation inside it) runs to the end of its clause.
    if (r === null && cue.lemma === 'according to') return wholeClauseAfter(tokens, cue.end + 1, sEnd);
    return r && sourceLike(tokens, r) ? r : r && cue.lemma === 'according to' ? r : null;
  }
  // "a view endorsed by the 300 pilots on the pier", "The harbour levy, opposed by the
  // skippers' union,", "When asked by a reporter": a participle with its agent after "by".
  const participleBy = cue.kind === 'verb' && /ed$/u.test(tokens[cue.end]!.lower) && !G.auxiliaries.has(tokens[cue.start]!.lower) && isWord(tokens[cue.end + 1]) && tokens[cue.end + 1]!.lower === 'by' && !/ing$/u.test(tokens[cue.end + 2]?.lower ?? '');
  // "She claimed at the hearing", "Harbour Radio reported at least six": a past form before "at" read as a reduced passive
  // ("damage estimated at $30 billion") is active after a subject pronoun or a name.
  const left = tokens[cue.start - 1];
  const activeBeforeAt = cue.passive && cue.start === cue.end && tokens[cue.end + 1]?.lower === 'at' && cue.start - 1 >= sStart && ((isWord(left) && ((isPronoun(left) && SUBJECTS.has(left.lower)) || (left.cap && isNominal(left) && cue.start - 1 > sStart))) || thatAfterAt(tokens, cue.end + 2, sEnd));
  // "The mayor is assured of a second term": "is assured of" says where its subject stands; the subject is the source.
  const standsOf = cue.passive && cue.lemma === 'assure' && tokens[cue.end]!.lower === 'of';
  if ((cue.passive && !activeBeforeAt && !standsOf) || participleBy) {
    // The agent after "by", also when the cue keeps its "by" ("was first reported by the Marlow Herald"), with an
    // apposition that ends the sentence ("…, a fact first reported by Ana Ortiz, a reporter for the Herald.").
    const byAt = tokens[cue.end]!.lower === 'by' ? cue.end : isWord(tokens[cue.end + 1]) && tokens[cue.end + 1]!.lower === 'by' ? cue.end + 1 : -1;
    if (byAt !== -1) {
      // "was criticised by many of the skippers": a quantifier before `of` leads the agent.
      const partOf = (isQuantifier(tokens[byAt + 1]) || isNumberWordToken(tokens[byAt + 1])) && tokens[byAt + 2]?.lower === 'of' ? 2 : 0;
      const rest = npForward(tokens, byAt + 1 + partOf, sEnd, { appositions: true, participleTail: false, appositionEndsSentence: true });
      const first = rest && partOf > 0 ? { start: byAt + 1, end: rest.end } : rest;
      const r = first ? agentsJoined(tokens, first, sEnd) : first;
      return r && (sourceLike(tokens, r) || isDeterminer(tokens[r.start]) || isQuantifier(tokens[r.start])) && !isTimeWord(tokens[r.end]) ? withNamedExamples(tokens, r, sEnd) : null;
    }
    return null;
  }
  if (cue.sourceAfter) {
    if (cue.lemma === 'anger') return angeredOnes(tokens, cue.end, sEnd);
    const r = npForward(tokens, cue.end + 1, sEnd, { appositions: false, participleTail: false });
    // "Lind said, citing low ferry traffic", "by citing a poll": after a comma or a preposition
    // "citing" reports what its clause's subject cites, unless it names the people it relies on
    // ("Harbour Wire, citing two local pilots"); a chain ("reports citing the Gazette") keeps what follows.
    const citer = cue.lemma === 'cite' && !isNominal(tokens[cue.start - 1]) && !(r && namesPeople(tokens, r));
    if (!citer) return r && sourceLike(tokens, r) ? r : null;
    return sharedSubject(ctx, cue, earlier);
  }
  // "with 50 percent of voters saying": the phrase after "with".
  if (cue.subjectFrom !== undefined) return { start: cue.subjectFrom, end: cue.start - 1 };
  const main = cue.kind === 'verb' ? mainSubjectAfterParticiple(ctx, cue, sStart, sEnd) : null;
  if (main) return main;
  if (cue.sharesSubject || (cue.kind === 'verb' && !cue.inverted && !cue.passive && afterThen(tokens, cue.start, sStart))) return sharedSubject(ctx, cue, earlier);
  // "Ana Ortiz, a host of “The Harbour Hour,” said": the comma and the closing mark end a quoted title in the
  // source's apposition, not a quotation the cue closes.
  const titled = quotedTitleBefore(ctx, cue.start, sStart);
  if (titled) return titled;
  const quotedEnd = quotedWordsEndingSubject(ctx, cue.start, sStart);
  if (quotedEnd) return quotedEnd;
  // "Ortiz, meanwhile, told reporters": an adverb set off by commas sits between the subject and its verb.
  const setOff = cue.inverted ? skipAdverbialsLeft(tokens, cue.start - 1, sStart) : -1;
  const adverbBetween = setOff >= sStart && setOff < cue.start - 1 && isComma(tokens[setOff + 1]) && isNominal(tokens[setOff]) && !isComma(tokens[setOff]);
  if (cue.inverted && !adverbBetween) {
    // "Priya Raman, an analyst, said the company…" is not inverted: try the apposition first.
    const left = skipAdverbialsLeft(tokens, cue.start - 1, sStart);
    // "The mayor will face a long wait for the new ferry, keeping the crews idle, said Tom Reyes, a pilot.": "said" after a comma,
    // followed by a phrase that names someone and runs, with what describes it, to the full stop, has its source after
    // it, not before the comma (not "said the pilots were late": a verb follows the phrase).
    const closing = cue.lemma === 'say' && left >= sStart && isComma(tokens[left]) ? sourceClosingSentence(ctx, cue, sEnd) : null;
    if (closing) return closing;
    if (left >= sStart && isComma(tokens[left])) {
      const before = beforeComma(ctx, left, sStart) ?? longApposition(ctx, left, sStart) ?? appositionAfterIntroduction(ctx, left, sStart);
      if (before) return before;
    }
    // "Councillor Eva Lind, a close adviser to Ortiz, told Harbour Wire": after most verbs the phrase that
    // follows is their object; only verbs of saying put their source after them ("…,” said X").
    // "“Keep the ferry running,” read the notice": "read" right after a closing quotation mark has its document after it.
    const readsAfterQuote = cue.lemma === 'read' && tokens[cue.start - 1]?.type === 'quote';
    if (!INVERTING.has(cue.lemma) && !readsAfterQuote) return left >= sStart && isComma(tokens[left]) ? clauseSubject(ctx, cue.start) : null;
    const r = npForward(tokens, cue.end + 1, sEnd, { appositions: true, participleTail: true });
    // "“…,” tweeted another.": "another" alone after the cue stands for one more person, as before it; so does "one" right
    // after a quotation ("“Shut the pier,” read one.": one of the signs or letters named before).
    const after = tokens[cue.end + 1];
    if (r === null && isWord(after) && (after.lower === 'another' || (after.lower === 'one' && tokens[cue.start - 1]?.type === 'quote')) && cue.end + 1 <= sEnd && !isNominal(tokens[cue.end + 2])) return { start: cue.end + 1, end: cue.end + 1 };
    // "Tom Reyes, dressed in his oilskins, said the ferry was late": the phrase after the cue is the subject of
    // what is said (a verb follows it), so the source is the subject before the comma.
    if (r && left >= sStart && isComma(tokens[left]) && tokens[cue.start - 1]?.type !== 'quote' && finiteVerb(tokens[r.end + 1])) return clauseSubject(ctx, cue.start);
    return r ? invertedTail(ctx, invertedAside(tokens, r, cue.lemma), sEnd) : r;
  }
  // "Few cheers came as she “endorsed” the toll": a verb set in quotation marks of its own (scare quotes) keeps its subject before the
  // opening mark.
  const scareQuoted = tokens[cue.start - 1]?.type === 'quote' && tokens[cue.end + 1]?.type === 'quote' && cue.start - 2 >= sStart && isWord(tokens[cue.start - 2]);
  let j = skipAdverbialsLeft(tokens, cue.start - (scareQuoted ? 2 : 1), sStart);
  // "Tom Reyes Finally Praises Ortiz": in a Title-Case headline a capitalised adverb in -ly before its capitalised verb is no part of the source.
  if (j > sStart && tokens[cue.start]!.cap && j === cue.start - 1 && sentenceAdverb(tokens[j]) && tokens[j]!.lower.endsWith('ly')) j -= 1;
  // "She has since said", "He had then argued": an auxiliary cut off from its verb by an adverb.
  if (j > sStart && isWord(tokens[j]) && AFTER_AUXILIARY.has(tokens[j]!.lower) && G.auxiliaries.has(tokens[j - 1]!.lower)) j = skipAdverbialsLeft(tokens, j - 2, sStart);
  // "Ortiz and Reyes have both argued", "have all attacked", "have in the past said", "have in fact reported"
  if (j > sStart && isWord(tokens[j]) && FLOATING.has(tokens[j]!.lower)) {
    const k = G.auxiliaries.has(tokens[j - 1]!.lower) ? j - 2 : j - 1;
    if (k >= sStart && (isNominal(tokens[k]) || isPronoun(tokens[k]))) j = k;
  } else if (j - 1 > sStart && ((tokens[j]!.lower === 'fact' && tokens[j - 1]!.lower === 'in') || (tokens[j]!.lower === 'past' && tokens[j - 1]!.lower === 'the' && tokens[j - 2]?.lower === 'in'))) {
    const k = tokens[j]!.lower === 'fact' ? j - 2 : j - 3;
    if (k >= sStart && G.auxiliaries.has(tokens[k]!.lower)) j = skipAdverbialsLeft(tokens, k - 1, sStart);
  }
  // "“…,” Winter said", "Summer wrote": a capitalised time word, preposition or adverb alone before a past form of a
  // cue, opening its clause, can only be a name.
  const lone = tokens[cue.start - 1];
  if (isWord(lone) && lone.cap && (cue.start - 1 === sStart || tokens[cue.start - 2]?.type === 'quote') && cue.start === cue.end && /(?:ed|said|told|wrote)$/u.test(tokens[cue.start]!.lower) && (isTimeWord(lone) || G.prepositions.has(lone.lower) || isAdverb(lone) || G.timeLead.has(lone.lower))) return { start: cue.start - 1, end: cue.start - 1 };
  if (j < sStart) return null;
  // "“…,” Will argued", "Dana Will argued", "Deputy Mayor Jo May announced": a capitalised "Will" or "May" right
  // before a cue is a name (the cue rules leave it out of the cue when the cue is no bare form), and ends the source.
  const modal = cue.start - 1;
  if (modal >= sStart && isWord(tokens[modal]) && tokens[modal]!.cap && NAME_MODALS.has(tokens[modal]!.lower)) {
    const before = modal - 1 >= sStart && isWord(tokens[modal - 1]) && tokens[modal - 1]!.cap ? phraseEndingAt(ctx, modal - 1, sStart) : null;
    return { start: before ? before.start : modal, end: modal };
  }
  // "A new poll released Sunday showed": the time belongs to the participle, inside the source.
  const when = j < cue.start - 1 && isWord(tokens[j]) && RELEASED.has(tokens[j]!.lower) ? releasedWhen(tokens, j, cue.start - 1) : null;
  if (when === cue.start - 1) {
    const r = phraseEndingAt(ctx, j, sStart) ?? (j > sStart ? phraseEndingAt(ctx, j - 1, sStart) : null) ?? acrossParticiple(ctx, { start: j, end: j }, sStart);
    if (r) return { start: r.start, end: when };
  }
  // "A Gazette/Herald poll in December found", "a Harbour Radio poll last week showed": the time belongs to the poll.
  if (j < cue.start - 1 && isPoll(tokens[j]) && timeAfterPoll(tokens, j + 1, cue.start - 1)) {
    const r = phraseEndingAt(ctx, j, sStart);
    if (r) return { start: r.start, end: cue.start - 1 };
  }
  const t = tokens[j]!;
  // "Those surveyed said", "31 percent of those polled say": "those" with the participle that says who they are.
  if (j > sStart && isWord(t) && !t.cap && /ed$/u.test(t.lower) && tokens[j - 1]!.lower === 'those') return { start: thoseWithShare(ctx, j - 1, sStart).start, end: j };
  // "23 percent of the pilots surveyed said", "The skippers and pilots polled said": the people a survey asked, with
  // its participle, as with "those surveyed".
  if (j > sStart && isWord(t) && !t.cap && SURVEYED.has(t.lower) && isNominal(tokens[j - 1]) && (!tokens[j - 1]!.cap || tokens[j - 1]!.lower.endsWith('s'))) {
    const asked = phraseEndingAt(ctx, j - 1, sStart);
    if (asked) {
      const whole = subjectOpeningClause(ctx, asked, sStart) ?? asked;
      const found = withHedge(tokens, withPartitive(tokens, coordinatedSubject(ctx, whole, sStart) ?? whole, sStart), sStart);
      return { start: found.start, end: j };
    }
  }
  // "Another said", "…, both of whom opposed": a determiner or quantifier standing alone for people.
  if (isWord(t) && t.lower === 'another' && (j === sStart || !isNominal(tokens[j - 1]))) return { start: j, end: j };
  if (isWord(t) && t.lower === 'whom' && j - 2 >= sStart && tokens[j - 1]!.lower === 'of' && (isQuantifier(tokens[j - 2]) || isNumberWordToken(tokens[j - 2]))) return { start: j - 2, end: j };
  // "…, 43 said the same", "39 have said": a figure opening its clause stands for the people counted before.
  const figure = t.type === 'num' ? j : t.text === '%' && tokens[j - 1]?.type === 'num' && !t.spaceBefore ? j - 1 : -1;
  if (figure !== -1 && !/^(?:1[89]|20)\d\d$/u.test(tokens[figure]!.text) && (figure === sStart || isComma(tokens[figure - 1]) || tokens[figure - 1]!.text === ':' || tokens[figure - 1]!.text === ';' || (isWord(tokens[figure - 1]) && CLAUSE_JOINERS.has(tokens[figure - 1]!.lower)))) return { start: figure, end: j };
  const counted = isPronoun(t) ? pronounWithItsQuantity(tokens, j, sStart) : null;
  if (counted !== null) return counted;
  // "Let me say that the pier is safe", "let us thank the crews": the speaker after "let" is the source.
  if (isWord(t) && (t.lower === 'me' || t.lower === 'us') && j > sStart && tokens[j - 1]!.lower === 'let') return { start: j, end: j };
  if (isPronoun(t) && !isDeterminer(t) && !['him', 'them', 'us', 'me'].includes(t.lower)) {
    // "Not everyone was praising the deal"
    const not = j > sStart && isWord(tokens[j - 1]) && tokens[j - 1]!.lower === 'not' && (t.lower === 'everyone' || t.lower === 'everybody');
    return { start: not ? j - 1 : j, end: j };
  }
  // "Barkley, who said…", "a poll that showed…": the relative pronoun is the source (its
  // antecedent gives the type, see relativeAntecedent).
  if (isRelative(t) || (isWord(t) && t.lower === 'that' && j > sStart && isNominal(tokens[j - 1]) && !isVerbLike(tokens[j - 1]))) {
    // "those who said", "18% who say", "Tom Reyes - who said": "who" stands for people whatever comes before it.
    return relativeAntecedent(ctx, j) || relativeStandsFor(ctx, j) ? { start: j, end: j } : null;
  }
  if (isComma(t)) return beforeComma(ctx, j, sStart) ?? longApposition(ctx, j, sStart) ?? appositionAfterIntroduction(ctx, j, sStart) ?? looseApposition(ctx, j, sStart);
  if (t.text === '—' || t.text === '–' || (t.text === '-' && (t.spaceBefore || tokens[j - 1]?.text === '-'))) return betweenDashes(ctx, j, sStart) ?? looseDashes(ctx, j, sStart);
  let r = phraseEndingAt(ctx, j, sStart);
  if (r === null) return null;
  // "The trouble, Frank writes, is that…": a parenthetical cue; its source is the name alone.
  if (isComma(tokens[cue.end + 1]) && r.start < j) {
    let c = j;
    while (c > r.start && !isComma(tokens[c])) c -= 1;
    if (c > r.start) r = { start: c + 1, end: r.end };
  }
  // "A statement from X said": the source is X, shared with the nominal cue.
  for (let n = earlier.length - 1; n >= 0; n -= 1) {
    const e = earlier[n]!;
    // The earlier cues come in text order, each ending after the one before (findCues goes on past a cue's end) and none
    // starting after its end: once one ends before r, every one before it starts before r too, and none can be inside.
    if (e.cue.end < r.start) break;
    if (e.cue.kind === 'phrase' && e.cue.start >= r.start && e.cue.end <= r.end && e.source) return e.source;
  }
  const stop = tokens[r.start - 1];
  if (stop !== undefined && r.start - 1 >= sStart && isWord(stop) && (isVerbLike(stop) || (G.prepositions.has(stop.lower) && !isTimeWord(tokens[r.start])))) {
    const across = acrossRelativeClause(ctx, r.start - 1, r.end, sStart) ?? acrossParticiple(ctx, r, sStart) ?? reducedRelative(ctx, r, sStart);
    if (across) return across;
  } else if (stop !== undefined && r.start - 1 >= sStart && isWord(stop) && !stop.cap) {
    // "31 percent of those who backed a skipper said", "Pilots who watched the Saturday meeting said"
    const across = acrossRelativeClause(ctx, r.start - 1, r.end, sStart, true);
    if (across) return across;
  }
  const whole = subjectOpeningClause(ctx, r, sStart) ?? r;
  // "a shift Ortiz said would push the pilots away": a modal right after the verb opens a clause with no subject.
  const gapAfter = cue.kind === 'verb' && isWord(tokens[cue.end + 1]) && GAP_MODALS.has(tokens[cue.end + 1]!.lower);
  const found = withHedge(tokens, withPartitive(tokens, withParticipleBefore(tokens, withoutAside(tokens, afterGapNoun(tokens, coordinatedSubject(ctx, whole, sStart) ?? whole, gapAfter)), sStart), sStart), sStart);
  return reducedPassive(tokens, cue, found, sStart) ? null : found;
}

/**
 * "ahead of a ruling expected in March", "are the skippers formally named as", "a levy announced
 * earlier this year.": a past participle right after a phrase that is the object of a verb or a preposition
 * describes that phrase (a reduced passive), with no source, unless an object follows it.
 */
const GOVERNING = new Set(['of', 'in', 'on', 'for', 'with', 'about', 'from', 'into', 'among', 'under', 'at', 'to', 'are', 'were', 'is', 'was']);

function reducedPassive(tokens: readonly Token[], cue: CueCandidate, r: Range, sStart: number): boolean {
  const verb = tokens[cue.end]!;
  if (cue.kind !== 'verb' || !/ed$/u.test(verb.lower) || r.end !== cue.start - 1 || r.start - 1 < sStart) return false;
  for (let k = cue.start; k < cue.end; k += 1) if (!isAdverb(tokens[k])) return false;
  const before = tokens[r.start - 1]!;
  // A preposition opening the sentence governs too ("At a meeting billed as…", "In new ads announced Monday, …").
  const governed = isWord(before) && (!before.cap || r.start - 1 === sStart) && GOVERNING.has(before.lower);
  const next = tokens[cue.end + 1];
  // A time after the participle is no object ("announced Wednesday").
  const object = isWord(next) && !isTimeWord(next) && (isDeterminer(next) || isPronoun(next) || next.cap || next.lower === 'that' || isNominal(next));
  return governed && !object;
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);

const PLACE_TAIL = new Set(['on', 'in', 'across', 'from', 'at', 'of']);

/**
 * "The new fares have angered the pilots", "Her plan angered some skippers on the right": the ones angered, after the
 * verb, feel it and are the source; a preposition and its phrase that end the clause stay with them (`on the right`). Not
 * "Ortiz, angered that the vote was late, …": a clause after `angered` is what angers the phrase before it, no source here.
 */
function angeredOnes(tokens: readonly Token[], cueEnd: number, sEnd: number): Range | null {
  if (tokens[cueEnd + 1]?.lower === 'that') return null;
  const r = npForward(tokens, cueEnd + 1, sEnd, { appositions: false, participleTail: false });
  if (!r || !sourceLike(tokens, r)) return null;
  const prep = tokens[r.end + 1];
  if (!isWord(prep) || !PLACE_TAIL.has(prep.lower) || r.end + 2 > sEnd) return r;
  // "on the left", "on the right": the political sides, which npForward does not read as nouns.
  const side = tokens[r.end + 2]?.lower === 'the' && (tokens[r.end + 3]?.lower === 'left' || tokens[r.end + 3]?.lower === 'right') ? { start: r.end + 2, end: r.end + 3 } : null;
  const tail = side ?? npForward(tokens, r.end + 2, sEnd, { appositions: false, participleTail: false });
  const after = tail ? tokens[tail.end + 1] : undefined;
  return tail && (after === undefined || tail.end + 1 > sEnd || isComma(after) || SENTENCE_FINAL_MARKS.has(after.text)) ? { start: r.start, end: tail.end } : r;
}
