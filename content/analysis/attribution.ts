/**
 * Attribution: cues with their sources, checked against each other (a noun-like cue needs a
 * subject; first-person cues inside quotations are dropped), plus the speaker of each quotation.
 * Pure.
 */
import type { SourceType } from '../schema/article-set';
import { findCues, type CueCandidate } from './cues';
import type { Range } from './noun-phrases';
import type { QuoteRegion } from './quotes';
import { classifySource, headWord, personSurnames } from './source-type';
import { findSource } from './sources';
import type { Sentence, Token } from './tokens';

export interface FoundAttribution {
  cue: CueCandidate;
  source: Range | null;
  sourceType: SourceType | null;
}

const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you', 'me', 'us']);

export function findAttributions(tokens: readonly Token[], sentences: readonly Sentence[], regions: readonly QuoteRegion[], inQuote: Int32Array): FoundAttribution[] {
  const ctx = { tokens, sentences };
  const realQuote = (n: number) => n !== -1 && !regions[n]!.scare;
  const candidates = findCues(tokens, inQuote, (i) => sentences[tokens[i]!.sent]!.start, (i) => sentences[tokens[i]!.sent]!.end - 1);
  const surnames = personSurnames(tokens);
  const kept: Array<{ cue: CueCandidate; source: Range | null }> = [];
  for (const c of candidates) {
    const cue = { ...c, quote: realQuote(c.quote) ? c.quote : -1 };
    const source = findSource(ctx, cue, kept);
    const sourceWord = source && source.start === source.end ? tokens[source.start]!.lower : '';
    if (cue.verb?.cognitive && (cue.quote !== -1 || FIRST_SECOND_PERSON.has(sourceWord))) continue;
    // "I told him…": the writer's or a speaker's own voice, not an attribution to report.
    if (FIRST_SECOND_PERSON.has(sourceWord)) continue;
    if (cue.nounLike && source === null) continue;
    if (cue.kind === 'verb' && !cue.passive && source === null && !cue.sharesSubject && cue.verb?.weak) continue;
    if (cue.verb?.needsDocumentSubject) {
      const type = source ? classifySource(tokens, source.start, source.end, surnames) : null;
      const head = source ? headWord(tokens, source.start, source.end) : '';
      if (type !== 'document' && type !== 'news-agency' && !(type === 'vague' && (head === 'reports' || head === 'report'))) continue;
    }
    kept.push({ cue, source });
  }
  return kept.map((k) => ({ ...k, sourceType: k.source ? classifySource(tokens, k.source.start, k.source.end, surnames) : null }));
}

/** The attribution (index into `attributions`) that gives each quotation, or -1. */
export function quoteSpeakers(tokens: readonly Token[], regions: readonly QuoteRegion[], attributions: readonly FoundAttribution[]): number[] {
  const speakers: number[] = [];
  regions.forEach((r, n) => {
    if (r.scare) {
      speakers.push(-1);
      return;
    }
    const closeSent = tokens[r.close]!.sent;
    const openSent = tokens[r.open]!.sent;
    let found = -1;
    // "“…,” she said" — the first cue after the closing mark in its sentence.
    for (let a = 0; a < attributions.length && found === -1; a += 1) {
      const c = attributions[a]!.cue;
      if (c.start > r.close && tokens[c.start]!.sent === closeSent && attributions[a]!.source) found = a;
    }
    // "Blinken said: “…”" — the last cue before the opening mark in its sentence.
    for (let a = attributions.length - 1; a >= 0 && found === -1; a -= 1) {
      const c = attributions[a]!.cue;
      if (c.end < r.open && tokens[c.end]!.sent === openSent && attributions[a]!.source) found = a;
    }
    // A quotation in its own paragraph, right after a quotation by a known speaker.
    if (found === -1 && n > 0) {
      const prev = regions[n - 1]!;
      const gapParas = tokens[r.open]!.para - tokens[prev.close]!.para;
      if (gapParas <= 1 && !prev.scare && speakers[n - 1] !== -1 && (prev.continues || gapParas === 0 || tokens[r.open]!.nl > 0)) found = speakers[n - 1]!;
    }
    speakers.push(found);
  });
  return speakers;
}
