import { useEffect, useState, type ComponentType } from 'react';

/**
 * A screen whose code loads when first opened, or earlier with `preload`. Once the code is in, the
 * screen is drawn at once. Until then the screen says it is opening, and draws itself the moment its
 * code arrives. It does not suspend: React holds a suspended screen's content back for up to 300 ms
 * after its fallback showed (to avoid flashes), and that wait was most of a first visit on a slow
 * machine. Code that fails to load is thrown where the screen is drawn, for its error boundary.
 */
export function screenLoadedLater<P extends object>(load: () => Promise<ComponentType<P>>, label: string) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        loading = null; // opened again, it tries again
        throw error;
      },
    ));
  function Screen(props: P) {
    const [Drawn, setDrawn] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (Drawn) return;
      let live = true;
      preload().then(
        (screen) => live && setDrawn(() => screen),
        (error: unknown) => live && setFailed({ error }),
      );
      return () => {
        live = false;
      };
    }, [Drawn]);
    if (failed) throw failed.error;
    if (!Drawn) return <p role="status">Opening {label}…</p>;
    return <Drawn {...props} />;
  }
  return { Screen, preload };
}
