/**
 * Delivers events to listeners, keeping those that arrive while nobody listens until the first
 * listener subscribes. The preload uses it for files the OS asks to open: main may send them before
 * the renderer has subscribed. Pure, with no imports, so it bundles small into the preload.
 */
export interface EventBuffer<T> {
  emit(event: T): void;
  subscribe(listener: (event: T) => void): () => void;
}

export function createEventBuffer<T>(limit = 100): EventBuffer<T> {
  const listeners = new Set<(event: T) => void>();
  const unheard: T[] = [];
  return {
    emit(event) {
      if (listeners.size === 0) {
        unheard.push(event);
        if (unheard.length > limit) unheard.shift();
        return;
      }
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      for (const event of unheard.splice(0)) listener(event);
      return () => void listeners.delete(listener);
    },
  };
}
