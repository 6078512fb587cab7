import { useEffect, useRef } from 'react';
import { useDataPlace } from '../shared/useDataPlace';

/** "About Lenses" from the app menu: what the app is for, and where its data stays. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const place = useDataPlace();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="about-title" onClose={onClose} className="dialog">
      <h2 id="about-title">About Lenses</h2>
      <p>Read news reports side by side and learn to spot attribution, framing and differing numbers.</p>
      <p>Everything stays {place}: no account, no tracking, no network.</p>
      <button type="button" onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
