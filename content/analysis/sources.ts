/**
 * Finding the source of each attribution cue: before it ("X said"), after it ("said X",
 * "according to X"), through a relative pronoun ("X, which said"), across appositions and
 * relative clauses, or shared with an earlier cue in the clause ("…, adding that"). Pure.
 */
import type { CueCandidate } from './cues';
import { G, NUMBER_UNITS, OFFICIAL_HEADS, PARTICIPLES_AFTER_COMMA, PERSON_TITLES, VAGUE_HEADS, VERB_CUES } from './lexicon';

const SENTENCE_FINAL = new Set(['.', '!', '?']);

const VERB_CUE_FORMS: ReadonlySet<string> = new Set(VERB_CUES.keys());
import { isDescriptiveParticiple, isNounPhrase, npForward, npStartBefore, skipAdverbialsLeft, type Range } from './noun-phrases';
import type { Sentence, Token } from './tokens';
import { isAdverb, isComma, isNegation, isDeterminer, isNominal, isPoll, isQuantifier, isPronoun, isRelative, isSourceHead, isTimeWord, isVerbLike, isWord } from './word-classes';

const INTRODUCERS = new Set(['according', 'speaking', 'asked', 'following', 'after', 'before', 'in', 'on', 'at', 'during', 'while', 'when', 'as', 'since', 'despite', 'although', 'though', 'however', 'meanwhile', 'earlier', 'later', 'separately', 'elsewhere', 'inside', 'outside', 'with', 'without', 'for', 'by', 'from', 'if', 'because', 'once', 'until', 'amid', 'under', 'over']);

/** Verbs whose source may follow them ("…,” said Priya Raman", "…, wrote Lind", "reports the Harbour Gazette"). */
const INVERTING = new Set(['say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'remember', 'argue', 'insist', 'reply', 'respond', 'acknowledge', 'declare', 'state', 'concede', 'counter', 'conclude', 'observe', 'quip', 'joke', 'tweet', 'report', 'announce', 'claim', 'predict', 'suggest', 'warn', 'admit', 'agree', 'exclaim', 'shout', 'remark', 'boast', 'complain', 'comment', 'muse', 'emphasize', 'stress', 'wonder', 'confirm', 'deny', 'yell', 'scream', 'whisper', 'cry', 'reason', 'recount', 'assert', 'maintain', 'contend', 'protest', 'retort', 'sigh', 'laugh', 'promise', 'vow', 'repeat', 'reiterate', 'caution', 'point out', 'proclaim', 'chime']);

const DASHES = new Set(['—', '–', '-', '(']);

const FLOATING = new Set(['both', 'all', 'each']);
/** Participles naming the people a survey asked ("the pilots polled"). */
const SURVEYED = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'sampled']);
/** Modals that are also given names or surnames ("Will", "May"). */
const NAME_MODALS = new Set(['will', 'may']);
/** Adverbs between an auxiliary and its verb that the adverb rules do not know ("has since said", "have twice protested"). */
const AFTER_AUXILIARY = new Set(['since', 'then', 'twice', 'sometimes']);
const CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'then', 'still', 'now', 'also', 'instead', 'or', 'nor']);

interface Context {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

function sentenceBounds(ctx: Context, i: number): { start: number; end: number } {
  const s = ctx.sentences[ctx.tokens[i]!.sent]!;
  return { start: afterDateline(ctx.tokens, s.start, s.end - 1), end: s.end - 1 };
}

/** "MARLOW, Maine (Harbour Wire) -", "Port Lind (HNS) –": a dateline that opens the sentence is no part of it. */
function afterDateline(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 1; k + 2 <= end && k < start + 10; k += 1) {
    const t = tokens[k]!;
    if (t.text !== '(') {
      if ((isWord(t) && t.cap) || isComma(t) || t.type === 'num') continue;
      // "MARLOW QUAY, Maine - Mayor Ana Ortiz": a place in capitals, then a dash.
      if (DASHES.has(t.text) && t.text !== '(' && /^\p{Lu}{2,}$/u.test(tokens[start]!.text) && k + 1 <= end) return k + 1;
      return start;
    }
    let c = k + 1;
    while (c <= end && c < k + 5 && isWord(tokens[c]) && tokens[c]!.cap) c += 1;
    if (c === k + 1 || tokens[c]?.text !== ')' || !DASHES.has(tokens[c + 1]?.text ?? '') || tokens[c + 1]!.text === '(') return start;
    return c + 2 <= end ? c + 2 : start;
  }
  return start;
}

/** A noun phrase ending at e, with at most two appositions on its left ("Ana Ortiz, 34,"). */
function phraseEndingAt(ctx: Context, e: number, limit: number, depth = 0): Range | null {
  const { tokens } = ctx;
  const start = npStartBefore(tokens, e, limit);
  if (start === -1) return null;
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
    const bareNames = headFirst !== undefined && headFirst.cap && !isDeterminer(headFirst) && !PERSON_TITLES.has(headFirst.lower.replace(/\.$/u, '')) && isWord(tokens[start]) && tokens[start]!.cap && !isDeterminer(tokens[start]);
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
    if (head === null || !sourceLike(tokens, head)) return null;
    const before = tokens[head.start - 1];
    const whole = head.start === limit || isComma(before) || before?.type === 'quote' || (isWord(before) && (before.lower === 'but' || before.lower === 'and'));
    if (!whole) return null;
    return reports ? (t.lower === 'who' && hasComma(tokens, k + 1, j - 1) ? head : null) : { start: head.start, end: j - 1 };
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

/** "Reluctantly", "Finally", "Significantly": a capitalised adverb opening its sentence. */
function sentenceAdverb(t: Token | undefined): boolean {
  return isWord(t) && t.cap && isAdverb({ ...t, cap: false });
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
function beforeComma(ctx: Context, j: number, limit: number): Range | null {
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
  let p = j - 1;
  while (p >= limit && !isComma(tokens[p]) && tokens[p]!.type !== 'quote') p -= 1;
  if (p < limit || tokens[p]!.type === 'quote') return null;
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
  const skip = participle || isRelative(first) || (isWord(first) && (G.prepositions.has(first.lower) || G.conjunctions.has(first.lower))) || isAdverb(first) || (isVerbLike(first) && !isDescriptiveParticiple(tokens, p + 1));
  if (skip) return phraseEndingAt(ctx, p - 1, limit);
  if (isDescriptiveParticiple(tokens, p + 1) || isNounPhrase(tokens, p + 1, j - 1)) {
    const head = phraseEndingAt(ctx, p - 1, limit);
    if (head === null) return null;
    // "Reyes, facing a close race in Marlow, a ferry town, said": the phrase is the object of a
    // participle set off by commas; the source is the name before that participle.
    const verb = tokens[head.start - 1];
    if (head.start - 1 > limit && isWord(verb) && !verb.cap && /ing$/u.test(verb.lower) && isVerbLike(verb) && isComma(tokens[head.start - 2])) return phraseEndingAt(ctx, head.start - 3, limit);
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
function acrossParticiple(ctx: Context, r: Range, limit: number): Range | null {
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
function reducedRelative(ctx: Context, r: Range, limit: number): Range | null {
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
function acrossRelativeClause(ctx: Context, stop: number, end: number, limit: number, whoOnly = false): Range | null {
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
function thoseWithShare(ctx: Context, k: number, limit: number): Range {
  const { tokens } = ctx;
  if (k - 2 >= limit && tokens[k - 1]!.lower === 'of') {
    const share = phraseEndingAt(ctx, k - 2, limit);
    if (share !== null) return { start: share.start, end: k };
  }
  return { start: k, end: k };
}

function sourceLike(tokens: readonly Token[], r: Range): boolean {
  for (let i = r.start; i <= r.end; i += 1) {
    const t = tokens[i]!;
    if (isWord(t) && ((t.cap && !isDeterminer(t)) || isSourceHead(t.lower.replace(/[’']s$/u, '')))) return true;
  }
  return r.start === r.end && isPronoun(tokens[r.start]);
}

/** The subject of the clause a token is in: the first noun phrase after any introductory phrase. */
function clauseSubject(ctx: Context, i: number): Range | null {
  const { tokens } = ctx;
  const { start: sStart, end } = sentenceBounds(ctx, i);
  // The nearest clause start before i: the sentence start, or after ", but" / ", and" / ";".
  let start = sStart;
  for (let q = i - 2; q > sStart; q -= 1) {
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
  const opener = isWord(first) && ((first.cap && /ing$/u.test(first.lower) && !G.nounsInIng.has(first.lower) && isWord(tokens[k + 1]) && !tokens[k + 1]!.cap) || MORE_INTRODUCERS.has(first.lower));
  // "Ultimately, Ortiz …": a capitalised adverb set off by a comma opens the clause too.
  if ((isWord(first) && (INTRODUCERS.has(first.lower) || isAdverb(first) || (sentenceAdverb(first) && isComma(tokens[k + 1])))) || isVerbLike(first) || opener) {
    while (k < i && !isComma(tokens[k])) k += 1;
    if (k >= i) return null;
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
function relativeStandsFor(ctx: Context, j: number): boolean {
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
 * "…,” said Nils Berg, a longtime friend who quit the union in October.": after an inverted cue the
 * source's descriptions run to the end of the sentence (the guidelines keep what identifies the
 * source), but not into a participle clause (", adding that"), a quotation or "according to".
 */
function invertedTail(ctx: Context, r: Range, sEnd: number): Range {
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
function quotedTitleBefore(ctx: Context, cueStart: number, sStart: number): Range | null {
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

const TAIL_PREPOSITIONS = new Set(['to', 'of', 'for', 'from', 'with', 'at', 'like']);
const STATEMENTS = new Set(['statement', 'interview', 'speech', 'tweet', 'post', 'email', 'e-mail', 'letter', 'release', 'briefing', 'conference', 'call', 'video', 'message', 'op-ed', 'column', 'appearance', 'rally', 'debate', 'event', 'radio', 'television', 'tv']);

/** The phrase r with what follows it up to the next comma, dash, quotation or the sentence end. */
function toClauseEnd(tokens: readonly Token[], r: Range, sEnd: number): Range {
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
    // "according to Marlow reports citing the Harbour Gazette": a chain, two attributions. Not a participle
    // whose agent follows ("according to ferry counts reported by the Herald", "figures reported earlier by the
    // radio"): it describes the source, which runs on.
    if (isWord(t) && VERB_CUE_FORMS.has(t.lower) && !relative && !agentFollows(tokens, k, sEnd)) break;
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
function toSentenceEnd(tokens: readonly Token[], r: Range, closing: boolean, sEnd: number): Range {
  const next = tokens[r.end + 2];
  if (!closing || !isComma(tokens[r.end + 1]) || !isWord(next) || !(isDeterminer(next) || isNominal(next))) return r;
  let end = r.end + 2;
  while (end + 1 <= sEnd && !SENTENCE_FINAL.has(tokens[end + 1]!.text)) {
    const t = tokens[end + 1]!;
    if (t.type === 'quote' || t.text === ';' || t.text === ':' || DASHES.has(t.text) || isPronoun(t) || (isVerbLike(t) && !t.lower.endsWith('ing'))) return r;
    end += 1;
  }
  return end + 1 <= sEnd && end - r.end <= 30 ? { start: r.start, end } : r;
}

/**
 * Does the relative clause from k describe the source rather than report? It reports when its
 * verb is one of saying ("who added that", "who noted", "who has also said"); a clause whose verb
 * is of another kind describes, even one the lexicon takes as a cue ("who endorsed Mr. Reyes",
 * "who is regarded as", "who supports Mrs. Ortiz"), as annotators keep it in the source.
 */
function relativeDescribes(tokens: readonly Token[], k: number, sEnd: number): boolean {
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
function longApposition(ctx: Context, j: number, limit: number): Range | null {
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
function appositionAfterIntroduction(ctx: Context, j: number, sStart: number): Range | null {
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
function betweenDashes(ctx: Context, j: number, sStart: number): Range | null {
  const { tokens } = ctx;
  // "Reyes -- a pilot -- said", "Reyes - a pilot - said": hyphens written for a dash.
  const hyphens = tokens[j]!.text === '-';
  const last = hyphens && tokens[j - 1]?.text === '-' ? j - 1 : j;
  if (hyphens && !tokens[last]!.spaceBefore) return null;
  for (let d = last - 2; d > sStart && d > j - 30; d -= 1) {
    const t = tokens[d]!;
    if (t.type === 'quote' || t.text === ';') return null;
    if (t.text !== tokens[j]!.text || (hyphens && !t.spaceBefore && tokens[d - 1]?.text !== '-')) continue;
    // Not a relative clause or an aside ("Reyes - who docked…", "Lind - in a line that…").
    const first = tokens[t.text === '-' && tokens[d + 1]?.text === '-' ? d + 2 : d + 1];
    const aside = hyphens && isWord(first) && (isRelative(first) || first.lower === 'as' || (G.prepositions.has(first.lower) && first.lower !== 'including'));
    if (hyphens && tokens[d - 1]?.text === '-') d -= 1;
    const head = phraseEndingAt(ctx, d - 1, sStart);
    if (head === null || !sourceLike(tokens, head)) return null;
    const before = tokens[head.start - 1];
    const opens = head.start === sStart || isComma(before) || (isWord(before) && OPENS_CLAUSE.has(before.lower));
    return opens ? { start: head.start, end: aside ? head.end : last - 1 } : null;
  }
  return null;
}

/** "last week", "this month", "in December", "Tuesday": tokens from `from` to `to` are exactly a time. */
function timeAfterPoll(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 2 || !isTimeWord(tokens[to])) return false;
  for (let k = from; k < to; k += 1) if (!(isWord(tokens[k]) && ['last', 'this', 'in', 'earlier', 'early', 'late'].includes(tokens[k]!.lower))) return false;
  return true;
}

const RELEASED = new Set(['released', 'conducted', 'published', 'taken', 'issued', 'out']);

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
const OPENS_CLAUSE = new Set(['but', 'and', 'while', 'because', 'that', 'after', 'when', 'although', 'though', 'if', 'since', 'as', 'so', 'yet', 'whereas', 'until', 'before', 'once', 'unless', 'however', 'still', 'even', 'indeed', 'now', 'then']);

/**
 * "Ferry workers in all five ports see", "current and former pilots said": the phrase
 * before the cue is the end of a longer subject, joined by a preposition or "and", when that
 * subject opens its clause.
 */
function subjectOpeningClause(ctx: Context, r: Range, sStart: number): Range | null {
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
function pronounWithItsQuantity(tokens: readonly Token[], j: number, sStart: number): Range | null {
  const t = tokens[j]!;
  const word = (k: number) => (k >= sStart && isWord(tokens[k]) ? tokens[k]!.lower : '');
  if (t.lower === 'one' && word(j - 1) === 'no') return { start: j - 1, end: j };
  if ((t.lower === 'everyone' || t.lower === 'everybody') && ['almost', 'nearly', 'virtually'].includes(word(j - 1))) return { start: j - 1, end: j };
  if (word(j - 1) === 'of' && PARTITIVE.has(word(j - 2))) return { start: j - 2, end: j };
  return null;
}

const THEN = new Set(['then', 'even']);

/** "…, then eviscerated", "… and then predicted", "… and even assured": a verb that shares the clause's subject after an adverb. */
function afterThen(tokens: readonly Token[], i: number, sStart: number): boolean {
  let q = i - 1;
  while (q > sStart && isWord(tokens[q]) && THEN.has(tokens[q]!.lower)) q -= 1;
  if (q === i - 1 || q <= sStart) return false;
  const t = tokens[q]!;
  return (isComma(t) && tokens[q + 1]!.lower === 'then') || (isWord(t) && (t.lower === 'and' || t.lower === 'but'));
}

const SUBORDINATORS = new Set(['after', 'while', 'before', 'since', 'when', 'without', 'upon', 'despite']);

/**
 * "After thanking the crowd, which cheered from the pier, he touted…", "While saying that he respects
 * her, he continued…": a participle in an introductory clause shares the subject of the main
 * clause after it.
 */
function mainSubjectAfterParticiple(ctx: Context, cue: CueCandidate, sStart: number, sEnd: number): Range | null {
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

const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** The source of an earlier cue of the same sentence, else the subject of the clause ("…, adding that", "… and said"). */
function sharedSubject(ctx: Context, cue: CueCandidate, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>): Range | null {
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
  return clauseSubject(ctx, cue.start);
}

function plainBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (!isWord(tokens[k])) return false;
  return true;
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

/** "two local officials", "people familiar with the matter": a phrase whose head names people. */
function namesPeople(tokens: readonly Token[], r: Range): boolean {
  for (let k = r.start; k <= r.end; k += 1) {
    const w = tokens[k]!.lower;
    if (OFFICIAL_HEADS.has(w) || VAGUE_HEADS.has(w)) return true;
  }
  return false;
}

/** Possessive pronouns that name the one who complains ("his complaints that…"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The source of one cue, given the sources already found for earlier cues. */
export function findSource(ctx: Context, cue: CueCandidate, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>): Range | null {
  const r = findSourceInner(ctx, cue, earlier);
  // "Many pilots today argue", "The union today agrees": "today" between the subject and its verb stays in the
  // source (train gold: 7 times in the source, twice left out; weekdays and "this week" go both ways).
  const w = ctx.tokens[cue.start - 1];
  if (r && r.end === cue.start - 2 && isWord(w) && w.lower === 'today') return { start: r.start, end: cue.start - 1 };
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

/**
 * "Ana Ortiz, the harbour master, predicted at a press briefing that…": the place after "at" is followed by what the
 * verb reports, so the verb is active, not a reduced passive ("damage estimated at $30 billion").
 */
function thatAfterAt(tokens: readonly Token[], from: number, sEnd: number): boolean {
  for (let k = from; k <= sEnd && k < from + 10; k += 1) {
    const t = tokens[k]!;
    if (!isWord(t) && t.type !== 'num') return false;
    if (t.lower === 'that') return k > from;
  }
  return false;
}

/** The words from k to the first comma (not one that closes a quoted title), semicolon, dash or the sentence end; null when none. */
function wholeClauseAfter(tokens: readonly Token[], k: number, sEnd: number): Range | null {
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
function sourceClosingSentence(ctx: Context, cue: CueCandidate, sEnd: number): Range | null {
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

/**
 * "Tom Reyes, a pilot who sailed the ferry for years, said that…", "Ana Ortiz, director of ports for Marlow, a
 * small shipping town, said": when no other rule reads the clause before the comma of a cue, a name or a phrase
 * that names someone opening the clause, with what the commas after it add, up to that comma.
 */
function looseApposition(ctx: Context, j: number, sStart: number): Range | null {
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
function looseDashes(ctx: Context, j: number, sStart: number): Range | null {
  const { tokens } = ctx;
  const dash = tokens[j]!.text;
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

function findSourceInner(ctx: Context, cue: CueCandidate, earlier: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>): Range | null {
  const { tokens } = ctx;
  const { start: sStart, end: sEnd } = sentenceBounds(ctx, cue.start);
  if (cue.kind === 'adverb') return null;
  // "Despite complaints that…" has no source; "his complaints that…" has the possessive pronoun.
  if (cue.kind === 'phrase' && cue.lemma === 'complain') {
    const p = tokens[cue.start - 1];
    return cue.start - 1 >= sStart && isWord(p) && POSSESSIVE_PRONOUNS.has(p.lower) ? { start: cue.start - 1, end: cue.start - 1 } : null;
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
      // "in a Harbour Gazette poll last month"
      let end = head + 1;
      while (end <= sEnd && end < head + 4 && !timeAfterPoll(tokens, head + 1, end)) end += 1;
      return { start: r.start, end: end <= sEnd && end < head + 4 ? end : head };
    }
    // "according to a Marlow Herald poll taken last week", "according to skippers who spoke with
    // reporters afterward": what describes the source runs on to the end of the clause.
    if (r && cue.lemma === 'according to') return toSentenceEnd(tokens, toClauseEnd(tokens, r, sEnd), cue.start > sStart, sEnd);
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
      const r = npForward(tokens, byAt + 1, sEnd, { appositions: true, participleTail: false, appositionEndsSentence: true });
      return r && (sourceLike(tokens, r) || isDeterminer(tokens[r.start]) || isQuantifier(tokens[r.start])) && !isTimeWord(tokens[r.end]) ? r : null;
    }
    return null;
  }
  if (cue.sourceAfter) {
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
    if (!INVERTING.has(cue.lemma)) return left >= sStart && isComma(tokens[left]) ? clauseSubject(ctx, cue.start) : null;
    const r = npForward(tokens, cue.end + 1, sEnd, { appositions: true, participleTail: true });
    // "“…,” tweeted another.": "another" alone after the cue stands for one more person, as before it.
    const after = tokens[cue.end + 1];
    if (r === null && isWord(after) && after.lower === 'another' && cue.end + 1 <= sEnd && !isNominal(tokens[cue.end + 2])) return { start: cue.end + 1, end: cue.end + 1 };
    // "Tom Reyes, dressed in his oilskins, said the ferry was late": the phrase after the cue is the subject of
    // what is said (a verb follows it), so the source is the subject before the comma.
    if (r && left >= sStart && isComma(tokens[left]) && tokens[cue.start - 1]?.type !== 'quote' && finiteVerb(tokens[r.end + 1])) return clauseSubject(ctx, cue.start);
    return r ? invertedTail(ctx, invertedAside(tokens, r, cue.lemma), sEnd) : r;
  }
  let j = skipAdverbialsLeft(tokens, cue.start - 1, sStart);
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
  const found = withHedge(tokens, withPartitive(tokens, withParticipleBefore(tokens, withoutAside(tokens, afterGapNoun(tokens, coordinatedSubject(ctx, whole, sStart) ?? whole)), sStart), sStart), sStart);
  return reducedPassive(tokens, cue, found, sStart) ? null : found;
}

/**
 * "Leaked documents show", "the restructuring experts say", "after leaked emails showed": a participle
 * used as an adjective before the head, where the phrase opens its clause, belongs to the source.
 */
function withParticipleBefore(tokens: readonly Token[], r: Range, sStart: number): Range {
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
function withPartitive(tokens: readonly Token[], r: Range, sStart: number): Range {
  const k = r.start - 2;
  const share = tokens[k];
  if (k < sStart || !isWord(tokens[r.start - 1]) || tokens[r.start - 1]!.lower !== 'of' || !(isWord(share) && (PARTITIVE.has(share.lower) || isNumberWordToken(share)))) return r;
  return opensClauseAfter(tokens, k - 1, sStart) ? { start: k, end: r.end } : r;
}

const HEDGES_BEFORE = new Set(['nearly', 'almost', 'about', 'roughly', 'approximately', 'virtually', 'around']);
const FRACTIONS = /^(?:half|third|thirds|quarter|quarters|fifth|fifths|one-third|two-thirds|one-half|three-fourths|three-quarters|one-quarter|majority|minority|plurality)$/u;

/** "nearly two-thirds of voters", "at least half of voters", "as many as 40 percent of them": a figure keeps its hedge. */
function withHedge(tokens: readonly Token[], r: Range, sStart: number): Range {
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
  const governed = isWord(before) && !before.cap && GOVERNING.has(before.lower);
  const next = tokens[cue.end + 1];
  const object = isWord(next) && (isDeterminer(next) || isPronoun(next) || next.cap || next.lower === 'that' || isNominal(next));
  return governed && !object;
}

/** Nouns that an object relative clause without "that" follows ("a tactic Ortiz hopes", "the reason many skippers stayed away"). */
const GAP_NOUNS = new Set(['reason', 'reasons', 'kind', 'sort', 'type', 'way', 'ways', 'moment', 'word', 'words', 'tactic', 'tactics', 'strategy', 'message', 'place', 'thing', 'things', 'argument', 'arguments', 'point', 'defeat', 'outcome', 'policy', 'policies', 'plan', 'idea', 'issue', 'issues', 'ones', 'columns', 'proposal', 'approach', 'future', 'choice', 'line', 'lines', 'story', 'role', 'promise', 'promises', 'trend', 'trends', 'change', 'changes', 'step', 'steps', 'measure', 'measures', 'deal', 'agenda', 'vision', 'goal', 'goals', 'mistake', 'mistakes', 'problem', 'problems', 'lesson', 'lessons', 'question', 'questions', 'values', 'priorities', 'sacrifices', 'reforms']);

/** "a tactic Ortiz hopes", "the moment Tom Reyes learned": the source is the subject after the noun. */
function afterGapNoun(tokens: readonly Token[], r: Range): Range {
  for (let m = r.start; m < r.end && m < r.start + 6; m += 1) {
    const t = tokens[m]!;
    if (!isWord(t) || t.cap && m > r.start) return r;
    if (!GAP_NOUNS.has(t.lower) || m === r.start) continue;
    const next = tokens[m + 1]!;
    const determined = isDeterminer(tokens[r.start]) || isQuantifier(tokens[r.start]) || tokens[r.start]!.type === 'num';
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
function coordinatedSubject(ctx: Context, r: Range, sStart: number): Range | null {
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

/** "was", "could", "has", "will": a verb that makes the phrase before it a subject. */
function finiteVerb(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && (G.auxiliaries.has(t.lower) || (isVerbLike(t) && !t.lower.endsWith('ing')));
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
function withoutAside(tokens: readonly Token[], r: Range): Range {
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
function invertedAside(tokens: readonly Token[], r: Range, lemma: string): Range {
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

const APPOSITION_ADVERBS = new Set(['now', 'then', 'once', 'formerly', 'long', 'also', 'still', 'later', 'previously']);
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
const isNumberWordToken = (t: Token | undefined) => isWord(t) && (NUMBER_UNITS.has(t.lower) || t.lower === 'none' || t.lower === 'each');

function noVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (isVerbLike(tokens[k]) || tokens[k]!.type === 'quote') return false;
  return true;
}

/** Is there a semicolon from token `from` up to token `to` (excluded)? */
function semicolonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (tokens[k]!.text === ';') return true;
  return false;
}

/** Words that open a subordinate clause. */
export const CLAUSE_SUBORDINATORS = new Set(['when', 'as', 'because', 'if', 'though', 'although', 'while', 'before', 'after', 'since', 'once', 'until', 'unless']);

/** Words after which a subject opens a clause of its own, not part of what an earlier cue reports. */
const OWN_CLAUSE = new Set([...CLAUSE_SUBORDINATORS, 'and', 'but', 'then', 'which', 'who', 'whom', 'whose', '—', '–', '-', '--']);

/**
 * Is the source of a later cue the subject of a clause inside what an earlier cue reports? A pronoun
 * ("says he knows", "assures his crew he will tell") or any source after "that" is, but not one
 * after a comma ("…, she said."), a subordinator ("when he announced"; see subordinateInReport), "and",
 * "but", a dash or a relative pronoun ("which he called", as annotators mark it).
 */
export function subjectInReport(tokens: readonly Token[], source: Range): boolean {
  const before = tokens[source.start - 1];
  if (before === undefined || isComma(before) || OWN_CLAUSE.has(before.lower)) return false;
  return before.lower === 'that' || (source.start === source.end && isPronoun(tokens[source.start]));
}

export const CLAUSE_BREAK_AFTER_COMMA = new Set(['but', 'while', 'and', 'whereas', 'although', 'though', 'yet']);

/**
 * Does a new clause start between tokens `from` and `to` (exclusive): ";", a quotation mark, ", but"; with
 * `parenthesis`, an opening parenthesis too?
 */
export function clauseBreak(tokens: readonly Token[], from: number, to: number, parenthesis = false): boolean {
  for (let k = from; k < to; k += 1) {
    const t = tokens[k]!;
    if (t.text === ';' || t.type === 'quote' || (parenthesis && t.text === '(') || (isComma(t) && CLAUSE_BREAK_AFTER_COMMA.has(tokens[k + 1]?.lower ?? ''))) return true;
  }
  return false;
}

const CLAUSE_LINKS = new Set(['but', 'and', 'yet', 'so']);

/** Is there a finite verb from token `from` to token `to`, both included? */
function finiteVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (finiteVerb(tokens[k])) return true;
  return false;
}

/** Is there a comma from token `from` to token `to`, both included? */
export function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (isComma(tokens[k])) return true;
  return false;
}
