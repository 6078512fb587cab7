/**
 * Runs async jobs one after another per key, so two saves to the same file never interleave (the
 * second reads what the first wrote). Jobs for different keys run side by side.
 */
export interface KeyedQueue {
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
  /** Resolves once every job queued so far, for any key, has finished (a read that must see them). */
  idle(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, job) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(job, job);
      const tail = result.catch(() => {});
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    async idle() {
      await Promise.all([...tails.values()]);
    },
  };
}
