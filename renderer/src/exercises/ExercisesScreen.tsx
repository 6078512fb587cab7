import type { Route } from '../app/routes';

export function ExercisesScreen(_props: { route: Extract<Route, { screen: 'exercises' }> }) {
  return (
    <section aria-labelledby="exercises-title" className="screen">
      <h1 id="exercises-title">Exercises</h1>
      <p>Exercises arrive with the exercise bank.</p>
    </section>
  );
}
