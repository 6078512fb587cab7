/**
 * Framing candidates for a person to confirm: loaded words, labels for actors, scare quotes and
 * agentless passives of harm. Each comes with the reason shown to the teacher. Pure.
 */
import type { FramingDevice } from '../schema/article-set';
import { BE_FORMS, G, GROUP_HEADS, HEDGES, NUMBER_TENS, NUMBER_UNITS, GROUP_MODIFIER_SUFFIXES, GROUP_MODIFIERS, HARM_PARTICIPLES, LABEL_HEADS, LABEL_PREMODIFIERS, LOADED_PHRASES, LOADED_WORDS, NOT_AGENTS } from './lexicon';
import type { QuoteRegion } from './quotes';
import type { Token } from './tokens';
import { byFirstWord, isAdverb, isDeterminer, isNegation, isNominal, isTimeWord, isWord, matchWords, phrasesAt } from './word-classes';

export interface FoundFraming {
  start: number; // token
  end: number; // token, inclusive
  device: FramingDevice;
  reason: string;
}

const LABEL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'these', 'those', 'our']);
const EVENT_SUBJECTS = new Set(['talks', 'elections', 'election', 'meeting', 'meetings', 'vote', 'votes', 'ceremony', 'funeral', 'event', 'events', 'rally', 'rallies', 'conference', 'summit', 'discussions', 'negotiations', 'protests', 'hearing', 'hearings', 'games', 'match', 'race', 'festival', 'breath', 'record']);
const NAMING_VERBS = new Set(['called', 'dubbed', 'named', 'codenamed', 'code-named', 'operation', 'titled', 'entitled']);

function isGroupModifier(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  return GROUP_MODIFIERS.has(t.lower) || GROUP_MODIFIER_SUFFIXES.some((s) => t.lower.endsWith(s));
}

/** Grow a label to the left over modifiers and one determiner: "the Palestinian Islamist group". */
function growLabelLeft(tokens: readonly Token[], start: number): number {
  let s = start;
  for (let n = 0; n < 4; n += 1) {
    const prev = tokens[s - 1];
    if (!isWord(prev) && prev?.type !== 'num') break;
    if (prev!.sent !== tokens[start]!.sent) break;
    const p = prev!;
    const capitalisedName = p.cap && !G.determiners.has(p.lower) && !G.prepositions.has(p.lower) && !G.conjunctions.has(p.lower) && !G.pronouns.has(p.lower) && !isTimeWord(p) && !/[’']s$/u.test(p.text);
    if (capitalisedName || LABEL_PREMODIFIERS.has(p.lower) || isGroupModifier(p) || (p.type === 'word' && /\d/u.test(p.text))) {
      s -= 1;
      continue;
    }
    break;
  }
  const det = tokens[s - 1];
  if (isWord(det) && LABEL_DETERMINERS.has(det.lower) && det.sent === tokens[s]!.sent) s -= 1;
  return s;
}

const LABEL_HEADS_BY_FIRST = byFirstWord(LABEL_HEADS);
const LOADED_PHRASES_BY_FIRST = byFirstWord(LOADED_PHRASES);

function labels(tokens: readonly Token[], out: FoundFraming[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    let hit: FoundFraming | null = null;
    for (const entry of phrasesAt(LABEL_HEADS_BY_FIRST, t)) {
      if (!matchWords(tokens, i, entry.words)) continue;
      const end = i + entry.words.length - 1;
      if (entry.needsNounAfter) {
        const after = tokens[end + 1];
        if (!isWord(after) || !entry.needsNounAfter.has(after.lower)) continue;
        hit = { start: growLabelLeft(tokens, i), end: end + 1, device: 'label', reason: `Label for an actor: ${entry.note}.` };
      } else if (entry.onlyWithParenthesisOrSubject) {
        if (tokens[end + 1]?.text !== '(') continue;
        let close = end + 1;
        while (close < tokens.length && close < end + 8 && tokens[close]!.text !== ')') close += 1;
        hit = { start: i, end: tokens[close]?.text === ')' ? close : end, device: 'label', reason: `Label for an actor: ${entry.note}.` };
      } else {
        const startsWithDet = entry.words[0] === 'the';
        hit = { start: startsWithDet ? i : growLabelLeft(tokens, i), end, device: 'label', reason: `Label for an actor: ${entry.note}.` };
      }
      break;
    }
    if (!hit && GROUP_HEADS.has(t.lower) && isGroupModifier(tokens[i - 1])) {
      hit = { start: growLabelLeft(tokens, i), end: i, device: 'label', reason: `Label for an actor: the group is described as "${tokens[i - 1]!.text}".` };
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    }
  }
}

/** Loaded words in the reporter's own voice: words inside a direct quotation are the speaker's. */
function loadedWords(tokens: readonly Token[], regions: readonly QuoteRegion[], cueTokens: ReadonlySet<number>, out: FoundFraming[]): void {
  const quoted = new Uint8Array(tokens.length);
  for (const r of regions) if (!r.scare) for (let k = r.open; k <= r.close; k += 1) quoted[k] = 1;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!isWord(t) || quoted[i]) continue;
    let phraseHit = false;
    for (const p of phrasesAt(LOADED_PHRASES_BY_FIRST, t)) {
      if (!matchWords(tokens, i, p.words)) continue;
      let end = i + p.words.length - 1;
      // "on the brink" + "of famine"
      if (p.words[p.words.length - 1] === 'brink' && tokens[end + 1]?.lower === 'of' && isWord(tokens[end + 2]) && isNominal(tokens[end + 2])) end += 2;
      out.push({ start: i, end, device: p.device, reason: `Loaded wording "${tokens.slice(i, end + 1).map((x) => x.text).join(' ')}": ${p.note}.` });
      i = end;
      phraseHit = true;
      break;
    }
    if (phraseHit) continue;
    // "the regime's forces": a possessive keeps its word, but is a noun, so never a loaded verb ("the storm's eye").
    // Only a word in "'s" or "’s" has a stem of its own; the stem is read only when the word itself has no entry.
    const direct = LOADED_WORDS.get(t.lower);
    const possessive = direct === undefined && (t.lower.endsWith("'s") || t.lower.endsWith('’s')) ? LOADED_WORDS.get(t.lower.slice(0, -2)) : undefined;
    const entry = direct ?? (possessive?.device === 'loaded-verb' ? undefined : possessive);
    if (!entry) continue;
    if (entry.onlyAsCue && !cueTokens.has(i)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (entry.onlyBeforeNoun && !(isWord(next) && isNominal(next) && !next.cap)) continue;
    if (entry.baseFormsNeedSubject && entry.baseForms.has(t.lower)) {
      // "fans storm the pitch", "shares soar" — not "a storm", "the slump".
      const subjectBefore = isWord(prev) && !prev.cap && (/[^s]s$/u.test(prev.lower) || prev.lower === 'to' || prev.lower === 'will' || prev.lower === 'could');
      const capsSubject = isWord(prev) && prev.cap && !isDeterminer(prev) && /[^s]s$/u.test(prev.lower);
      if (!(subjectBefore || capsSubject) || isDeterminer(prev)) continue;
    }
    const what = entry.device === 'loaded-verb' ? 'Loaded verb' : entry.device === 'emotive-adjective' ? 'Emotive word' : entry.device === 'label' ? 'Loaded label' : 'Loaded wording';
    out.push({ start: i, end: i, device: entry.device, reason: `${what} "${t.text}": ${entry.note}.` });
  }
}

/** "were killed", "had been displaced" with no "by" agent in the clause. */
function agentlessPassives(tokens: readonly Token[], out: FoundFraming[]): void {
  for (let i = 1; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!isWord(t) || !HARM_PARTICIPLES.has(t.lower)) continue;
    let k = i - 1;
    let sawBe = false;
    let start = i;
    while (k >= 0 && tokens[k]!.sent === t.sent) {
      const a = tokens[k]!;
      if (isWord(a) && (BE_FORMS.has(a.lower) || G.auxiliaries.has(a.lower))) {
        if (BE_FORMS.has(a.lower)) sawBe = true;
        start = k;
        k -= 1;
        continue;
      }
      if (isNegation(a) || (isAdverb(a) && !a.cap)) {
        k -= 1;
        continue;
      }
      break;
    }
    if (!sawBe || start === i) continue;
    const before = tokens[start - 1];
    if (isWord(before) && before.lower === 'to') continue;
    if (isWord(before) && EVENT_SUBJECTS.has(before.lower)) continue;
    let end = i;
    if (t.lower === 'laid') {
      if (tokens[i + 1]?.lower !== 'off') continue;
      end = i + 1;
    }
    if (t.lower === 'set') {
      // "was set on fire", "set ablaze"
      if (matchWords(tokens, i + 1, ['on', 'fire'])) end = i + 2;
      else if (isWord(tokens[i + 1]) && ['ablaze', 'alight'].includes(tokens[i + 1]!.lower)) end = i + 1;
      else continue;
    }
    if (t.lower === 'shot' && tokens[i + 1]?.lower === 'dead') end = i + 1;
    if (t.lower === 'taken' && !['hostage', 'captive', 'prisoner', 'hostages', 'captives', 'prisoners'].includes(tokens[i + 1]?.lower ?? '')) continue;
    let agent = false;
    for (let q = end + 1; q < tokens.length && q <= end + 12; q += 1) {
      const a = tokens[q]!;
      if (a.sent !== t.sent || [',', ';', '—', '.', '–'].includes(a.text) || a.type === 'quote') break;
      if (isWord(a) && a.lower === 'by') {
        const n = tokens[q + 1];
        const n2 = isDeterminer(n) ? tokens[q + 2] : n;
        // "cut by nearly 20 per cent", "distributed by Wednesday": a margin or a time, not an agent.
        const margin = n2 !== undefined && (n2.type === 'num' || NUMBER_UNITS.has(n2.lower) || NUMBER_TENS.has(n2.lower) || HEDGES.some((h) => h.words[0] === n?.lower) || n2.lower === 'half');
        if (n2 && !NOT_AGENTS.has(n2.lower) && !isTimeWord(n2) && !margin) agent = true;
        break;
      }
    }
    if (agent) continue;
    out.push({ start, end, device: 'agentless-passive', reason: `Passive with no agent: "${tokens.slice(start, end + 1).map((x) => x.text).join(' ')}" does not say who did it.` });
  }
}

function scareQuotes(tokens: readonly Token[], regions: readonly QuoteRegion[], out: FoundFraming[]): void {
  for (const r of regions) {
    if (!r.scare) continue;
    const before = tokens[r.open - 1];
    const inner = tokens.slice(r.open + 1, r.close);
    const allCaps = inner.filter((x) => isWord(x)).every((x) => x.cap);
    if (allCaps && isWord(before) && NAMING_VERBS.has(before.lower)) {
      out.push({ start: r.open, end: r.close, device: 'operation-name', reason: 'A name given to an operation or event, in quotation marks.' });
      continue;
    }
    const words = inner.map((x) => x.text).join(' ');
    out.push({ start: r.open, end: r.close, device: 'scare-quotes', reason: `Short quotation inside a sentence: the quotation marks around "${words}" keep the words at a distance or flag them as someone else's.` });
  }
}

/** All framing candidates, without overlaps of the same material (scare quotes win over words inside them). */
export function findFraming(tokens: readonly Token[], regions: readonly QuoteRegion[], cueTokens: ReadonlySet<number>): FoundFraming[] {
  const scare: FoundFraming[] = [];
  scareQuotes(tokens, regions, scare);
  const labelHits: FoundFraming[] = [];
  labels(tokens, labelHits);
  const loaded: FoundFraming[] = [];
  loadedWords(tokens, regions, cueTokens, loaded);
  const passives: FoundFraming[] = [];
  agentlessPassives(tokens, passives);
  // Token coverage, so that overlap checks stay linear.
  const covered = (spans: readonly FoundFraming[]) => {
    const mark = new Uint8Array(tokens.length);
    for (const f of spans) for (let k = f.start; k <= f.end; k += 1) mark[k] = 1;
    return mark;
  };
  const inside = (f: FoundFraming, mark: Uint8Array) => {
    for (let k = f.start; k <= f.end; k += 1) if (!mark[k]) return false;
    return true;
  };
  const scareMark = covered(scare);
  const keptLabels = labelHits.filter((f) => !inside(f, scareMark));
  const labelMark = covered(keptLabels);
  const keptLoaded = loaded.filter((f) => !inside(f, scareMark) && !inside(f, labelMark));
  return [...scare, ...keptLabels, ...keptLoaded, ...passives];
}
