/**
 * A small tokenizer with exact offsets, plus paragraph and sentence segmentation. Linear time.
 * Pure.
 */
import { G } from './lexicon';

type TokenType = 'word' | 'num' | 'punct' | 'quote';

export interface Token {
  /** Index in the token array. */
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  type: TokenType;
  /** Newlines in the white space before this token. */
  nl: number;
  /** White space right before this token. */
  spaceBefore: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  para: number;
  sent: number;
}

export interface Sentence {
  start: number; // first token index
  end: number; // one past the last token index
  para: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const SPACE = /\s+/uy;
const NUMBER = /\d+(?:[.,:/]\d+)*(?:%|(?:st|nd|rd|th|s|km|kg|bn|mn|m|k|tn|mph|kph|cm|mm|ha|mw|gw|c|f)(?![\p{L}\p{N}]))?(?:-[\p{L}\p{N}]+)*/uy;
// UTF-8 read as Latin-1 ("JosÃ©" for "José", "MÃ¼ller" for "Müller"): a sign or control from U+0080 to U+00BF right after "Ã" or
// "Â" (with a combining mark, as some texts decompose it) is part of the word, so the name stays whole.
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|(?<=[ÃÂ]|A[\u0302\u0303])[\u0080-\u00BF])*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/uy;
const CONTRACTED = /^(he|she|it|they|we|i|you|who|that|there)(['’](?:s|re|ve|ll|d|m))$/iu;
const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const MID_SENTENCE = new Set([',', ';']);
const CLOSERS = new Set(['”', '’', "'", "''", ')', ']', '»', '"']);
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'cmdr', 'cdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'no', 'maj', 'brig', 'cpl', 'pvt', 'atty', 'supt', 'insp', 'fr', 'msgr', 'pres', 'amb', 'mt', 'ft']);

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  // test() and a slice: the same string as exec()'s match, without a match array per token.
  return re.test(text) ? text.slice(at, re.lastIndex) : null;
}

/** A printing character below U+1680 other than U+00A0: no white space. */
const printing = (c: number) => (c > 32 && c < 160) || (c > 160 && c < 0x1680);

/** ASCII letters and digits: within WORD's letters and figures, and no other ASCII character is. */
const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Where a plain ASCII word starting at `at` ends, or -1: from an ASCII letter, a run of ASCII letters and digits that stops
 * at an ASCII character other than the joiners ' - . & is all WORD matches there (its joiners, the Latin-1 signs after
 * "Ã" and every other letter are above U+007F or are joiners). Such a word holds no apostrophe and is followed by no full
 * stop, so it is a token as it stands. Anything else goes to the pattern.
 */
function plainWordEnd(text: string, at: number, code: number): number {
  if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) return -1;
  let end = at + 1;
  while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end += 1;
  const stop = end < text.length ? text.charCodeAt(end) : 32;
  return stop < 128 && stop !== 39 && stop !== 45 && stop !== 46 && stop !== 38 ? end : -1;
}

/** Starts with an upper-case letter: the first character changes in lower case (ASCII answered without a string). */
function capitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = t.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Add the token `t` at `at`, with the newlines and white space before it; returns where the next token starts. Not a
 * closure in tokenize: one that wrote `at`, `nl` and `space` kept them in a context object for the whole loop.
 */
function pushToken(tokens: Token[], t: string, type: TokenType, at: number, nl: number, space: boolean): number {
  tokens.push({ i: tokens.length, text: t, lower: t.toLowerCase(), start: at, end: at + t.length, type, nl, spaceBefore: space || at === 0, cap: capitalised(t), para: 0, sent: 0 });
  return at + t.length;
}

/** Split text into tokens with exact offsets. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let nl = 0;
  let space = false;
  while (at < text.length) {
    // NUMBER starts with a digit, CONTRACTED holds an apostrophe, and a printing character below
    // U+1680 other than U+00A0 is no white space: no pattern is tried where it cannot match.
    const code = text.charCodeAt(at);
    // One space before a printing character, the commonest gap, is all SPACE would match there.
    if (code === 32 && (at + 1 === text.length || printing(text.charCodeAt(at + 1)))) {
      space = true;
      at += 1;
      continue;
    }
    const ws = printing(code) ? null : matchAt(SPACE, text, at);
    if (ws) {
      for (const ch of ws) if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') nl += 1;
      if (ws.includes('\r\n')) nl -= ws.split('\r\n').length - 1;
      space = true;
      at += ws.length;
      continue;
    }
    const num = code >= 48 && code <= 57 ? matchAt(NUMBER, text, at) : null;
    if (num) {
      // "62%-32%": a poll's split, the larger share first, is two shares ("30%-40%" stays one range).
      const split = /^(\d+(?:\.\d+)?)%-(\d+(?:\.\d+)?)$/u.exec(num);
      if (split && text.charAt(at + num.length) === '%' && Number(split[1]) > Number(split[2])) {
        at = pushToken(tokens, `${split[1]!}%`, 'num', at, nl, space);
        at = pushToken(tokens, '-', 'punct', at, 0, false);
        at = pushToken(tokens, `${split[2]!}%`, 'num', at, 0, false);
        nl = 0;
        space = false;
        continue;
      }
      at = pushToken(tokens, num, 'num', at, nl, space);
      nl = 0;
      space = false;
      continue;
    }
    const plainEnd = plainWordEnd(text, at, code);
    if (plainEnd !== -1) {
      at = pushToken(tokens, text.slice(at, plainEnd), 'word', at, nl, space);
      nl = 0;
      space = false;
      continue;
    }
    const word = matchAt(WORD, text, at);
    if (word) {
      let w = word;
      // Keep the full stop of an abbreviation ("Dr.", "U.S.", "a.m.", initials "J.").
      if (text.charAt(at + w.length) === '.') {
        const bare = w.toLowerCase();
        if (G.abbreviations.has(bare) || w.includes('.') || /^\p{Lu}$/u.test(w)) w += '.';
      }
      // "he’s", "they’re", "I’ve": the pronoun and its auxiliary are two words, as annotators mark
      // them ("he" the source, "’s said" the cue).
      const contracted = w.includes("'") || w.includes('’') ? CONTRACTED.exec(w) : null;
      if (contracted) {
        at = pushToken(tokens, contracted[1]!, 'word', at, nl, space);
        at = pushToken(tokens, contracted[2]!, 'word', at, 0, false);
        nl = 0;
        space = false;
        continue;
      }
      at = pushToken(tokens, w, 'word', at, nl, space);
      nl = 0;
      space = false;
      continue;
    }
    // Two apostrophes stand for a double quotation mark in some wire copy (''like this'').
    if (text.startsWith("''", at) && text.charAt(at + 2) !== "'") {
      at = pushToken(tokens, "''", 'quote', at, nl, space);
      nl = 0;
      space = false;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(at) ?? 0);
    at = pushToken(tokens, ch, QUOTE_CHARS.has(ch) ? 'quote' : 'punct', at, nl, space);
    nl = 0;
    space = false;
  }
  return tokens;
}

function endsSentenceAfterAbbreviation(tok: Token, next: Token): boolean {
  const bare = tok.lower.replace(/\.$/u, '');
  // "No." before a figure is a number sign ("No. 2"); before a capitalised word it is the answer
  // that ends the sentence ("The mayor said no. But the council voted for it.").
  if (bare === 'no' && next.type === 'word' && next.cap) return true;
  if (TITLE_ABBREVIATIONS.has(bare) || /^\p{L}\.$/u.test(tok.text)) return false;
  return next.cap && G.sentenceStarters.has(next.lower);
}

/**
 * Is the line break before token i a soft wrap inside a paragraph? Only in texts that separate
 * paragraphs with blank lines, after a long line that does not end a sentence or a quotation.
 */
function softWrap(text: string, tokens: Token[], i: number, blankLines: boolean): boolean {
  const tok = tokens[i]!;
  if (!blankLines || tok.nl !== 1) return false;
  const prev = tokens[i - 1]!;
  const lineStart = text.lastIndexOf('\n', prev.start) + 1;
  if (prev.end - lineStart < 40) return false;
  if (titleCaseLine(text.slice(lineStart, prev.end))) return false;
  return !(SENTENCE_END.has(prev.text) || (prev.type === 'quote' && SENTENCE_END.has(tokens[i - 2]?.text ?? '')));
}

const HEADLINE_SMALL_WORDS = new Set(['The', 'A', 'An', 'Of', 'On', 'In', 'To', 'For', 'And', 'Or', 'At', 'By', 'With', 'From', 'Is', 'Are', 'Was', 'Be', 'As']);

/**
 * "Ortiz Says The Pier Will Not Leave Pilots On The Quay": a line whose last five words all open with a capital, one of
 * them a short function word (`The`, `Of`, `On`…, which prose leaves in lower case), ends in a headline, and the line
 * break after it ends the headline, however long the line is; the name on the next line opens a new paragraph (PolNeAR
 * train cue tp +5 fp +2, source tp +7 fp −2, dev unchanged; a live blog whose timestamped headlines ran into the next line).
 */
function titleCaseLine(line: string): boolean {
  const words = (line.match(/\p{L}+/gu) ?? []).slice(-5);
  return words.length === 5 && words.every((w) => w.charAt(0) !== w.charAt(0).toLowerCase()) && words.some((w) => HEADLINE_SMALL_WORDS.has(w));
}

/** Assign paragraph and sentence numbers; return the sentences. */
function segment(tokens: Token[], text = ''): Sentence[] {
  const blankLines = /\n[ \t]*\r?\n/u.test(text);
  for (let i = 1; i < tokens.length; i += 1) if (softWrap(text, tokens, i, blankLines)) tokens[i]!.nl = 0;
  const sentences: Sentence[] = [];
  let para = 0;
  let start = 0;
  const close = (end: number) => {
    if (end > start) sentences.push({ start, end, para });
    start = end;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    if (i > 0 && tok.nl > 0) {
      close(i);
      para += 1;
    }
    tok.para = para;
    let boundary = false;
    let last = i;
    if (tok.type === 'punct' && SENTENCE_END.has(tok.text)) {
      while (last + 1 < tokens.length && tokens[last + 1]!.nl === 0 && CLOSERS.has(tokens[last + 1]!.text) && !tokens[last + 1]!.spaceBefore) last += 1;
      const next = tokens[last + 1];
      // "(D-Md.), chair of…": a comma after the full stop goes on with the sentence.
      boundary = next !== undefined && next.nl === 0 && !MID_SENTENCE.has(next.text) && (next.cap || next.type === 'num' || next.type === 'quote' || /^[—–-]$/u.test(next.text) || !/\p{L}/u.test(next.text.charAt(0)));
    } else if (tok.type === 'word' && tok.text.endsWith('.') && tok.text.length > 1) {
      const next = tokens[i + 1];
      boundary = next !== undefined && next.nl === 0 && endsSentenceAfterAbbreviation(tok, next);
    }
    if (boundary) {
      for (let j = i + 1; j <= last; j += 1) tokens[j]!.para = para;
      i = last;
      close(last + 1);
    }
  }
  close(tokens.length);
  sentences.forEach((s, n) => {
    for (let i = s.start; i < s.end; i += 1) tokens[i]!.sent = n;
  });
  return sentences;
}

export function tokenizeText(text: string): Tokenized {
  const tokens = tokenize(text);
  const sentences = segment(tokens, text);
  return { text, tokens, sentences };
}

