import type { AnnotationKind } from '../../../content/schema/article-set';

export type Layers = Record<AnnotationKind, boolean>;
export const ALL_LAYERS_ON: Layers = { attribution: true, number: true, framing: true };

export const LAYER_INFO: Array<{ kind: AnnotationKind; label: string; style: string; symbol: string }> = [
  { kind: 'attribution', label: 'Attribution', style: 'solid underline', symbol: '“ ”' },
  { kind: 'number', label: 'Numbers', style: 'double underline', symbol: '#' },
  { kind: 'framing', label: 'Framing', style: 'wavy underline', symbol: '~' },
];
