import { lazy, useState, type ComponentType } from 'react';

/**
 * A screen whose code loads when first opened, or earlier with `preload`. Once the code is in, the
 * screen is drawn at once: React.lazy would suspend on its first drawing even then, and React
 * holds a suspended screen back for up to 300 ms to avoid flashes.
 */
export function screenLoadedLater<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = () => load().then((screen) => (loaded = screen));
  const Lazy = lazy(() => preload().then((screen) => ({ default: screen })));
  function Screen(props: P) {
    // One component for the life of the screen: switching from Lazy to the loaded one would start it afresh.
    const [Drawn] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Drawn {...props} />;
  }
  return { Screen, preload };
}
