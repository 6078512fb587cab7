import type { ReactNode } from 'react';

/** Words quoted from an article, shown as published. */
export function Quote({ children }: { children: ReactNode }) {
  return <q className="quote">{children}</q>;
}
