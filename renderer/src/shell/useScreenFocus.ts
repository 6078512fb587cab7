import { useEffect, useRef, type RefObject } from 'react';

/** Moves focus to the new screen's heading so keyboard and screen-reader users land on it (not on the first screen: the page has just opened). */
export function useScreenFocus(mainRef: RefObject<HTMLElement | null>, screen: string) {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [mainRef, screen]);
}
