import { useState } from 'react';
import { messageOf } from './lenses';

/**
 * For buttons that do one thing and say how it went (export, import, reset): run the action, show
 * its sentence, or the readable error. Returns the runner and the live region to put on the page.
 */
export function useActionMessage(): [(action: () => Promise<string>) => Promise<void>, React.ReactNode] {
  const [message, setMessage] = useState<string | null>(null);
  const run = async (action: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage(await action());
    } catch (e) {
      setMessage(messageOf(e));
    }
  };
  const region = (
    <div role="status" aria-live="polite">
      {message && <p className="action-message">{message}</p>}
    </div>
  );
  return [run, region];
}
