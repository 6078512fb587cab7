/**
 * The ground the source finders share: the context they read (tokens, sentences), sentence
 * bounds after a dateline, and small tests of a stretch of tokens (a comma, a finite verb, a clause
 * break, a semicolon between two places). Pure; read by `sources.ts` and its parts and by
 * `attribution.ts`.
 */
import { G, NUMBER_UNITS, VERB_CUES } from './lexicon';
import { type Range } from './noun-phrases';
import type { Sentence, Token } from './tokens';
import { isAdverb, isComma, isDeterminer, isPronoun, isSourceHead, isVerbLike, isWord } from './word-classes';

export const SENTENCE_FINAL = new Set(['.', '!', '?']);

/**
 * Forms of the verb cues that end or split a source phrase. Verbs that are cues only with a pronoun or a name right before
 * them and their object after (subjectObject: "named", "exposed") stay ordinary verbs there, so that "31 percent of the
 * pilots who named a skipper said" keeps its relative clause.
 */
export const VERB_CUE_FORMS: ReadonlySet<string> = new Set([...VERB_CUES].filter(([, v]) => !v.subjectObject).map(([f]) => f));

export const INTRODUCERS = new Set(['according', 'speaking', 'asked', 'following', 'after', 'before', 'in', 'on', 'at', 'during', 'while', 'when', 'as', 'since', 'despite', 'although', 'though', 'however', 'meanwhile', 'earlier', 'later', 'separately', 'elsewhere', 'inside', 'outside', 'with', 'without', 'for', 'by', 'from', 'if', 'because', 'once', 'until', 'amid', 'under', 'over']);

/** Verbs whose source may follow them ("…,” said Priya Raman", "…, wrote Lind", "reports the Harbour Gazette"). */
export const INVERTING = new Set(['say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'remember', 'argue', 'insist', 'reply', 'respond', 'acknowledge', 'declare', 'state', 'concede', 'counter', 'conclude', 'observe', 'quip', 'joke', 'tweet', 'report', 'announce', 'claim', 'predict', 'suggest', 'warn', 'admit', 'agree', 'exclaim', 'shout', 'remark', 'boast', 'complain', 'comment', 'muse', 'emphasise', 'stress', 'wonder', 'confirm', 'deny', 'yell', 'scream', 'whisper', 'cry', 'reason', 'recount', 'assert', 'maintain', 'contend', 'protest', 'retort', 'sigh', 'laugh', 'promise', 'vow', 'repeat', 'reiterate', 'caution', 'point out', 'proclaim', 'chime', 'opine', 'exhort']);

export const DASHES = new Set(['—', '–', '-', '(']);

export interface Context {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

export function sentenceBounds(ctx: Context, i: number): { start: number; end: number } {
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

/** "Reluctantly", "Finally", "Significantly": a capitalised adverb opening its sentence. */
export function sentenceAdverb(t: Token | undefined): boolean {
  return isWord(t) && t.cap && isAdverb({ ...t, cap: false });
}

export function sourceLike(tokens: readonly Token[], r: Range): boolean {
  for (let i = r.start; i <= r.end; i += 1) {
    const t = tokens[i]!;
    if (isWord(t) && ((t.cap && !isDeterminer(t)) || isSourceHead(t.lower.replace(/[’']s$/u, '')))) return true;
  }
  return r.start === r.end && isPronoun(tokens[r.start]);
}

export const OPENS_CLAUSE = new Set(['but', 'and', 'while', 'because', 'that', 'after', 'when', 'although', 'though', 'if', 'since', 'as', 'so', 'yet', 'whereas', 'until', 'before', 'once', 'unless', 'however', 'still', 'even', 'indeed', 'now', 'then']);

export const SUBORDINATORS = new Set(['after', 'while', 'before', 'since', 'when', 'without', 'upon', 'despite']);

export const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

export function plainBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (!isWord(tokens[k])) return false;
  return true;
}

/** "was", "could", "has", "will": a verb that makes the phrase before it a subject. */
export function finiteVerb(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && (G.auxiliaries.has(t.lower) || (isVerbLike(t) && !t.lower.endsWith('ing')));
}

export const isNumberWordToken = (t: Token | undefined) => isWord(t) && (NUMBER_UNITS.has(t.lower) || t.lower === 'none' || t.lower === 'each');

export function noVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (isVerbLike(tokens[k]) || tokens[k]!.type === 'quote') return false;
  return true;
}

/** Is there a semicolon from token `from` up to token `to` (excluded)? */
export function semicolonBetween(tokens: readonly Token[], from: number, to: number): boolean {
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

export const CLAUSE_LINKS = new Set(['but', 'and', 'yet', 'so']);

/** Is there a finite verb from token `from` to token `to`, both included? */
export function finiteVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (finiteVerb(tokens[k])) return true;
  return false;
}

/** Is there a comma from token `from` to token `to`, both included? */
export function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (isComma(tokens[k])) return true;
  return false;
}
