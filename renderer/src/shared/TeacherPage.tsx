/** The frame every teacher page shares: its title, an optional crumb back, and the lock button. */
export function TeacherPage({ title, children, onLock, crumb }: { title: string; children: React.ReactNode; onLock?: () => void; crumb?: React.ReactNode }) {
  return (
    <section aria-labelledby="teacher-title" className="screen">
      <div className="teacher-head">
        <div>
          {crumb && <p className="crumb">{crumb}</p>}
          <h1 id="teacher-title">{title}</h1>
        </div>
        {onLock && (
          <button type="button" onClick={onLock}>
            Lock teacher mode
          </button>
        )}
      </div>
      {children}
    </section>
  );
}
