/**
 * Work over a list with a few items in flight at once, handed back in the list's order: a class's
 * results files are read (or looked up on disk) while the one before is being checked, and never
 * more than `window` are held at once, so a folder of large files cannot fill the memory.
 */

/** `f` over `items`, at most `window` running at once, results yielded in the items' order. */
export async function* readAhead<T, R>(items: readonly T[], window: number, f: (item: T) => Promise<R>): AsyncGenerator<R> {
  const running: Array<Promise<R>> = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && running.length < window) {
      const job = f(items[next] as T);
      // A failure is thrown where it is awaited, in order; until then it is not "unhandled".
      job.catch(() => undefined);
      running.push(job);
      next += 1;
    }
  };
  fill();
  while (running.length > 0) {
    const result = await (running.shift() as Promise<R>);
    fill();
    yield result;
  }
}

/** `f` over `items`, at most `window` at once; the results in the items' order. */
export async function mapAhead<T, R>(items: readonly T[], window: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of readAhead(items, window, f)) out.push(r);
  return out;
}
