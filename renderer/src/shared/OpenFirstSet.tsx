import { useEffect } from 'react';
import { getLenses } from './lenses';
import { useAsync } from './useAsync';
import { routeToHash, tryParseRoute } from './routes';

/** For screens opened without a set (from the menu or the navigation): go to the first installed set. */
export function OpenFirstSet({ screen, title }: { screen: 'compare' | 'exercises'; title: string }) {
  const [sets] = useAsync(() => getLenses().listArticleSets({}), []);
  useEffect(() => {
    const first = sets.status === 'ready' ? sets.value.sets[0] : undefined;
    // Only while the address still names this screen without a set: a link followed meanwhile
    // changes the address at once, and the shell hears of it a moment later, with this still drawn.
    const now = tryParseRoute(window.location.hash);
    if (first && now?.screen === screen && !now.setId) window.location.replace(routeToHash({ screen, setId: first.id }));
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
