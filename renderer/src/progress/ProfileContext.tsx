import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Answer } from '../../../content/schema/exercise';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { getLenses, messageOf } from '../shared/lenses';
import { tryParseRoute } from '../shared/routes';
import { forgetArticleSets } from '../shared/contentCache';
import { takeFirst } from '../shared/firstRequests';

export type Profile = ChannelOutput<'listProfiles'>['profiles'][number];
export type ResumeState = ChannelOutput<'getResumeState'>;
type Layers = ResumeState['ui'];

interface ProfileState {
  /** undefined while loading; null when nobody is signed in. */
  profile: Profile | null | undefined;
  /** True when the student chose to browse without a profile (nothing is saved). */
  browsing: boolean;
  resume: ResumeState | null;
  storageMessage: string | null;
  signedIn(profile: Profile): Promise<void>;
  signOut(): Promise<void>;
  browse(): void;
  saveDraft(exerciseId: string, answer: Answer | null): void;
  /** The layers this student last chose (what Compare opens with). */
  savedLayers(): Layers | null;
  /**
   * Save a layer choice. The choice lives in Compare's own store while it is open, so saving
   * changes nothing in this context: a switch never re-renders the screens that use it.
   */
  saveLayers(ui: Partial<Layers>): void;
  dismissStorageMessage(): void;
  reportStorage(status: { ok: boolean; message?: string } | undefined): void;
}

const Ctx = createContext<ProfileState | null>(null);

export function useProfile(): ProfileState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useProfile must be used inside ProfileProvider');
  return v;
}

/** Holds who is studying, their resume state, and saves route, drafts and layer choices as they change. */
export function ProfileProvider({ children }: { children: ReactNode }) {
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const [browsing, setBrowsing] = useState(false);
  const [resume, setResume] = useState<ResumeState | null>(null);
  const [storageMessage, setStorageMessage] = useState<string | null>(null);
  /** Layer choices saved since the resume state was read (they are not put in `resume`, see saveLayers). */
  const layerChoices = useRef<Partial<Layers>>({});

  const pendingDrafts = useRef(new Map<string, Answer | null>());
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A failure message goes away once saving works again; a notice (something set aside) stays until dismissed.
  const failing = useRef(false);
  const reportStorage = useCallback((status: { ok: boolean; message?: string } | undefined) => {
    if (!status) return;
    if (!status.ok) {
      failing.current = true;
      setStorageMessage(status.message ?? 'Lenses could not save your progress. It keeps trying.');
    } else if (status.message) {
      failing.current = false;
      setStorageMessage(status.message);
    } else if (failing.current) {
      failing.current = false;
      setStorageMessage(null);
    }
  }, []);

  // Whether a profile is open: saves that fail because the student just switched profile say nothing.
  const open = useRef(false);
  const saveFailed = useCallback((e: unknown) => {
    if (open.current) setStorageMessage(messageOf(e));
  }, []);

  /** Save the drafts waiting (typing is saved after a short pause); resolves when they are stored. */
  const flushDrafts = useCallback((): Promise<void> => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    draftTimer.current = null;
    if (pendingDrafts.current.size === 0) return Promise.resolve();
    const drafts = Object.fromEntries(pendingDrafts.current);
    pendingDrafts.current.clear();
    return getLenses()
      .saveResumeState({ drafts })
      .then((r) => reportStorage(r.storage), saveFailed);
  }, [reportStorage, saveFailed]);

  // The page hidden or closed (another tab, a reload, the laptop lid): save what was typed now.
  useEffect(() => {
    const now = () => void flushDrafts();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flushDrafts]);

  useEffect(() => {
    takeFirst('getCurrentProfile', () => getLenses().getCurrentProfile({}))
      .then(async (p) => {
        if (p) {
          open.current = true;
          layerChoices.current = {};
          setResume(await getLenses().getResumeState({}));
        }
        // Said at start even before anyone signs in: a damaged store set aside, a folder that could not be read.
        getLenses().getStorageStatus({}).then(reportStorage, () => {});
        setProfile(p);
      })
      .catch(() => setProfile(null));
  }, [reportStorage]);

  const signedIn = useCallback(async (p: Profile) => {
    const r = await getLenses().getResumeState({});
    // A damaged progress file set aside, or saving that is failing: say so at once.
    getLenses().getStorageStatus({}).then(reportStorage, () => {});
    open.current = true;
    forgetArticleSets();
    layerChoices.current = {};
    setResume(r);
    setProfile(p);
    setBrowsing(false);
    // Pick up where this student left off.
    if (r.route && r.route !== window.location.hash) window.location.hash = r.route;
  }, [reportStorage]);

  const signOut = useCallback(async () => {
    // What was just typed is saved to this profile before it closes.
    await flushDrafts();
    open.current = false;
    await getLenses().closeProfile({});
    forgetArticleSets();
    setProfile(null);
    setResume(null);
    setBrowsing(false);
    setStorageMessage(null);
    failing.current = false;
    window.location.hash = '#/library';
  }, [flushDrafts]);

  // Remember where the student is.
  useEffect(() => {
    if (!profile) return;
    const save = () => {
      const route = window.location.hash || '#/library';
      // An address that does not parse (a stray "%") is never kept as the place to resume.
      if (!tryParseRoute(route)) return;
      if (!open.current) return;
      getLenses().saveResumeState({ route }).then((r) => reportStorage(r.storage), saveFailed);
    };
    save();
    window.addEventListener('hashchange', save);
    return () => window.removeEventListener('hashchange', save);
  }, [profile, reportStorage, saveFailed]);

  const value = useMemo<ProfileState>(
    () => ({
      profile,
      browsing,
      resume,
      storageMessage,
      signedIn,
      signOut,
      browse: () => setBrowsing(true),
      saveDraft: (exerciseId, answer) => {
        if (!profile) return;
        setResume((r) => {
          if (!r) return r;
          const drafts = { ...r.drafts };
          if (answer) drafts[exerciseId] = answer;
          else delete drafts[exerciseId];
          return { ...r, drafts };
        });
        // The first change after a pause is saved at once; while typing goes on, the last draft per
        // exercise is saved after a short pause (and at once when the page is hidden or closed).
        pendingDrafts.current.set(exerciseId, answer);
        if (!draftTimer.current || answer === null) {
          void flushDrafts();
          draftTimer.current = setTimeout(() => void flushDrafts(), 250);
          return;
        }
        clearTimeout(draftTimer.current);
        draftTimer.current = setTimeout(() => void flushDrafts(), 250);
      },
      savedLayers: () => (resume ? { ...resume.ui, ...layerChoices.current } : null),
      saveLayers: (ui) => {
        if (!profile) return;
        layerChoices.current = { ...layerChoices.current, ...ui };
        getLenses()
          .saveResumeState({ ui })
          .then((r) => reportStorage(r.storage), saveFailed);
      },
      reportStorage,
      dismissStorageMessage: () => setStorageMessage(null),
    }),
    [profile, browsing, resume, storageMessage, signedIn, signOut, reportStorage, flushDrafts, saveFailed],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
