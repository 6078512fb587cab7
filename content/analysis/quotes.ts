/**
 * Direct quotations: pairs of double quotation marks (straight or curly) within a paragraph,
 * quotations that run on into the next paragraph, and short scare quotes. Pure.
 */
import type { Token } from './tokens';

export interface QuoteRegion {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or of the paragraph's last token when there is none. */
  close: number;
  start: number;
  end: number;
  /** Words between the marks. */
  words: number;
  /** 1–3 words inside a sentence: a framing candidate, not a quotation. */
  scare: boolean;
  continues: boolean;
  unclosed: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const UTTERANCE_END = new Set([',', '.', '!', '?', '…']);

function role(tokens: readonly Token[], i: number): 'open' | 'close' | 'either' {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const atParaStart = !prev || t.nl > 0;
  const attachedNext = next !== undefined && !next.spaceBefore && next.nl === 0;
  const attachedPrev = !atParaStart && !t.spaceBefore;
  // An opening curly mark written where a closing one belongs, attached to the word or stop before it
  // and followed by a space ('the “quick review“ of the pier', '“…,“ said the mayor'), closes.
  if (t.text === '“' && attachedPrev && !attachedNext && prev !== undefined && !/^[([{—–:-]$/u.test(prev.text)) return 'close';
  // And the other way: a closing curly mark at a paragraph's start or after a space, attached to the
  // word after it, opens ('The mayor said: ”We will reopen the pier.”').
  if (t.text === '”' && (atParaStart || t.spaceBefore) && attachedNext && next?.type !== 'punct') return 'open';
  if (OPENERS.has(t.text)) return 'open';
  if (CLOSERS.has(t.text)) return 'close';
  if ((atParaStart || t.spaceBefore || (prev !== undefined && /^[([{—–:-]$/u.test(prev.text))) && attachedNext && !(attachedPrev && prev?.type !== 'punct')) return 'open';
  if (attachedPrev) return 'close';
  return 'either';
}

/** Find quotation regions; `inQuote[i]` is the region index holding token i, or -1. */
export function findQuotes(tokens: readonly Token[]): { regions: QuoteRegion[]; inQuote: Int32Array } {
  const regions: QuoteRegion[] = [];
  let open = -1;
  const finish = (o: number, c: number, closed: boolean) => {
    let words = 0;
    for (let k = o + 1; k < c; k += 1) if (tokens[k]!.type === 'word' || tokens[k]!.type === 'num') words += 1;
    if (words === 0 && closed) return;
    const lastInside = tokens[closed ? c - 1 : c];
    const before = tokens[o - 1];
    const startsSentence = !before || before.sent !== tokens[o]!.sent || before.para !== tokens[o]!.para || before.text === ':';
    const utterance = startsSentence && lastInside !== undefined && UTTERANCE_END.has(lastInside.text);
    const nextFirst = tokens[c + 1];
    const continues = !closed && nextFirst !== undefined && nextFirst.type === 'quote' && role(tokens, nextFirst.i) !== 'close';
    regions.push({
      open: o,
      close: c,
      start: tokens[o]!.start,
      end: tokens[c]!.end,
      words,
      scare: closed && words <= 3 && !utterance,
      continues,
      unclosed: !closed && !continues,
    });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.type === 'quote') {
      const r = role(tokens, i);
      if (open === -1) {
        if (r !== 'close') open = i;
      } else if (r !== 'open' || t.text === '"' || t.text === "''") {
        finish(open, i, true);
        open = -1;
      }
    }
    // A quotation left open at the end of a paragraph ends there.
    if (open !== -1 && (next === undefined || next.nl > 0)) {
      if (open !== i) finish(open, i, false);
      open = -1;
    }
  }
  const inQuote = new Int32Array(tokens.length).fill(-1);
  regions.forEach((r, n) => {
    for (let k = r.open; k <= r.close; k += 1) inQuote[k] = n;
  });
  return { regions, inQuote };
}
