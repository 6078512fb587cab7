import { useEffect, useState } from 'react';
import { messageOf } from './lenses';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Run a promise-returning call when its (primitive) dependencies change; results that arrive for
 * older dependencies are ignored. Returns the state and a retry function.
 */
export function useAsync<T>(run: () => Promise<T>, deps: ReadonlyArray<string | number | boolean | undefined | null>): [AsyncState<T>, () => void] {
  const [nonce, setNonce] = useState(0);
  const key = JSON.stringify([...deps, nonce]);
  const [result, setResult] = useState<{ key: string; state: AsyncState<T> } | null>(null);
  useEffect(() => {
    let live = true;
    run().then(
      (value) => live && setResult({ key, state: { status: 'ready', value } }),
      (error: unknown) => live && setResult({ key, state: { status: 'error', message: messageOf(error) } }),
    );
    return () => {
      live = false;
    };
    // `run` is recreated every render; the key holds its real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const state: AsyncState<T> = result && result.key === key ? result.state : { status: 'loading' };
  return [state, () => setNonce((n) => n + 1)];
}
