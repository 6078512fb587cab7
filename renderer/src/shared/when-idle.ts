/**
 * Run `work` when the page is next idle (within `timeout` ms at most; where the browser cannot say
 * when it is idle, after a third of that); returns how to call it off.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, timeout / 3);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(id);
}

/**
 * Run `work` in a task of its own once the next frame is painted (what was just drawn shows
 * first); returns how to call it off.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
