import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the new screen's heading so keyboard and screen-reader users land on it (not on
 * the first screen: the page has just opened). A screen whose code is still on its way says
 * "Opening …" without a heading; its heading gets focus when it appears, unless the person has
 * moved focus meanwhile.
 */
export function useScreenFocus(mainRef: RefObject<HTMLElement | null>, screen: string) {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const focusedBefore = document.activeElement;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      const now = document.activeElement;
      const moved = now !== focusedBefore && now !== document.body && now !== null && now.isConnected;
      if (moved) observer.disconnect();
      else if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [mainRef, screen]);
}
