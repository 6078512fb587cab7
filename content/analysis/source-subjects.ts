/**
 * Sources as the subject of a clause: the subject before the cue's verb group, after an opening
 * time phrase or participle, and a subject shared with an earlier cue of the same clause ("…, adding
 * that", "… and said"). Pure; read by `sources.ts`.
 */
import type { CueCandidate } from './cues';
import { G } from './lexicon';
import { npForward, type Range } from './noun-phrases';
import { clauseBreak, type Context, finiteVerb, INTRODUCERS, plainBetween, semicolonBetween, sentenceAdverb, sentenceBounds, sourceLike, subjectInReport, SUBJECTS, SUBORDINATORS } from './source-clauses';
import { relativeAntecedent } from './source-phrases';
import type { Token } from './tokens';
import { isAdverb, isComma, isDeterminer, isNominal, isPronoun, isRelative, isTimeWord, isVerbLike, isWord } from './word-classes';

const CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'then', 'still', 'now', 'also', 'instead', 'or', 'nor']);

/** The subject of the clause a token is in: the first noun phrase after any introductory phrase. */
export function clauseSubject(ctx: Context, i: number): Range | null {
  const { tokens } = ctx;
  const { start: sStart, end } = sentenceBounds(ctx, i);
  // The nearest clause start before i: the sentence start, or after ", but" / ", and" / ";".
  let start = sStart;
  // "The harbour master locked the gate, and then said…": the joiner right before the verb and its "then" or "even" joins
  // two verbs of one clause, so the search starts before it, as it does for "…, and said".
  let lead = i - 1;
  while (lead > sStart && isWord(tokens[lead]) && THEN.has(tokens[lead]!.lower)) lead -= 1;
  const joined = lead < i - 1 && isWord(tokens[lead]) && (tokens[lead]!.lower === 'and' || tokens[lead]!.lower === 'but');
  for (let q = joined ? lead - 1 : i - 2; q > sStart; q -= 1) {
    const t = tokens[q]!;
    if (t.text === ';' || (isWord(t) && (t.lower === 'but' || t.lower === 'while' || t.lower === 'whereas' || t.lower === 'and') && isComma(tokens[q - 1]))) {
      start = q + 1;
      break;
    }
    // "The pilots marched and he, once again, promised…", "The crews went on strike and Ortiz closed the pier, admitting":
    // "and" before a subject pronoun, or before a name and its past verb, opens a clause of its own (not "both X and Y").
    let v = q + 1;
    while (v < q + 4 && isWord(tokens[v]) && tokens[v]!.cap && !isDeterminer(tokens[v])) v += 1;
    const pastAfterName = v > q + 1 && tokens.slice(sStart, q).some((b) => isVerbLike(b)) && isWord(tokens[v]) && (IRREGULAR_PAST.has(tokens[v]!.lower) || /ed$/u.test(tokens[v]!.lower) || tokens[v]!.lower === 'has');
    if (isWord(t) && t.lower === 'and' && !tokens.slice(Math.max(sStart, q - 4), q).some((b) => b.lower === 'both') && ((SUBJECTS.has(tokens[q + 1]?.lower ?? '') && tokens[q + 1]!.lower !== 'it') || pastAfterName)) {
      start = q + 1;
      break;
    }
  }
  let k = start;
  // "But on Tuesday, he…", "Then he cut into Lind, calling…", "Yet he is facing…"
  if (isWord(tokens[k]) && CLAUSE_OPENERS.has(tokens[k]!.lower) && !isComma(tokens[k + 1])) k += 1;
  // "And then Varga turned to the crowd, saying…", "And even Ortiz stayed late, noting…": a second opener, or "even", after the first.
  if (k > start && isWord(tokens[k]) && (CLAUSE_OPENERS.has(tokens[k]!.lower) || tokens[k]!.lower === 'even') && !isComma(tokens[k + 1])) k += 1;
  // "A few minutes later they…", "Two weeks after the vote, Ortiz…"
  const later = timeOpener(tokens, k, i);
  if (later !== -1) k = later;
  const first = tokens[k];
  if (first === undefined || first.type === 'quote') return null;
  // "Making her way around the diner, Ortiz…", "Throughout the 2000s, skippers…"
  // "Shortly after the vote, the skippers…", "Soon before dawn, Ortiz…": an adverb of time before `after` or `before`.
  const soonAfter = isWord(first) && SOON.has(first.lower) && (tokens[k + 1]?.lower === 'after' || tokens[k + 1]?.lower === 'before');
  const opener = isWord(first) && ((first.cap && /ing$/u.test(first.lower) && !G.nounsInIng.has(first.lower) && isWord(tokens[k + 1]) && !tokens[k + 1]!.cap) || MORE_INTRODUCERS.has(first.lower) || soonAfter);
  // "Ultimately, Ortiz …": a capitalised adverb set off by a comma opens the clause too.
  if ((isWord(first) && (INTRODUCERS.has(first.lower) || isAdverb(first) || (sentenceAdverb(first) && isComma(tokens[k + 1])))) || isVerbLike(first) || opener) {
    const opened = k;
    while (k < i && !isComma(tokens[k])) k += 1;
    if (k >= i - 1) {
      // "On Friday evening Ortiz toured the pier, telling…": a preposition and a time with no comma after them,
      // before a name or a subject pronoun (the only comma is the one right before the cue).
      let after = opened + 1;
      while (after < i && after < opened + 4 && isWord(tokens[after]) && (isTimeWord(tokens[after]) || G.timeLead.has(tokens[after]!.lower))) after += 1;
      const next = tokens[after];
      if (!(isWord(first) && G.prepositions.has(first.lower) && after > opened + 1 && isWord(next) && (next.cap || SUBJECTS.has(next.lower)) && !isTimeWord(next))) return null;
      k = after - 1;
    }
    k += 1;
    // "At a council meeting in Marlow, Maine, on Sunday, Mrs. Ortiz…": the introduction runs on through a place and a time.
    for (let guard = 0; guard < 3; guard += 1) {
      let c = k;
      while (c < i && c < k + 4 && !isComma(tokens[c])) c += 1;
      if (c >= i || !isComma(tokens[c]) || c === k) break;
      // "in Marlow, Tex., the mayor": an abbreviated state keeps its full stop (and may come before a determiner).
      const abbreviated = tokens[c - 1]!.text === '.' && !tokens[c - 1]!.spaceBefore && c - k === 2;
      const place = isWord(tokens[k - 2]) && tokens[k - 2]!.cap && c - k <= 3 && tokens.slice(k, c).every((t) => (isWord(t) && t.cap && !isDeterminer(t) && !isPronoun(t)) || (abbreviated && t.text === '.')) && (!isDeterminer(tokens[c + 1]) || abbreviated);
      const time = isWord(tokens[k]) && (tokens[k]!.lower === 'on' || tokens[k]!.lower === 'last' || tokens[k]!.lower === 'this') && isTimeWord(tokens[c - 1]);
      if (!place && !time) break;
      k = c + 1;
    }
  }
  if (isPronoun(tokens[k]) && !isDeterminer(tokens[k])) return { start: k, end: k };
  const r = npForward(tokens, k, Math.min(end, i - 1), { appositions: true, participleTail: false });
  // "His campaign sued the city, claiming…", "Reyes rips Ortiz, arguing…": the subject's own verb ends it.
  if (r && r.end > r.start && isWord(tokens[r.end]) && !tokens[r.end]!.cap && /(ed|[^s]s)$/u.test(tokens[r.end]!.lower)) {
    const next = tokens[r.end + 1];
    const prev = tokens[r.end - 1]!;
    const verbal = tokens[r.end]!.lower.endsWith('ed') ? isNominal(prev) : isWord(prev) && prev.cap;
    if (verbal && (isDeterminer(next) || (isWord(next) && next.cap) || isPronoun(next))) return { start: r.start, end: r.end - 1 };
  }
  // "Ortiz shook the mayor's hand and promised…", "Reyes met the pilots on Friday, hoping": an irregular past form after the head is its verb.
  if (r && r.end > r.start && isWord(tokens[r.end]) && !tokens[r.end]!.cap && IRREGULAR_PAST.has(tokens[r.end]!.lower) && (isNominal(tokens[r.end - 1]) || tokens[r.end - 1]!.text === '.')) {
    const next = tokens[r.end + 1];
    if (isDeterminer(next) || isPronoun(next) || (isWord(next) && (next.cap || PARTICLES_AFTER.has(next.lower)))) return { start: r.start, end: r.end - 1 };
  }
  return r;
}

const IRREGULAR_PAST = new Set(['shook', 'took', 'made', 'gave', 'went', 'came', 'met', 'held', 'began', 'sent', 'spent', 'won', 'lost', 'left', 'ran', 'led', 'brought', 'kept', 'put', 'set', 'got', 'struck', 'stood', 'sat', 'drew', 'threw', 'broke', 'chose', 'drove', 'rose', 'fought', 'taught', 'caught', 'bought', 'built', 'paid', 'laid', 'hit', 'cut', 'heard', 'saw', 'sought', 'spoke', 'swept', 'wore', 'shot', 'tore', 'flew', 'grew']);

const PARTICLES_AFTER = new Set(['out', 'up', 'off', 'down', 'back', 'on', 'in', 'to', 'about', 'into', 'through', 'for', 'with', 'at']);

const SOON = new Set(['shortly', 'soon', 'immediately', 'right', 'long', 'just', 'well', 'even', 'only']);

const MORE_INTRODUCERS = new Set(['here', 'throughout', 'across', 'among', 'unlike', 'like', 'upon', 'within', 'against', 'toward', 'towards', 'beyond', 'around', 'along', 'behind', 'besides', 'instead', 'having', 'given', 'facing']);

const SHORT_TIMES = new Set(['minute', 'minutes', 'moment', 'moments', 'second', 'seconds']);

const LATER = new Set(['later', 'ago', 'earlier', 'after', 'before']);

/** "A few minutes later", "Two weeks after the vote,": a time that opens the clause; the index after it, or -1. */
function timeOpener(tokens: readonly Token[], k: number, i: number): number {
  for (let q = k; q < i - 1 && q < k + 5; q += 1) {
    const t = tokens[q]!;
    if (!isWord(t) || !(G.timeWords.has(t.lower) || SHORT_TIMES.has(t.lower)) || !LATER.has(tokens[q + 1]?.lower ?? '')) continue;
    let p = q + 2;
    if (tokens[q + 1]!.lower === 'after' || tokens[q + 1]!.lower === 'before') {
      while (p < i && !isComma(tokens[p]) && p < q + 12) p += 1;
      if (!isComma(tokens[p])) return -1;
    }
    return isComma(tokens[p]) ? p + 1 : p;
  }
  return -1;
}

const THEN = new Set(['then', 'even']);

/** "…, then eviscerated", "… and then predicted", "… and even assured": a verb that shares the clause's subject after an adverb. */
export function afterThen(tokens: readonly Token[], i: number, sStart: number): boolean {
  let q = i - 1;
  while (q > sStart && isWord(tokens[q]) && THEN.has(tokens[q]!.lower)) q -= 1;
  if (q === i - 1 || q <= sStart) return false;
  const t = tokens[q]!;
  return (isComma(t) && tokens[q + 1]!.lower === 'then') || (isWord(t) && (t.lower === 'and' || t.lower === 'but'));
}

/**
 * "After thanking the crowd, which cheered from the pier, he touted…", "While saying that he respects
 * her, he continued…": a participle in an introductory clause shares the subject of the main
 * clause after it.
 */
export function mainSubjectAfterParticiple(ctx: Context, cue: CueCandidate, sStart: number, sEnd: number): Range | null {
  const { tokens } = ctx;
  const first = tokens[cue.start]!;
  if (!first.lower.endsWith('ing')) return null;
  let k = cue.start - 1;
  const sub = tokens[k];
  // "Noting that the pier was shut, Ortiz said…": a participle opening the sentence itself.
  if (cue.start !== sStart) {
    // "In describing the plan, Ortiz…": an opening "in" too.
    if (!isWord(sub) || !(SUBORDINATORS.has(sub.lower) || sub.lower === 'in')) return null;
    k -= 1;
    if (isWord(tokens[k]) && CLAUSE_OPENERS.has(tokens[k]!.lower)) k -= 1;
    if (k >= sStart) return null;
  }
  for (let c = cue.end + 1; c < sEnd && c < cue.end + 30; c += 1) {
    const t = tokens[c]!;
    if (t.type === 'quote' || t.text === ';' || t.text === ':') return null;
    if (!isComma(t)) continue;
    const next = tokens[c + 1];
    if (isRelative(next) || (isWord(next) && (next.lower === 'and' || next.lower === 'but' || G.prepositions.has(next.lower)))) continue;
    if (isPronoun(next) && SUBJECTS.has(next!.lower)) return { start: c + 1, end: c + 1 };
    const r = npForward(tokens, c + 1, sEnd, { appositions: false, participleTail: false });
    if (r === null || !(sourceLike(tokens, r) || isDeterminer(tokens[r.start]))) continue;
    const after = tokens[r.end + 1];
    // The phrase is the subject when a verb (a lower-case word that joins nothing) follows it.
    if (isWord(after) && !after.cap && !G.prepositions.has(after.lower) && !G.conjunctions.has(after.lower)) return r;
    return null;
  }
  return null;
}

/** The source of an earlier cue of the same sentence, else the subject of the clause ("…, adding that", "… and said"). */
export function sharedSubject(ctx: Context, cue: CueCandidate, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>): Range | null {
  const { tokens } = ctx;
  const openingClauseEnd = openingClauseComma(ctx, cue.start);
  const relative = relativeOfClause(ctx, cue);
  if (relative !== null) return relative;
  for (let n = earlier.length - 1; n >= 0; n -= 1) {
    const e = earlier[n]!;
    if (tokens[e.cue.start]!.sent !== tokens[cue.start]!.sent) break;
    // "He proposes a pier; she builds bridges and argues…": not across a semicolon.
    if (semicolonBetween(tokens, e.cue.end + 1, cue.start)) break;
    // "When the unions advocated a public option, Emanuel pressured them, threatening…": not a cue of the opening subordinate clause.
    if (openingClauseEnd !== -1 && e.cue.start < openingClauseEnd && openingClauseEnd < cue.start) break;
    if (e.source && e.cue.quote === cue.quote && !reportedBy(tokens, e.source, earlier, n)) return e.source;
  }
  return embeddedSubject(ctx, cue.start) ?? clauseSubject(ctx, cue.start);
}

const EMBEDDING = new Set(['which', 'whom', 'where', 'as', 'when', 'while', 'because', 'although', 'though', 'since', 'whereas']);

/**
 * "The crews cheered the mayor, who opened the meeting by thanking them", "a dinner at which she met the
 * skippers and promised…": a cue sharing its subject inside a relative or subordinate clause takes that
 * clause's subject (its "who", or a subject pronoun after the clause's opening word, or a name there, also when
 * the clause opens the sentence: see embeddedName), when no comma, quotation or semicolon comes between them; null
 * when there is none within twenty tokens.
 */
function embeddedSubject(ctx: Context, i: number): Range | null {
  const { tokens } = ctx;
  const { start: sStart } = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= sStart && k > i - 20; k -= 1) {
    const t = tokens[k]!;
    if (isComma(t) || t.type === 'quote' || t.text === ';' || t.text === ':' || t.lower === 'that') return null;
    if (!isWord(t)) continue;
    if (k === sStart) return EMBEDDING.has(t.lower) && tokens[k + 1]?.cap === true ? embeddedName(tokens, k + 1, i) : EMBEDDING.has(t.lower) && isDeterminer(tokens[k + 1]) ? embeddedPhrase(tokens, k + 1, i) : null;
    if (t.lower === 'who' && k < i - 1) return { start: k, end: k };
    const next = tokens[k + 1];
    if (EMBEDDING.has(t.lower) && isWord(next) && SUBJECTS.has(next.lower) && next.lower !== 'it' && k + 1 < i - 1) return { start: k + 1, end: k + 1 };
    if (EMBEDDING.has(t.lower) && isWord(next) && next.cap) return embeddedName(tokens, k + 1, i);
  }
  return null;
}

/**
 * "When Ortiz opened the pier by thanking the crews": a name of capitalised words right after the clause's
 * opening word, followed by a lower-case verb, is that clause's subject; null otherwise.
 */
function embeddedName(tokens: readonly Token[], from: number, cue: number): Range | null {
  let end = from;
  while (end + 1 < cue && isWord(tokens[end + 1]) && tokens[end + 1]!.cap) end += 1;
  const verb = tokens[end + 1];
  if (end + 1 >= cue - 1 || !isWord(verb) || verb.cap || !finiteVerb(verb)) return null;
  return { start: from, end };
}

/**
 * "Although the harbour board does not track the fares and has maintained that…": a phrase opening with a determiner
 * right after the opening word of a subordinate clause that opens the sentence, followed by its finite verb, is that
 * clause's subject; null otherwise.
 */
function embeddedPhrase(tokens: readonly Token[], from: number, cue: number): Range | null {
  const r = npForward(tokens, from, cue - 1, { appositions: false, participleTail: false });
  return r && r.end + 1 < cue - 1 && finiteVerb(tokens[r.end + 1]) ? r : null;
}

/** "Lind, who went ahead and endorsed Ortiz": a verb after "and" in a "who" clause set off by a comma shares its "who". */
function relativeOfClause(ctx: Context, cue: CueCandidate): Range | null {
  const { tokens } = ctx;
  const link = tokens[cue.start - 1];
  if (!isWord(link) || link.lower !== 'and' || isComma(tokens[cue.start - 2])) return null;
  const { start: sStart } = sentenceBounds(ctx, cue.start);
  for (let k = cue.start - 2; k > sStart + 1 && k > cue.start - 12; k -= 1) {
    const t = tokens[k]!;
    if (!isWord(t)) return null;
    if (t.lower === 'who') return isComma(tokens[k - 1]) && finiteVerb(tokens[k + 1]) && relativeAntecedent(ctx, k) !== null ? { start: k, end: k } : null;
  }
  return null;
}

const OPENING_SUBORDINATORS = new Set(['when', 'after', 'as', 'while', 'if', 'because', 'although', 'though', 'since', 'before', 'once', 'until', 'whenever', 'whereas']);

/** The comma that ends a subordinate clause opening the sentence ("When X advocated Y, …"), or -1. */
function openingClauseComma(ctx: Context, i: number): number {
  const { tokens } = ctx;
  const { start } = sentenceBounds(ctx, i);
  let k = start;
  if (isWord(tokens[k]) && CLAUSE_OPENERS.has(tokens[k]!.lower) && !isComma(tokens[k + 1])) k += 1;
  if (!isWord(tokens[k]) || !OPENING_SUBORDINATORS.has(tokens[k]!.lower)) return -1;
  for (let c = k + 1; c < i; c += 1) {
    if (tokens[c]!.type === 'quote' || tokens[c]!.text === ';') return -1;
    if (isComma(tokens[c])) return c;
  }
  return -1;
}

/** "He said that he would resign…": a source that opens the clause an earlier cue reports (after the cue or its "that"). */
function reportedBy(tokens: readonly Token[], source: Range, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>, n: number): boolean {
  for (let m = n - 1; m >= 0; m -= 1) {
    const f = earlier[m]!;
    if (tokens[f.cue.start]!.sent !== tokens[source.start]!.sent) return false;
    if (f.source === null || f.source.end >= f.cue.start || f.cue.kind !== 'verb' || f.cue.inverted) continue;
    if (source.start === f.cue.end + 1 || (source.start === f.cue.end + 2 && tokens[f.cue.end + 1]!.lower === 'that')) return true;
    // "said in an interview that she didn't want…": further into the report too (see subjectInReport).
    if (source.start > f.cue.end && subjectInReport(tokens, source) && !clauseBreak(tokens, f.cue.end + 1, source.start, true)) return true;
    // "told the pier crowd that she believes": past the recipient.
    if (f.cue.verb?.takesRecipient === true && source.start > f.cue.end + 2 && source.start <= f.cue.end + 7 && tokens[source.start - 1]!.lower === 'that' && plainBetween(tokens, f.cue.end + 1, source.start)) return true;
  }
  return false;
}
