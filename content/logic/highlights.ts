/**
 * From annotations to highlight marks in an article's text: which words each annotation marks,
 * and a non-crossing tree of marks per block that a renderer can turn into nested elements.
 * Pure: shared by the renderer, tests and benchmarks.
 */
import type { Annotation, AnnotationKind, Article } from '../schema/article-set';
import { resolveAnchor } from './anchors';

type HighlightRole = 'cue' | 'source' | 'claim' | 'figure' | 'span';

export interface HighlightSpan {
  annotationId: string;
  kind: AnnotationKind;
  role: HighlightRole;
  block: string;
  start: number;
  end: number;
}

/** The words an annotation marks in the reader (claims only when the reporter makes them unsourced). */
function markedAnchors(a: Annotation) {
  switch (a.kind) {
    case 'attribution':
      if (a.sourceType === 'reporter') return a.claim ? [{ role: 'claim' as const, anchor: a.claim }] : [];
      return [
        ...(a.source ? [{ role: 'source' as const, anchor: a.source }] : []),
        ...(a.cue ? [{ role: 'cue' as const, anchor: a.cue }] : []),
      ];
    case 'number':
      return [{ role: 'figure' as const, anchor: a.figure }];
    case 'framing':
      return [{ role: 'span' as const, anchor: a.span }];
  }
}

/** Every highlight span of an article, in reading order (block order, then offset). */
export function highlightSpans(article: Article): HighlightSpan[] {
  const order = new Map(article.blocks.map((b, i) => [b.id, i]));
  const spans: HighlightSpan[] = [];
  for (const a of article.annotations) {
    for (const { role, anchor } of markedAnchors(a)) {
      const r = resolveAnchor(article, anchor);
      if (r.ok) spans.push({ annotationId: a.id, kind: a.kind, role, ...r.span });
    }
  }
  return spans.sort((x, y) => (order.get(x.block) ?? 0) - (order.get(y.block) ?? 0) || x.start - y.start || y.end - x.end);
}

/** Annotation ids in reading order of their first mark: the order keyboard users step through. */
export function annotationOrder(spans: HighlightSpan[]): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const s of spans) {
    if (!seen.has(s.annotationId)) {
      seen.add(s.annotationId);
      order.push(s.annotationId);
    }
  }
  return order;
}

export interface MarkSpan {
  start: number;
  end: number;
}

export type MarkNode<S extends MarkSpan = HighlightSpan> =
  | { type: 'text'; text: string; start: number }
  | { type: 'mark'; span: S; start: number; end: number; children: Array<MarkNode<S>> };

/**
 * Build properly nested marks for one block's text. Spans that cross an enclosing mark are cut at
 * its boundary and continue outside, so every character keeps all of its highlights.
 */
export function buildMarkTree<S extends MarkSpan>(text: string, spans: S[]): Array<MarkNode<S>> {
  const pieces = [...spans]
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return buildRange(text, 0, text.length, pieces);
}

function buildRange<S extends MarkSpan>(text: string, from: number, to: number, spans: S[]): Array<MarkNode<S>> {
  const nodes: Array<MarkNode<S>> = [];
  let at = from;
  let i = 0;
  const queue = [...spans];
  while (i < queue.length) {
    const s = queue[i]!;
    i += 1;
    const start = Math.max(s.start, at);
    if (start >= s.end) continue;
    if (start > at) nodes.push({ type: 'text', text: text.slice(at, start), start: at });
    const end = Math.min(s.end, to);
    // Spans starting inside this one: the part inside nests, the rest continues after it.
    const inner: S[] = [];
    while (i < queue.length && queue[i]!.start < end) {
      const t = queue[i]!;
      i += 1;
      if (t.end <= end) inner.push(t);
      else {
        inner.push({ ...t, end });
        const rest = { ...t, start: end };
        // keep the queue sorted by start
        let j = i;
        while (j < queue.length && queue[j]!.start <= rest.start) j += 1;
        queue.splice(j, 0, rest);
      }
    }
    nodes.push({ type: 'mark', span: { ...s, start, end }, start, end, children: buildRange(text, start, end, inner) });
    at = end;
  }
  if (at < to) nodes.push({ type: 'text', text: text.slice(at, to), start: at });
  return nodes;
}
