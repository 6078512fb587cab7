import type { Route } from '../app/routes';

export function CompareScreen(_props: { route: Extract<Route, { screen: 'compare' }> }) {
  return (
    <section aria-labelledby="compare-title" className="screen">
      <h1 id="compare-title">Compare</h1>
      <p>Choose an article set in the Library to read its reports side by side.</p>
    </section>
  );
}
