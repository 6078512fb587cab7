import { Activity, lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore, type ComponentType } from 'react';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { useDataPlace } from '../shared/useDataPlace';
import { getLenses, messageOf } from '../shared/lenses';
import { navigate, parseRoute, ROUTE_CHANGED_EVENT, routeToHash, SCREENS, type Route } from '../shared/routes';
import { LibraryScreen } from '../library/LibraryScreen';
import { StorageNotice } from './StorageNotice';

/**
 * A screen whose code loads when first opened, or earlier with `preload`. Once the code is in, the
 * screen is drawn at once: React.lazy would suspend on its first drawing even then, and React
 * holds a suspended screen back for up to 300 ms to avoid flashes.
 */
function screenLoadedLater<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = () => load().then((screen) => (loaded = screen));
  const Lazy = lazy(() => preload().then((screen) => ({ default: screen })));
  function Screen(props: P) {
    // One component for the life of the screen: switching from Lazy to the loaded one would start it afresh.
    const [Drawn] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Drawn {...props} />;
  }
  return { Screen, preload };
}

// Screens other than the Library load when first opened, so the shell starts as fast as a blank page.
// A student's two reading screens are fetched while the first screen sits idle (usePreloadReadingScreens).
const compare = screenLoadedLater(() => import('../compare/CompareScreen').then((m) => m.CompareScreen));
const exercises = screenLoadedLater(() => import('../exercises/ExercisesScreen').then((m) => m.ExercisesScreen));
const CompareScreen = compare.Screen;
const ExercisesScreen = exercises.Screen;
const ProgressScreen = lazy(() => import('../progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })));
const TeacherScreen = lazy(() => import('../teacher-mode/TeacherScreen').then((m) => ({ default: m.TeacherScreen })));
const PrintReport = lazy(() => import('../assignments/teacher/PrintReport').then((m) => ({ default: m.PrintReport })));
const AssignmentScreen = lazy(() => import('../assignments/student/AssignmentScreen').then((m) => ({ default: m.AssignmentScreen })));
import type { MenuCommand } from '../../../main/ipc/contract';
import { ProfileProvider, useProfile } from '../progress/ProfileContext';
import { ProfileGate } from '../progress/ProfileGate';
import { contentGeneration, forgetArticleSets } from '../shared/contentCache';
import { lockOnStart } from '../shared/teacherSession';

const MENU_ROUTES: Partial<Record<MenuCommand, Route>> = {
  'go-library': { screen: 'library' },
  'go-compare': { screen: 'compare' },
  'go-exercises': { screen: 'exercises' },
  'go-progress': { screen: 'progress' },
  'go-teacher': { screen: 'teacher' },
};

function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute((current) => {
      const next = parseRoute(window.location.hash);
      return routeToHash(next) === routeToHash(current) ? current : next;
    });
    window.addEventListener('hashchange', onChange);
    window.addEventListener(ROUTE_CHANGED_EVENT, onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener(ROUTE_CHANGED_EVENT, onChange);
    };
  }, []);
  return route;
}

/**
 * Once the first screen is drawn and the page is idle, fetch and compile Compare's and the
 * exercises' code, so opening them later waits for nothing but their data. Nothing on the way
 * to the first screen waits for this.
 */
function usePreloadReadingScreens(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const preload = () => {
      void compare.preload().catch(() => {});
      void exercises.preload().catch(() => {});
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preload, 1000);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [ready]);
}

type CompareRoute = Extract<Route, { screen: 'compare' }>;

/**
 * The Compare screen the shell keeps drawn: the last one opened, while the same profile (or
 * nobody) is in and the content cache was not dropped since (an assignment opened, a set saved),
 * so a kept screen never shows what a profile may no longer see. (Shown again, it also asks
 * for its set again, which comes from the cache or, after a drop, from main.)
 */
function useKeptCompare(route: Route | null, profileId: string | null): { route: CompareRoute } | null {
  const generation = useSyncExternalStore(contentGeneration.subscribe, contentGeneration.get);
  const key = `${profileId ?? ''}/${generation}`;
  const [kept, setKept] = useState<{ route: CompareRoute; key: string } | null>(null);
  const current = route?.screen === 'compare' ? route : null;
  if (current && (kept?.route !== current || kept.key !== key)) setKept({ route: current, key });
  else if (!current && kept && kept.key !== key) setKept(null);
  if (!route || !kept || kept.key !== key) return current ? { route: current } : null;
  return kept;
}

export function App() {
  return (
    <ProfileProvider>
      <Shell />
    </ProfileProvider>
  );
}

function Shell() {
  const route = useRoute();
  const { profile, browsing, signOut, storageMessage, dismissStorageMessage } = useProfile();
  const needsProfile = profile === null && !browsing && route.screen !== 'teacher' && route.screen !== 'print';
  const showScreen = profile !== undefined && !needsProfile;
  usePreloadReadingScreens(showScreen);
  const kept = useKeptCompare(showScreen ? route : null, profile?.id ?? null);
  const mainRef = useRef<HTMLElement>(null);
  const [about, setAbout] = useState(false);
  const label = SCREENS.find((s) => s.name === route.screen)?.label ?? (route.screen === 'assignment' ? 'Assignment' : route.screen === 'print' ? 'Class report' : 'Lenses');
  const [fileMessage, setFileMessage] = useState<string | null>(null);

  // A reload or a new start of the window locks teacher mode (the core also locks it on restart).
  // Not in the print view: the desktop app prints the class report by loading it in a hidden
  // window while teacher mode is open (it shows nothing unless teacher mode is open anyway).
  useEffect(() => {
    if (parseRoute(window.location.hash).screen !== 'print') void lockOnStart();
  }, []);

  // Files opened from the menu, by double-click (the OS) or dropped on the window.
  useEffect(() => {
    if (!window.lenses) return;
    const openAssignment = async (how: () => Promise<{ assignment: { id: string } | null }>) => {
      setFileMessage(null);
      try {
        const r = await how();
        if (r.assignment) {
          forgetArticleSets();
          navigate({ screen: 'assignment', id: r.assignment.id });
        }
      } catch (e) {
        setFileMessage(messageOf(e));
      }
    };
    const api = getLenses();
    const offMenu = api.onMenuCommand((command) => {
      if (command === 'open-assignment') void openAssignment(() => api.openAssignmentFile({}));
    });
    const offFile = api.onOpenFile((request) => {
      if (request.kind === 'assignment') void openAssignment(() => api.openAssignmentFromPath({ file: request.file }));
      else
        api.importResultsFromPaths({ files: [request.file] }).then(
          (r) => setFileMessage(r.rejected.length ? r.rejected.map((x) => `${x.file}: ${x.reason}`).join(' ') : `Imported results from ${r.imported.map((x) => x.student).join(', ')}.`),
          (e: unknown) => setFileMessage(messageOf(e)),
        );
    });
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void api.fileToken(file).then((token) => {
        if (!token) {
          setFileMessage('Dropped files can only be opened in the Lenses desktop app. Use “Open an assignment file…” instead.');
          return;
        }
        void openAssignment(() => api.openAssignmentFromPath({ file: token }));
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      offMenu();
      offFile();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  useEffect(() => {
    document.title = `${label} – Lenses`;
  }, [label]);

  // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [route.screen]);

  useEffect(() => {
    if (!window.lenses) return;
    return getLenses().onMenuCommand((command) => {
      const target = MENU_ROUTES[command];
      if (target) navigate(target);
      if (command === 'show-about') setAbout(true);
    });
  }, []);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <div className="brand" aria-hidden="true">
          <span className="brand-mark">◎</span> Lenses
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {SCREENS.map((s) => (
              <li key={s.name}>
                <a href={`#/${s.name}`} aria-current={route.screen === s.name ? 'page' : undefined} className="nav-link" aria-keyshortcuts={`Control+${s.key}`}>
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
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {storageMessage && route.screen !== 'progress' && (
          <p role="alert" className="storage-warning">
            {storageMessage}{' '}
            <button type="button" className="small" onClick={dismissStorageMessage}>
              Dismiss
            </button>
          </p>
        )}
        {fileMessage && (
          <p role="alert" className="storage-warning">
            {fileMessage}{' '}
            <button type="button" className="small" onClick={() => setFileMessage(null)}>
              Dismiss
            </button>
          </p>
        )}
        <ErrorBoundary key={route.screen} where={label}>
          <Suspense fallback={<p role="status">Opening {label}…</p>}>
          {profile === undefined && <p role="status">Starting…</p>}
          {needsProfile && <ProfileGate />}
          {showScreen && route.screen === 'library' && <LibraryScreen />}
          {showScreen && route.screen === 'exercises' && <ExercisesScreen route={route} />}
          {showScreen && route.screen === 'progress' && <ProgressScreen />}
          {showScreen && route.screen === 'teacher' && <TeacherScreen key={profile?.id ?? 'no-profile'} route={route} />}
          {showScreen && route.screen === 'assignment' && <AssignmentScreen id={route.id} exerciseId={route.exerciseId} />}
          {showScreen && route.screen === 'print' && <PrintReport assignmentId={route.assignmentId} />}
          </Suspense>
        </ErrorBoundary>
        {kept && (
          // Compare stays drawn, hidden, while the student is elsewhere, so coming back is instant
          // (the same set, the same scroll). After the other screens, so their heading is the one
          // focused when they open.
          <Activity mode={route.screen === 'compare' ? 'visible' : 'hidden'}>
            <ErrorBoundary key={kept.route.setId ?? ''} where="Compare">
              <Suspense fallback={<p role="status">Opening Compare…</p>}>
                <CompareScreen route={kept.route} />
              </Suspense>
            </ErrorBoundary>
          </Activity>
        )}
      </main>
      {route.screen !== 'print' && <StorageNotice />}
      {about && <AboutDialog onClose={() => setAbout(false)} />}
    </div>
  );
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const place = useDataPlace();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="about-title" onClose={onClose} className="dialog">
      <h2 id="about-title">About Lenses</h2>
      <p>Read news reports side by side and learn to spot attribution, framing and differing numbers.</p>
      <p>Everything stays {place}: no account, no tracking, no network.</p>
      <button type="button" onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
