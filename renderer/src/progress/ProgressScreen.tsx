export function ProgressScreen() {
  return (
    <section aria-labelledby="progress-title" className="screen">
      <h1 id="progress-title">Progress</h1>
      <p>Your progress will appear here.</p>
    </section>
  );
}
