/**
 * Sources written after their cue: an inverted report ("said the mayor", "says a report
 * published on Monday"), a source closing its sentence, the title of a quoted work, and asides
 * left out of the source ("said in a statement"). Pure; read by `sources.ts`.
 */
import type { CueCandidate } from './cues';
import { G, PARTICIPLES_AFTER_COMMA } from './lexicon';
import { npForward, type Range } from './noun-phrases';
import { type Context, DASHES, finiteVerb, hasComma, INTRODUCERS, isNumberWordToken, SENTENCE_FINAL, sourceLike, VERB_CUE_FORMS } from './source-clauses';
import { phraseEndingAt, relativeDescribes } from './source-phrases';
import type { Token } from './tokens';
import { isComma, isNegation, isDeterminer, isNominal, isPronoun, isRelative, isTimeWord, isVerbLike, isWord } from './word-classes';

/**
 * "…,” said Nils Berg, a longtime friend who quit the union in October.": after an inverted cue the
 * source's descriptions run to the end of the sentence (the guidelines keep what identifies the
 * source), but not into a participle clause (", adding that"), a quotation or "according to".
 */
export function invertedTail(ctx: Context, r: Range, sEnd: number): Range {
  const { tokens } = ctx;
  const next = tokens[r.end + 1];
  // "said a former deputy to the harbour master", "said one pilot involved in the planning"
  const after = tokens[r.end + 2];
  const participle = isVerbLike(next) && !VERB_CUE_FORMS.has(next!.lower) && (next!.lower.endsWith('ing') || (next!.lower.endsWith('ed') && isWord(after) && G.prepositions.has(after.lower)));
  // Not "wrote Tom Reyes for the Harbour Gazette": a name writes for its paper.
  const forPaper = isWord(next) && next.lower === 'for' && tokens[r.end]!.cap;
  const describes = isWord(next) && !next.cap && !forPaper && ((TAIL_PREPOSITIONS.has(next.lower) && !STATEMENTS.has((isDeterminer(after) ? tokens[r.end + 3] : after)?.lower ?? '')) || participle);
  if (r.end >= sEnd || next === undefined || !(isComma(next) || isRelative(next) || describes || quotedTitleEnd(tokens, r.end + 1, sEnd) !== -1)) return r;
  let end = r.end;
  for (let k = r.end + 1; k <= sEnd; k += 1) {
    const t = tokens[k]!;
    // "said Ana Ortiz, the author of “The Quiet Harbour,” a book about the port": a quoted title stays in the source.
    const title = quotedTitleEnd(tokens, k, sEnd);
    if (title !== -1) {
      end = title;
      k = title;
      continue;
    }
    if (t.type === 'quote' || t.text === ';' || t.text === ':' || t.text === '(' || t.text === '—') break;
    // "said Lind, who served as harbour master for 36 years": a relative clause describing the source stays, unless it reports ("who added that").
    if (isRelative(t) && !(t.lower === 'which' && hasComma(tokens, r.start, k - 2) && relativeDescribes(tokens, k + 1, sEnd)) && !(t.lower === 'who' && relativeDescribes(tokens, k + 1, sEnd))) break;
    if (isComma(t)) {
      const after = tokens[k + 1];
      // "…, about Lind's statement": what was said is about, not who said it.
      const topic = isWord(after) && after.lower === 'about' && tokens[k + 2]?.type !== 'num' && !isNumberWordToken(tokens[k + 2]);
      // "…, but she has…", "…, would see this as…": a new clause or the verb of what was said ends the source.
      const clause = isWord(after) && (after.lower === 'but' || finiteVerb(after) || isNegation(after));
      // "…, using a phrase the mayor coined", "…, becoming the first pilot to…": a participle clause, not a
      // description ("…, managing director of the port" and "…, including" stay).
      const participle = isWord(after) && !after.cap && /ing$/u.test(after.lower) && after.lower !== 'including' && !G.nounsInIng.has(after.lower) && isVerbLike(after) && !(isNominal(tokens[k + 2]) && !isDeterminer(tokens[k + 2]) && !isPronoun(tokens[k + 2]));
      if (after === undefined || k + 1 > sEnd || topic || clause || participle || (isWord(after) && (PARTICIPLES_AFTER_COMMA.has(after.lower) || after.lower === 'according' || VERB_CUE_FORMS.has(after.lower) || INTRODUCERS.has(after.lower)))) break;
      continue;
    }
    // "said Ana Ortiz, a pilot in Marlow, Va., who…": the full stop of an abbreviation before a comma or a bracket is no sentence end.
    const abbreviation = t.text === '.' && !t.spaceBefore && k < sEnd && (tokens[k + 1]!.text === ')' || isComma(tokens[k + 1]));
    if (SENTENCE_FINAL.has(t.text) && !abbreviation) break;
    end = k;
  }
  return { start: r.start, end };
}

const TITLE_LEADS = new Set(['of', 'book', 'novel', 'memoir', 'film', 'documentary', 'titled', 'entitled']);

/**
 * "the author of ''The Quiet Harbour,''", "her memoir “Pilots”", "Reyes's “Harbour Days”": the closing mark of a
 * quoted title opening at k (after "of", a word for a work or a possessive, with a capital first word), or -1.
 */
function quotedTitleEnd(tokens: readonly Token[], k: number, sEnd: number): number {
  const prev = tokens[k - 1];
  if (tokens[k]?.type !== 'quote' || !isWord(prev) || !(TITLE_LEADS.has(prev.lower) || /[’']s$/u.test(prev.lower)) || !isWord(tokens[k + 1]) || !tokens[k + 1]!.cap) return -1;
  for (let q = k + 2; q <= sEnd && q <= k + 16; q += 1) {
    if (tokens[q]!.type === 'quote') return q;
    if (tokens[q]!.text === ';') return -1;
  }
  return -1;
}

/**
 * "Ana Ortiz, a host of “The Harbour Hour,” said", "Tom Reyes, director of the film “Salt,” argued": a quoted title closed
 * by a comma and its mark right before the cue, opened after "of", a word for a work or a possessive (see
 * quotedTitleEnd): the source is the phrase before it with the title, and the name an apposition describes.
 */
export function quotedTitleBefore(ctx: Context, cueStart: number, sStart: number): Range | null {
  const { tokens } = ctx;
  const close = cueStart - 1;
  if (close - 3 < sStart || tokens[close]!.type !== 'quote' || !isComma(tokens[close - 1])) return null;
  let open = close - 2;
  while (open > sStart && open > close - 14 && tokens[open]!.type !== 'quote') open -= 1;
  if (open <= sStart + 1 || tokens[open]!.type !== 'quote') return null;
  const lead = tokens[open - 1]!;
  if (quotedTitleEnd(tokens, open, close) !== close) return null;
  const head = lead.lower === 'of' ? open - 2 : open - 1;
  if (head < sStart) return null;
  const r = phraseEndingAt(ctx, head, sStart);
  if (r === null) return null;
  // "Ana Ortiz, a host of …": the apposition keeps the name it describes.
  const name = isComma(tokens[r.start - 1]) && r.start - 2 >= sStart && tokens[r.start - 2]!.cap ? phraseEndingAt(ctx, r.start - 2, sStart) : null;
  return { start: name && tokens[name.start]!.cap ? name.start : r.start, end: close - 2 };
}

const TAIL_PREPOSITIONS = new Set(['to', 'of', 'for', 'from', 'with', 'at', 'like']);

const STATEMENTS = new Set(['statement', 'interview', 'speech', 'tweet', 'post', 'email', 'e-mail', 'letter', 'release', 'briefing', 'conference', 'call', 'video', 'message', 'op-ed', 'column', 'appearance', 'rally', 'debate', 'event', 'radio', 'television', 'tv']);

/** The phrase r with what follows it up to the next comma, dash, quotation or the sentence end. */
export function toClauseEnd(tokens: readonly Token[], r: Range, sEnd: number): Range {
  let end = r.end;
  let relative = false;
  for (let k = r.end + 1; k <= sEnd && k < r.end + 25; k += 1) {
    const t = tokens[k]!;
    // "according to her memoir “The Quiet Harbour”": a quoted title stays in the source.
    const title = quotedTitleEnd(tokens, k, sEnd);
    if (title !== -1) {
      end = title;
      k = title;
      continue;
    }
    if (isComma(t) || t.type === 'quote' || t.text === ';' || t.text === ':' || DASHES.has(t.text) || t.text === ')' || SENTENCE_FINAL.has(t.text)) break;
    // "according to officials who spoke on condition of anonymity": a relative clause describes the source.
    if (isWord(t) && (t.lower === 'who' || t.lower === 'that') && k === end + 1) relative = true;
    // "according to two pilots who requested anonymity": a request of its own ends the source, as after an inverted cue.
    if (relative && t.lower === 'who' && tokens[k + 1]?.lower === 'requested') break;
    // "according to Marlow reports citing the Harbour Gazette": a chain, two attributions. Not a participle
    // whose agent follows ("according to ferry counts reported by the Herald", "figures reported earlier by the
    // radio"): it describes the source, which runs on.
    // "according to a pilot on the call": a cue form right after a determiner is a noun, no verb of a chain.
    if (isWord(t) && VERB_CUE_FORMS.has(t.lower) && !relative && !agentFollows(tokens, k, sEnd) && !isDeterminer(tokens[k - 1])) break;
    end = k;
  }
  return { start: r.start, end };
}

/** "reported by", "reported earlier by": a participle in -ed at k with "by" right after it or after one adverb. */
function agentFollows(tokens: readonly Token[], k: number, sEnd: number): boolean {
  if (!tokens[k]!.lower.endsWith('ed')) return false;
  const next = tokens[k + 1];
  const by = isWord(next) && (next.lower.endsWith('ly') || next.lower === 'earlier' || next.lower === 'previously') ? k + 2 : k + 1;
  return by <= sEnd && tokens[by]!.lower === 'by';
}

/**
 * "…, according to a letter from Tom Reyes, the head of the union in Marlow, Maine.": after "according to" in
 * the middle of its sentence, an apposition after a comma describes the source to the full stop, when it holds
 * no pronoun and no verb but an `-ing` form (not "…, according to the log, the crew sailed"; a relative clause
 * after the comma was right as often as wrong and stays out).
 */
export function toSentenceEnd(tokens: readonly Token[], r: Range, closing: boolean, sEnd: number): Range {
  const next = tokens[r.end + 2];
  // "…, one of the unions at the port.", "…, another former harbour master.": a count or "another" opens one too.
  if (!closing || !isComma(tokens[r.end + 1]) || !isWord(next) || !(isDeterminer(next) || isNominal(next) || next.lower === 'another' || (isNumberWordToken(next) && tokens[r.end + 3]?.lower === 'of'))) return r;
  let end = r.end + 2;
  while (end + 1 <= sEnd && !SENTENCE_FINAL.has(tokens[end + 1]!.text)) {
    const t = tokens[end + 1]!;
    if (t.type === 'quote' || t.text === ';' || t.text === ':' || DASHES.has(t.text) || isPronoun(t) || (isVerbLike(t) && !t.lower.endsWith('ing'))) return r;
    end += 1;
  }
  return end + 1 <= sEnd && end - r.end <= 30 ? { start: r.start, end } : r;
}

const NAMING_EXAMPLES = new Set(['including', 'especially', 'notably', 'particularly']);

/**
 * "according to three harbour surveys, including one by the Gazette released Monday.", "was echoed by the unions, such
 * as the pilots' guild.": after a source that closes its sentence, a phrase naming some of its members, set off by a
 * comma and running to the full stop, stays in the source (not "…, especially in winter").
 */
export function withNamedExamples(tokens: readonly Token[], r: Range, sEnd: number): Range {
  const from = r.end + 2;
  const first = tokens[from];
  if (!isComma(tokens[r.end + 1]) || !isWord(first)) return r;
  const such = first.lower === 'such' && tokens[from + 1]?.lower === 'as';
  if (!NAMING_EXAMPLES.has(first.lower) && !such) return r;
  // Not "…, especially in the early years": a phrase of when or where, no people named.
  const named = tokens[such ? from + 2 : from + 1];
  if (!isWord(named) || G.prepositions.has(named.lower)) return r;
  let end = from;
  while (end + 1 <= sEnd && !SENTENCE_FINAL.has(tokens[end + 1]!.text)) {
    const t = tokens[end + 1]!;
    if (t.type === 'quote' || t.text === ';' || t.text === ':' || DASHES.has(t.text) || end - from > 20) return r;
    end += 1;
  }
  return end + 1 <= sEnd && end > from ? { start: r.start, end } : r;
}

/**
 * "Ana Ortiz, the harbour master, predicted at a press briefing that…": the place after "at" is followed by what the
 * verb reports, so the verb is active, not a reduced passive ("damage estimated at $30 billion").
 */
export function thatAfterAt(tokens: readonly Token[], from: number, sEnd: number): boolean {
  for (let k = from; k <= sEnd && k < from + 10; k += 1) {
    const t = tokens[k]!;
    if (!isWord(t) && t.type !== 'num') return false;
    if (t.lower === 'that') return k > from;
  }
  return false;
}

/** The words from k to the first comma (not one that closes a quoted title), semicolon, dash or the sentence end; null when none. */
export function wholeClauseAfter(tokens: readonly Token[], k: number, sEnd: number): Range | null {
  let end = k - 1;
  for (let q = k; q <= sEnd; q += 1) {
    const t = tokens[q]!;
    if (t.text === ';' || SENTENCE_FINAL.has(t.text) || DASHES.has(t.text) || (isComma(t) && tokens[q + 1]?.type !== 'quote')) break;
    end = q;
  }
  while (end >= k && !isWord(tokens[end]) && tokens[end]!.type !== 'num') end -= 1;
  return end >= k ? { start: k, end } : null;
}

/** After an inverted cue, the phrase that follows it when it names someone and runs, with its comma descriptions or relative clause, to the full stop; else null. */
export function sourceClosingSentence(ctx: Context, cue: CueCandidate, sEnd: number): Range | null {
  const { tokens } = ctx;
  const first = tokens[cue.end + 1];
  if (!isWord(first) || isPronoun(first) || isTimeWord(first)) return null;
  const r = npForward(tokens, cue.end + 1, sEnd, { appositions: false, participleTail: false });
  if (r === null || !sourceLike(tokens, r)) return null;
  const after = tokens[r.end + 1];
  if (after === undefined || !(isComma(after) || SENTENCE_FINAL.has(after.text) || isRelative(after))) return null;
  const whole = invertedTail(ctx, invertedAside(tokens, r, cue.lemma), sEnd);
  const next = tokens[whole.end + 1];
  return next !== undefined && SENTENCE_FINAL.has(next.text) && whole.end + 1 >= sEnd ? whole : null;
}

const SPOKEN = new Set(['statement', 'interview', 'speech', 'tweet', 'post', 'email', 'e-mail', 'letter', 'release', 'briefing', 'call', 'video', 'message', 'op-ed', 'column', 'particular']);

const ASIDE_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);

/** "her speech", "an interview with the Herald", "particular", "2009", "the time": what a phrase after ASIDE_PREPOSITIONS is when it is no part of the source. */
function asideAfter(tokens: readonly Token[], r: Range): boolean {
  const first = tokens[r.start]!;
  if (r.start === r.end && ((isWord(first) && first.lower === 'particular') || /^(?:1[89]|20)\d\d$/u.test(first.text))) return true;
  // "Ortiz at the time argued", "wrote Tom Reyes at the time": when, not who.
  if (r.end === r.start + 1 && first.lower === 'the' && tokens[r.end]!.lower === 'time') return true;
  for (let k = r.start; k <= r.end; k += 1) {
    if (isWord(tokens[k]) && G.prepositions.has(tokens[k]!.lower)) return SPOKEN.has(tokens[k - 1]?.lower ?? '');
  }
  return SPOKEN.has(tokens[r.end]!.lower);
}

/**
 * "Ortiz in her speech said", "Pilots in particular believe", "an aide in 2009 sought": a phrase after the
 * preposition that says in what, which or when, not who, ends the source before the preposition.
 */
export function withoutAside(tokens: readonly Token[], r: Range): Range {
  for (let k = r.start + 1; k < r.end; k += 1) {
    const t = tokens[k]!;
    if (isWord(t) && ASIDE_PREPOSITIONS.has(t.lower) && isNominal(tokens[k - 1]) && asideAfter(tokens, { start: k + 1, end: r.end })) return { start: r.start, end: k - 1 };
  }
  return r;
}

const PLATFORM_VERBS = new Set(['write', 'tweet', 'post', 'blog']);

/**
 * "…,” said Mayor Ana Ortiz in a telephone interview", "wrote Tom Reyes on his blog", "said Ortiz during the
 * debate", "said Reyes via email": after an inverted cue, a phrase that says where, when or how it was said
 * is no part of its source.
 */
export function invertedAside(tokens: readonly Token[], r: Range, lemma: string): Range {
  for (let k = r.start + 1; k <= r.end; k += 1) {
    const t = tokens[k]!;
    if (!isWord(t) || t.cap || (!isNominal(tokens[k - 1]) && tokens[k - 1]!.text !== ')')) continue;
    const rest = { start: k + 1, end: r.end };
    if (k === r.end) break;
    const how = t.lower === 'during' || t.lower === 'via';
    const aside = ASIDE_PREPOSITIONS.has(t.lower) && (asideAfter(tokens, rest) || isTimeWord(tokens[r.end]));
    const platform = PLATFORM_VERBS.has(lemma) && (t.lower === 'on' || t.lower === 'in');
    if (how || aside || platform) return { start: r.start, end: k - 1 };
  }
  return r;
}
