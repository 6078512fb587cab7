import { useEffect, useRef } from 'react';

/**
 * A <details> that opens over the page closes again when the student clicks elsewhere or presses
 * Escape (focus inside it goes back to its summary), like any pop-up.
 */
export function useLightDismiss() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const away = (e: PointerEvent) => {
      if (details.open && e.target instanceof Node && !details.contains(e.target)) details.open = false;
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !details.open) return;
      const inside = document.activeElement !== null && details.contains(document.activeElement);
      details.open = false;
      if (inside) {
        e.preventDefault();
        details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape);
    };
  }, []);
  return ref;
}
