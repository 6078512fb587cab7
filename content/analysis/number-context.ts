/**
 * What a figure is about: the noun it counts ("three months", "2,000 troops") and the event word
 * in its clause ("killed", "displaced"). Pure; read by `numbers.ts`.
 */
import { TIME_UNITS } from './lexicon';
import { wordNumber } from './number-words';
import type { Token } from './tokens';
import { isDeterminer, isNominal, isVerbLike, isWord } from './word-classes';

/** Event words and the event each names. A Map, not a plain object: "constructor" or "toString" names no event. */
const EVENT_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  killed: 'killed', dead: 'killed', deaths: 'killed', death: 'killed', died: 'killed', fatalities: 'killed', toll: 'killed', lives: 'killed', bodies: 'killed', killing: 'killed',
  injured: 'injured', wounded: 'injured', injuries: 'injured', hurt: 'injured', injuring: 'injured',
  hostages: 'hostages', captives: 'hostages', abducted: 'hostages', kidnapped: 'hostages', captivity: 'hostages',
  prisoners: 'detained', detainees: 'detained', arrested: 'detained', detained: 'detained', held: 'detained',
  displaced: 'displaced', sheltering: 'displaced', homeless: 'displaced', fled: 'displaced', fleeing: 'displaced', evacuated: 'displaced', refugees: 'displaced', shelter: 'displaced',
  missing: 'missing',
}));
const eventWord = (t: Token): string | undefined => (isWord(t) ? EVENT_WORDS.get(t.lower) : undefined);

const IRREGULAR_PLURALS = new Set(['people', 'children', 'staff', 'police', 'personnel', 'women', 'men', 'troops', 'civilians']);

/** A plural noun in lower case: "troops", "voters", "people". */
export const isPluralNoun = (t: Token | undefined): boolean => isWord(t) && !t.cap && isNominal(t) && (/[^s]s$/u.test(t.lower) || IRREGULAR_PLURALS.has(t.lower));

export function countedAfter(tokens: readonly Token[], end: number): string | undefined {
  let k = end + 1;
  if (tokens[k]?.lower === 'of') k += 1;
  if (isDeterminer(tokens[k]) && tokens[k]!.lower !== 'a') k += 1;
  // "three months", "Three Months After the Flood": a count of time units.
  const unit = tokens[k];
  if (isWord(unit) && TIME_UNITS.has(unit.lower) && unit.sent === tokens[end]!.sent) return unit.lower;
  let last: Token | undefined;
  let plural: Token | undefined;
  for (let n = 0; n < 4; n += 1) {
    const t = tokens[k + n];
    if (!isWord(t) || !isNominal(t) || t.sent !== tokens[end]!.sent) break;
    if (isVerbLike(t)) break;
    last = t;
    if (/[^s]s$/u.test(t.lower) || IRREGULAR_PLURALS.has(t.lower)) plural = t;
  }
  const pick = plural ?? last;
  return pick?.text;
}

/** The nearest event word in the figure's clause, not past a comma or another figure. */
export function eventNear(tokens: readonly Token[], start: number, end: number): string | undefined {
  const sent = tokens[start]!.sent;
  const stops = (t: Token) => t.sent !== sent || t.text === ',' || t.text === ';' || t.type === 'num' || (isWord(t) && wordNumber(t.lower) !== undefined);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let k = end + 1; k < tokens.length && k <= end + 10; k += 1) {
    const t = tokens[k]!;
    if (stops(t)) break;
    const ev = eventWord(t);
    if (ev) {
      best = ev;
      bestDistance = k - end;
      break;
    }
  }
  for (let k = start - 1; k >= 0 && k >= start - 10 && start - k < bestDistance; k -= 1) {
    const t = tokens[k]!;
    if (stops(t)) break;
    const ev = eventWord(t);
    if (ev) return ev;
  }
  return best;
}
