import type { ReactNode } from 'react';

/**
 * What a screen shows when its data could not be loaded: the reason in words and a way to try
 * again (announced at once, as an alert), with any other way out beside it ("Back to the Library").
 */
export function LoadError({ message, onRetry, children }: { message: string; onRetry: () => void; children?: ReactNode }) {
  return (
    <div role="alert" className="error-panel">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
      {children && <> {children}</>}
    </div>
  );
}
