export function TeacherScreen() {
  return (
    <section aria-labelledby="teacher-title" className="screen">
      <h1 id="teacher-title">Teacher</h1>
      <p>Teacher tools will appear here.</p>
    </section>
  );
}
