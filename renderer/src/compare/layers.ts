import { useSyncExternalStore } from 'react';
import type { AnnotationKind } from '../../../content/schema/article-set';

export type Layers = Record<AnnotationKind, boolean>;
/** What a student sees before choosing (and with no profile): one layer, so the text is readable. */
export const DEFAULT_LAYERS: Layers = { attribution: true, number: false, framing: false };

export const LAYER_INFO: Array<{ kind: AnnotationKind; label: string; style: string; symbol: string }> = [
  { kind: 'attribution', label: 'Attribution', style: 'solid underline; the reporting words in bold', symbol: '“ ”' },
  { kind: 'number', label: 'Numbers', style: 'double underline', symbol: '#' },
  { kind: 'framing', label: 'Framing', style: 'wavy underline', symbol: '~' },
];

/**
 * The layers switched on, held outside React's tree: a switch re-renders only what shows the
 * choice (the switches, each column's count, the data attribute the styles hang on), never the
 * articles' text and marks.
 */
export interface LayerStore {
  get(): Layers;
  set(update: (layers: Layers) => Layers): void;
  subscribe(listener: () => void): () => void;
}

export function createLayerStore(initial: Layers): LayerStore {
  let layers = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => layers,
    set(update) {
      const next = update(layers);
      if (next === layers) return;
      layers = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useLayers(store: LayerStore): Layers {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The classes of a container of articles that switch its layers off, e.g. " layers-off-number layers-off-framing" (one per layer: the styles hang on them). */
export function layersOffClasses(layers: Layers): string {
  let classes = '';
  for (const { kind } of LAYER_INFO) if (!layers[kind]) classes += ` layers-off-${kind}`;
  return classes;
}
