import { useEffect } from 'react';

/** The window's (or tab's) title names the screen shown. */
export function useDocumentTitle(label: string) {
  useEffect(() => {
    document.title = `${label} – Lenses`;
  }, [label]);
}
