import { useEffect, useState } from 'react';
import { getLenses } from '../shared/lenses';
import { STORAGE_PERSISTENCE_EVENT, storagePersisted } from './storage-persistence';
import { useActionMessage } from '../shared/useActionMessage';
import { useDataPlace } from '../shared/useDataPlace';
import { useProfile } from '../progress/ProfileContext';

const HIDDEN_KEY = 'lenses-storage-notice-hidden';

function hiddenThisSession(): boolean {
  try {
    return window.sessionStorage.getItem(HIDDEN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * In a browser, Lenses' data lives in the browser's storage, which the browser may clear when the
 * device runs low on space unless it granted persistent storage. Says so plainly, with a one-click
 * export of the student's progress. Shown only in the web build, and only when persistence was not granted.
 * It sits at the foot of the page (at the bottom of the window when the screen is short), so that
 * appearing a moment after the screen neither moves nor covers anything the student is about to click.
 */
export function StorageNotice() {
  const { profile } = useProfile();
  const web = useDataPlace() === 'in this browser';
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [hidden, setHidden] = useState(false);
  const [act, actionMessage] = useActionMessage();

  useEffect(() => {
    if (!web) return;
    let live = true;
    // Whether it was hidden is read with the answer on persistence (nothing shows before it), so
    // in the web build only, and not in the first drawing: the page's first use of sessionStorage
    // waits on the browser (about 2 ms of the shell's first render, sampled, on the desktop too).
    const check = () =>
      void storagePersisted().then((p) => {
        if (!live) return;
        if (!p) setHidden((h) => h || hiddenThisSession());
        setPersisted(p);
      });
    check();
    window.addEventListener(STORAGE_PERSISTENCE_EVENT, check);
    return () => {
      live = false;
      window.removeEventListener(STORAGE_PERSISTENCE_EVENT, check);
    };
  }, [web]);

  if (!web || persisted !== false || hidden) return null;
  const hide = () => {
    try {
      window.sessionStorage.setItem(HIDDEN_KEY, '1');
    } catch {
      // Hidden for as long as this page stays open.
    }
    setHidden(true);
  };
  return (
    <aside className="storage-notice" aria-label="Your data in this browser">
      <p>
        <strong>Your progress is kept only in this browser.</strong> The browser may delete Lenses’ data when the device runs low on space. Export your
        progress now and then to keep a copy.
      </p>
      <div className="storage-notice-actions">
        {profile ? (
          <button
            type="button"
            className="primary small"
            onClick={() =>
              void act(async () => {
                const r = await getLenses().exportProgress({});
                return r.saved ? `Saved your progress to ${r.path ?? 'the file you chose'}.` : 'Nothing was saved.';
              })
            }
          >
            Export my progress
          </button>
        ) : (
          <span className="muted">Choose your profile to export its progress.</span>
        )}
        <button type="button" className="small" onClick={hide} aria-label="Hide this note about browser storage">
          Hide
        </button>
      </div>
      {actionMessage}
    </aside>
  );
}
