/**
 * What the automatic analyser returns: spans over the input text exactly as given
 * (UTF-16 offsets of the JS string; `text.slice(start, end) === span.text`). Pure types.
 */
import type { FramingDevice, Hedge, SourceType } from '../schema/article-set';

export type SpanKind = 'attribution-cue' | 'attribution-source' | 'quote' | 'number' | 'framing';

interface SpanBase {
  /** Unique within one analysis: c1, s1, q1, n1, f1… */
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface CueSpan extends SpanBase {
  kind: 'attribution-cue';
  /** The reporting verb or phrase in its base form: "say", "according to", "estimate". */
  lemma: string;
  /** The attribution-source span this cue belongs to, when one was found. */
  sourceId?: string;
  /** Inside a direct quotation (the quoted speaker reports someone else). */
  inQuote?: boolean;
}

export interface SourceSpan extends SpanBase {
  kind: 'attribution-source';
  sourceType: SourceType;
  /** The first cue (in text order) this source belongs to; absent for the speaker of a title ("Ortiz: The Pier Will Close"), who has no cue. */
  cueId?: string;
  /** Every cue this source belongs to. */
  cueIds: string[];
  /** For pronouns ("he", "it"): the earlier source span it most likely stands for. */
  antecedentId?: string;
}

export interface QuoteSpan extends SpanBase {
  kind: 'quote';
  /** The attribution-source span of the speaker, when attributable. */
  speakerSourceId?: string;
  /** The quotation runs on into the next paragraph (opening mark, no closing mark). */
  continues?: boolean;
  /** The closing mark is missing and the next paragraph does not continue the quotation. */
  unclosed?: boolean;
}

export interface NumberSpan extends SpanBase {
  kind: 'number';
  /** The value, or null for vague quantities ("dozens", "several"). Ranges give their lower bound. */
  value: number | null;
  hedge: Hedge;
  /** What is counted, as written, when recoverable ("people", "Palestinians"); percent and currency units too. */
  unit?: string;
  counted?: string;
  /** The event word near the figure, normalised: killed, injured, hostages, detained, displaced, missing. */
  event?: string;
  /** "10 to 15", "between $4.4 billion and $4.6 billion". */
  range?: [number, number];
  /** A change, not a level: "rose 0.3%", "fell 190 points", "up 19 cents". */
  direction?: 'up' | 'down';
  isDate: false;
}

export interface FramingSpan extends SpanBase {
  kind: 'framing';
  device: FramingDevice;
  /** Shown to the teacher: why this is proposed. */
  reason: string;
}

export type AnalysisSpan = CueSpan | SourceSpan | QuoteSpan | NumberSpan | FramingSpan;

export interface Analysis {
  /** All spans, sorted by start, then end. */
  spans: AnalysisSpan[];
  /** Word count of the input (for rates). */
  words: number;
}

export interface AnalyzeOptions {
  /** Only return these kinds (links to kinds left out are dropped). Default: all. */
  kinds?: readonly SpanKind[];
}
