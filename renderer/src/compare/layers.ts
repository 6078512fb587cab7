import { useLayoutEffect, useRef, type RefObject } from 'react';
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
 * The layers switched on, held outside React's tree. A switch renders nothing in React: what shows
 * the choice (the articles' container's classes, the switches, each column's count) is set on the
 * page by the store's listeners (`useLayersOnElement`), within the click.
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

/**
 * An element kept in step with the layers without a render: `show` runs on it on every switch,
 * and after each render of the component (a render draws what it read from the store, and a render
 * that gives way to clicks may have read it before the last switch). `show` must write only what
 * differs: on most switches most of what it shows stays as it was.
 */
export function useLayersOnElement<T extends Element>(store: LayerStore, show: (el: T, layers: Layers) => void): RefObject<T | null> {
  const ref = useRef<T>(null);
  const latest = useRef(show);
  useLayoutEffect(() => {
    latest.current = show;
    if (ref.current) show(ref.current, store.get());
  });
  useLayoutEffect(
    () =>
      store.subscribe(() => {
        if (ref.current) latest.current(ref.current, store.get());
      }),
    [store],
  );
  return ref;
}

/** The class on a container of articles that switches a layer off (the styles hang on them). */
const OFF_CLASS: Record<AnnotationKind, string> = { attribution: 'layers-off-attribution', number: 'layers-off-number', framing: 'layers-off-framing' };

/** The classes of a container of articles that switch its layers off, e.g. " layers-off-number layers-off-framing" (one per layer: the styles hang on them). */
export function layersOffClasses(layers: Layers): string {
  let classes = '';
  for (const { kind } of LAYER_INFO) if (!layers[kind]) classes += ` ${OFF_CLASS[kind]}`;
  return classes;
}

/** The same classes set on a container already on the page (a class already as it should be is left alone). */
export function showLayersOff(el: Element, layers: Layers): void {
  for (const { kind } of LAYER_INFO) el.classList.toggle(OFF_CLASS[kind], !layers[kind]);
}
