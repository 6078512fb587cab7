import { Activity, Suspense, useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { askFirstQuestions } from '../shared/firstRequests';
import { LibraryScreen } from '../library/LibraryScreen';
import { ProfileProvider, useProfile } from '../progress/ProfileContext';
import { ProfileGate } from '../progress/ProfileGate';
import { CompareFontWarmup } from '../compare/FontWarmup';
import { AboutDialog } from './AboutDialog';
import { DismissibleAlert } from './DismissibleAlert';
import { StorageNotice } from './StorageNotice';
import { TopBar } from './TopBar';
import { screenLabel } from './screen-label';
import { AssignmentScreen, CompareScreen, ExercisesScreen, preloadCompareScreen, PrintReport, ProgressScreen, TeacherScreen, usePreloadReadingScreens } from './screens';
import { useCompareViewEarly } from './useCompareViewEarly';
import { useDocumentTitle } from './useDocumentTitle';
import { useDroppedFiles } from './useDroppedFiles';
import { useKeptCompare } from './useKeptCompare';
import { useLockTeacherOnStart } from './useLockTeacherOnStart';
import { useMenuCommands } from './useMenuCommands';
import { useOpenedFiles } from './useOpenedFiles';
import { useRoute } from './useRoute';
import { useScreenFocus } from './useScreenFocus';

export function App() {
  return (
    <ProfileProvider>
      <Shell />
    </ProfileProvider>
  );
}

/** The app frame: the bar, the screen the route names (Compare kept drawn while away), messages, the About dialog. */
function Shell() {
  // Before the profile provider's own effect asks who is studying (a child's effects run first).
  useEffect(askFirstQuestions, []);
  const route = useRoute();
  const { profile, browsing, storageMessage, dismissStorageMessage } = useProfile();
  const needsProfile = profile === null && !browsing && route.screen !== 'teacher' && route.screen !== 'print';
  const showScreen = profile !== undefined && !needsProfile;
  usePreloadReadingScreens(showScreen);
  const kept = useKeptCompare(showScreen ? route : null, profile?.id ?? null);
  useCompareViewEarly(showScreen ? route : null, preloadCompareScreen);
  const mainRef = useRef<HTMLElement>(null);
  const label = screenLabel(route.screen);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  useLockTeacherOnStart();
  useOpenedFiles(setFileMessage);
  useDroppedFiles(setFileMessage);
  useDocumentTitle(label);
  useScreenFocus(mainRef, route.screen);
  const { about, closeAbout } = useMenuCommands();

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <TopBar screen={route.screen} />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {storageMessage && route.screen !== 'progress' && <DismissibleAlert message={storageMessage} onDismiss={dismissStorageMessage} />}
        {fileMessage && <DismissibleAlert message={fileMessage} onDismiss={() => setFileMessage(null)} />}
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
      <CompareFontWarmup ready={showScreen && route.screen !== 'compare' && !kept} />
      {route.screen !== 'print' && <StorageNotice />}
      {about && <AboutDialog onClose={closeAbout} />}
    </div>
  );
}
