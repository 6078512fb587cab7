import { useEffect } from 'react';
import { getLenses } from './lenses';
import { useAsync } from './useAsync';
import { routeToHash } from './routes';

/** For screens opened without a set (from the menu or the navigation): go to the first installed set. */
export function OpenFirstSet({ screen, title }: { screen: 'compare' | 'exercises'; title: string }) {
  const [sets] = useAsync(() => getLenses().listArticleSets({}), []);
  useEffect(() => {
    if (sets.status === 'ready' && sets.value.sets[0]) window.location.replace(routeToHash({ screen, setId: sets.value.sets[0].id }));
  }, [sets, screen]);
  const titleId = `${screen}-title`;
  return (
    <section aria-labelledby={titleId} className="screen">
      <h1 id={titleId}>{title}</h1>
      {sets.status === 'error' && <p role="alert">{sets.message}</p>}
      {sets.status === 'ready' && sets.value.sets.length === 0 ? <p>No article sets are installed.</p> : <p role="status">Opening…</p>}
    </section>
  );
}
