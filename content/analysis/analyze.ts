/**
 * analyzeText: the automatic analysis of one text into attribution cues and sources, quotations,
 * numbers and framing candidates, with offsets into the text exactly as given. Pure.
 */
import { findAttributions, quoteSpeakers, signedQuoteSpeakers, titleSpeaker, transcriptTurns, turnSpeakers } from './attribution';
import { findFraming } from './framing';
import { findNumbers } from './numbers';
import { findQuotes } from './quotes';
import { personSurnames } from './source-type';
import { tokenizeText } from './tokens';
import type { Analysis, AnalysisSpan, AnalyzeOptions, CueSpan, FramingSpan, NumberSpan, QuoteSpan, SourceSpan } from './types';
import { G, PRONOUNS_GROUP, PRONOUNS_INSTITUTION, PRONOUNS_PERSON } from './lexicon';

/** "He's said", "I've argued", "who'd": a pronoun written with a contracted auxiliary is the source without it. */
const CONTRACTED = /^(\p{L}+)['’](?:s|ve|d|ll|re|m)$/iu;

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const { tokens, sentences } = tokenizeText(text);
  const { regions, inQuote } = findQuotes(tokens);
  const span = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b]!.end, text: text.slice(tokens[a]!.start, tokens[b]!.end) });
  const sourceSpan = (a: number, b: number) => {
    const bare = a === b ? CONTRACTED.exec(tokens[a]!.text)?.[1] : undefined;
    if (bare === undefined || !(G.pronouns.has(bare.toLowerCase()) || G.relatives.has(bare.toLowerCase()))) return span(a, b);
    return { start: tokens[a]!.start, end: tokens[a]!.start + bare.length, text: bare };
  };

  // Attribution cues and sources (one source span per distinct phrase).
  // The surnames the text uses for people, and its transcript turns: found once, for every rule that names a speaker.
  const surnames = personSurnames(tokens);
  const turns = transcriptTurns(tokens, surnames);
  const attributions = findAttributions(tokens, sentences, regions, inQuote, surnames, turns);
  const cues: CueSpan[] = [];
  const sources: SourceSpan[] = [];
  const sourceByRange = new Map<string, SourceSpan>();
  attributions.forEach((a, n) => {
    const cue: CueSpan = { kind: 'attribution-cue', id: `c${n + 1}`, ...span(a.cue.start, a.cue.end), lemma: a.cue.lemma };
    if (a.cue.quote !== -1) cue.inQuote = true;
    if (a.source && a.sourceType) {
      const key = `${a.source.start}:${a.source.end}`;
      let s = sourceByRange.get(key);
      if (!s) {
        s = { kind: 'attribution-source', id: `s${sources.length + 1}`, ...sourceSpan(a.source.start, a.source.end), sourceType: a.sourceType, cueId: cue.id, cueIds: [] };
        sourceByRange.set(key, s);
        sources.push(s);
      }
      s.cueIds.push(cue.id);
      cue.sourceId = s.id;
    }
    cues.push(cue);
  });
  // "Ortiz: The Pier Will Close": the speaker of the title is a source with no cue (see titleSpeaker).
  const title = titleSpeaker(tokens, surnames);
  if (title && !sourceByRange.has(`${title.source.start}:${title.source.end}`)) {
    sources.unshift({ kind: 'attribution-source', id: 's0', ...span(title.source.start, title.source.end), sourceType: title.sourceType, cueIds: [] });
  }
  // "“The pier is safe.”" and on the next line "- Ortiz.", "ORTIZ: We will rebuild the pier." in a transcript: the speaker
  // who signs a quotation or opens a turn is a source with no cue (see signedQuoteSpeakers and turnSpeakers).
  [...signedQuoteSpeakers(tokens, surnames), ...turnSpeakers(tokens, surnames, turns)].forEach((speaker, n) => {
    if (sourceByRange.has(`${speaker.source.start}:${speaker.source.end}`)) return;
    sources.push({ kind: 'attribution-source', id: `sq${n + 1}`, ...span(speaker.source.start, speaker.source.end), sourceType: speaker.sourceType, cueIds: [] });
  });
  // Pronouns point back to the latest fitting source: the latest source of each type that is no personal or
  // institutional pronoun is kept as the sources are read, as looking back over all earlier sources from each pronoun
  // took time growing with the square of their number ("He said." ten thousand times).
  const latestByType = new Map<SourceSpan['sourceType'], { n: number; s: SourceSpan }>();
  sources.forEach((s, n) => {
    const w = s.text.toLowerCase();
    const wanted: ReadonlyArray<SourceSpan['sourceType']> | null = PRONOUNS_PERSON.has(w) ? ['named-person'] : PRONOUNS_INSTITUTION.has(w) ? ['named-institution', 'document', 'news-agency'] : PRONOUNS_GROUP.has(w) ? ['named-institution', 'vague', 'anonymous-official'] : null;
    let earlier: { n: number; s: SourceSpan } | undefined;
    for (const type of wanted ?? []) {
      const candidate = latestByType.get(type);
      if (candidate && (!earlier || candidate.n > earlier.n)) earlier = candidate;
    }
    if (earlier) {
      s.antecedentId = earlier.s.id;
      if (PRONOUNS_GROUP.has(w)) s.sourceType = earlier.s.sourceType;
    }
    if (!PRONOUNS_PERSON.has(w) && !PRONOUNS_INSTITUTION.has(w)) latestByType.set(s.sourceType, { n, s });
  });

  const speakers = quoteSpeakers(tokens, regions, attributions);
  const quotes: QuoteSpan[] = [];
  regions.forEach((r, n) => {
    if (r.scare) return;
    const q: QuoteSpan = { kind: 'quote', id: `q${quotes.length + 1}`, start: r.start, end: r.end, text: text.slice(r.start, r.end) };
    const a = speakers[n]!;
    const src = a === -1 ? undefined : cues[a]?.sourceId;
    if (src) q.speakerSourceId = src;
    if (r.continues) q.continues = true;
    if (r.unclosed) q.unclosed = true;
    quotes.push(q);
  });

  const numbers: NumberSpan[] = findNumbers(tokens).map((f, n) => {
    const at = span(f.start, f.end);
    // "10M.": the full stop the tokenizer keeps on a capital letter ends the sentence, not the figure.
    if (f.end > f.start && tokens[f.end - 1]!.type === 'num' && /^\p{Lu}{1,2}\.$/u.test(tokens[f.end]!.text)) {
      at.end -= 1;
      at.text = at.text.slice(0, -1);
    }
    const s: NumberSpan = { kind: 'number', id: `n${n + 1}`, ...at, value: f.value, hedge: f.hedge, isDate: false };
    if (f.unit) s.unit = f.unit;
    if (f.counted) s.counted = f.counted;
    if (f.event) s.event = f.event;
    if (f.range) s.range = f.range;
    if (f.direction) s.direction = f.direction;
    return s;
  });

  const cueTokens = new Set<number>();
  for (const a of attributions) for (let k = a.cue.start; k <= a.cue.end; k += 1) cueTokens.add(k);
  const framing: FramingSpan[] = findFraming(tokens, regions, cueTokens).map((f, n) => ({ kind: 'framing', id: `f${n + 1}`, ...span(f.start, f.end), device: f.device, reason: f.reason }));

  let spans: AnalysisSpan[] = [...cues, ...sources, ...quotes, ...numbers, ...framing];
  if (options.kinds) {
    const keep = new Set(options.kinds);
    spans = spans.filter((s) => keep.has(s.kind));
    const ids = new Set(spans.map((s) => s.id));
    for (const s of spans) {
      if (s.kind === 'attribution-cue' && s.sourceId && !ids.has(s.sourceId)) delete s.sourceId;
      if (s.kind === 'quote' && s.speakerSourceId && !ids.has(s.speakerSourceId)) delete s.speakerSourceId;
      if (s.kind === 'attribution-source') {
        s.cueIds = s.cueIds.filter((id) => ids.has(id));
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const words = tokens.reduce((n, t) => n + (t.type === 'word' || t.type === 'num' ? 1 : 0), 0);
  return { spans, words };
}
