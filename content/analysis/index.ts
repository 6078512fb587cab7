/**
 * The automatic analysis module: pure TypeScript, no network, usable from main, the renderer and
 * the command line. See content/analysis/README.md.
 */
export { analyzeText } from './analyze';
export { groupAcrossArticles } from './group';
export type { ArticleAnalysis, ProposedLink, LinkMember } from './group';
export { SPAN_KINDS } from './types';
export type { Analysis, AnalysisSpan, AnalyzeOptions, CueSpan, FramingSpan, NumberSpan, QuoteSpan, SourceSpan, SpanKind } from './types';
