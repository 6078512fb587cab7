import type { AnnotationKind } from '../../../content/schema/article-set';

export type Layers = Record<AnnotationKind, boolean>;
/** What a student sees before choosing (and with no profile): one layer, so the text is readable. */
export const DEFAULT_LAYERS: Layers = { attribution: true, number: false, framing: false };

export const LAYER_INFO: Array<{ kind: AnnotationKind; label: string; style: string; symbol: string }> = [
  { kind: 'attribution', label: 'Attribution', style: 'solid underline; the reporting words in bold', symbol: '“ ”' },
  { kind: 'number', label: 'Numbers', style: 'double underline', symbol: '#' },
  { kind: 'framing', label: 'Framing', style: 'wavy underline', symbol: '~' },
];
