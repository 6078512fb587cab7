import { useProfile } from '../progress/ProfileContext';
import { SCREENS, type Route } from '../shared/routes';

/** The bar above every screen: the name, the main navigation (the current screen marked), and who is signed in. */
export function TopBar({ screen }: { screen: Route['screen'] }) {
  const { profile, browsing, signOut } = useProfile();
  return (
    <header className="topbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">◎</span> Lenses
      </div>
      <nav aria-label="Main">
        <ul className="nav-list">
          {SCREENS.map((s) => (
            <li key={s.name}>
              <a href={`#/${s.name}`} aria-current={screen === s.name ? 'page' : undefined} className="nav-link" aria-keyshortcuts={`Control+${s.key}`}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="who">
        {profile && (
          <>
            <span className="who-name">
              <span className="visually-hidden">Signed in as </span>
              {profile.name}
            </span>
            <button type="button" className="small" onClick={() => void signOut()}>
              Switch profile
            </button>
          </>
        )}
        {profile === null && browsing && (
          <button type="button" className="small" onClick={() => void signOut()}>
            Choose a profile
          </button>
        )}
      </div>
    </header>
  );
}
