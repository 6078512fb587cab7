/**
 * The automatic analysis module: pure TypeScript, no network, usable from main, the renderer and
 * the command line. See content/analysis/README.md.
 */
export { analyzeText } from './analyze';
export { groupAcrossArticles } from './group';
export type { ArticleAnalysis } from './group';
export type { AnalysisSpan, CueSpan, NumberSpan, SourceSpan, SpanKind } from './types';
