/** The one-time recovery code, shown once when a teacher PIN is chosen: to print or write down. */
export function RecoveryCode({ code, onDone }: { code: string; onDone: () => void }) {
  return (
    <section className="gate-card recovery-code" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Your recovery code</h2>
      <p>
        Write this code down or print it, and keep it away from students. If you forget the teacher PIN, or the teacher file on
        this computer is lost or damaged, this code lets you choose a new PIN. It is shown only now.
      </p>
      <p className="recovery-value" aria-label={`Recovery code: ${code.split('').join(' ')}`}>
        <code>{code}</code>
      </p>
      <div className="actions">
        <button type="button" onClick={() => window.print()}>
          Print the code
        </button>
        <button type="button" className="primary" onClick={onDone}>
          I have written it down
        </button>
      </div>
    </section>
  );
}
