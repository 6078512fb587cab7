/** A message the person should see at once (role alert), until they dismiss it. */
export function DismissibleAlert({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <p role="alert" className="storage-warning">
      {message}{' '}
      <button type="button" className="small" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
