/** Stored files that could not be read, one line each (file: reason), so nothing fails silently. */
export function FileProblems({ problems }: { problems: ReadonlyArray<{ file: string; message: string }> }) {
  return (
    <>
      {problems.map((p) => (
        <p key={p.file} role="note" className="notice">
          {p.file}: {p.message}
        </p>
      ))}
    </>
  );
}
