/**
 * The core: the handlers behind every contract call, over plain modules, for any host. The host
 * gives it where to store (`Storage`), the shipped sets, and its file dialogs:
 * - the desktop app (main/services.ts → createServices): files under the user-data folder, real dialogs;
 * - the web build (main/web/worker.ts): IndexedDB in a worker, downloads and uploads;
 * - the tests: a temporary folder and in-memory dialogs.
 * No Node, no Electron and no DOM here.
 */
import type { Caller } from './ipc/caller';
import type { Handlers } from './ipc/dispatch';
import { UserFacingError } from './ipc/user-facing-error';
import { teacherOnlyChannels, type AppInfo } from './ipc/contract';
import { createContentRepository, type ShippedSets } from './content/content-repository';
import { createAuthoringHandlers, TEACHER_SETS_FOLDER } from './authoring/authoring-handlers';
import type { ArticleWorker } from './authoring/article-job';
import { unavailableDialogs, type DialogPort } from './dialogs';
import { createProgressService } from './progress/progress-service';
import type { Storage } from './storage/storage';
import { createStorageNotices } from './storage/storage-notices';
import { tidyStorage } from './storage/tidy-storage';
import { noFilesPort, noPathFiles, type PathFilesPort, type TeacherFilesPort } from './teacher/files-port';
import { createTeacherPin, type TeacherPin } from './teacher/teacher-pin';
import { createPinTries } from './progress/pin';
import { withholdForAssessments } from './teacher/withhold';
import { compareViewText } from '../content/logic/compare-view';
import { createCompareViews } from './content/compare-views';
import { createStudentHandlers } from './teacher/student-handlers';
import { createTeacherHandlers, refusePrinting, type PrintClassReport } from './teacher/teacher-handlers';

;

export interface CoreOptions {
  /** Where everything a person saves is kept. */
  storage: Storage;
  /** The article sets that ship with Lenses. */
  shipped: ShippedSets;
  appVersion: string;
  host: AppInfo['host'];
  /** Save and open dialogs for progress export and import (default: refuses, "File dialogs are not available here."). */
  dialogs?: DialogPort;
  /** How often writes that failed are retried in the background (default 15 s). */
  storageRetryMs?: number;
  /** Save and open dialogs for assignment, results, CSV and article files (default: refuses with a readable message). */
  teacherFiles?: TeacherFilesPort;
  /** Files by their path on this computer (desktop only; default: refuses). */
  pathFiles?: PathFilesPort;
  /** Prints the class report to PDF (Electron). Without it, printClassReport refuses. */
  printClassReport?: PrintClassReport;
  /** Where article imports and the analyser run (default: in the core's own thread, with a deadline between steps). */
  articleWorker?: ArticleWorker;
  /** The clock (tests move it forward: PIN lockouts, dates). */
  now?: () => Date;
}

export interface Services {
  handlers: Handlers;
  close(): Promise<void>;
}

/**
 * The one rule for teacher mode: every channel the contract lists in `teacherOnlyChannels` is
 * refused ('locked') while teacher mode is locked, before its handler runs.
 */
function teacherOnly(handlers: Handlers, pin: Pick<TeacherPin, 'requireUnlocked'>): Handlers {
  const guarded: Record<string, (input: never, caller: Caller) => unknown> = { ...handlers };
  for (const name of teacherOnlyChannels) {
    const handler = handlers[name] as (input: unknown, caller: Caller) => unknown;
    guarded[name] = async (input: unknown, caller: Caller) => {
      await pin.requireUnlocked();
      return handler(input, caller);
    };
  }
  return guarded as Handlers;
}

export async function createCore(options: CoreOptions): Promise<Services> {
  const { storage } = options;
  const content = createContentRepository(options.shipped, { storage, folder: TEACHER_SETS_FOLDER });
  const compareViews = createCompareViews(options.shipped, { storage, folder: TEACHER_SETS_FOLDER });
  const now = options.now ?? (() => new Date());
  const notices = createStorageNotices();
  // What a killed app left behind: temp files, unfinished saves, old set-aside copies.
  const tidied = await tidyStorage(storage);
  for (const key of tidied.restored) notices.report(`A save cut short when Lenses last closed was undone: ${storage.describe(key)} is as it was before that save.`);
  const pinTries = createPinTries(storage, () => now().getTime());
  const pin = createTeacherPin(storage, () => now().getTime(), pinTries);
  const progress = createProgressService({
    notices,
    storage,
    content,
    dialogs: options.dialogs ?? unavailableDialogs,
    now,
    retryMs: options.storageRetryMs,
    pinTries,
    // Teacher mode never outlives the profile it was opened under.
    onProfileChange: () => pin.lock(),
  });
  const files = options.teacherFiles ?? noFilesPort;
  const paths = options.pathFiles ?? noPathFiles;
  const student = createStudentHandlers({ storage, notices, appVersion: options.appVersion, files, paths, now, profile: () => progress.currentProfile() });

  const handlers: Handlers = {
    getAppInfo: () => ({ name: 'Lenses', version: options.appVersion, host: options.host }),
    listArticleSets: () => content.list(),
    getArticleSet: async ({ id }) => {
      const loaded = await content.get(id);
      if (!loaded) throw new UserFacingError('not-found', `There is no article set called "${id}".`);
      // While an assessment is open on this profile, its exercises' keys and its articles' highlights stay out.
      return withholdForAssessments(loaded, await student.openAssessments());
    },
    getCompareView: async ({ id }) => {
      const loaded = await content.get(id);
      if (!loaded) throw new UserFacingError('not-found', `There is no article set called "${id}".`);
      // The same rule as getArticleSet; a copy with highlights withheld is a new set, with its own
      // view, never the one prepared for the set (at build time, or when a teacher saved it).
      const { set, withheld } = withholdForAssessments(loaded, await student.openAssessments());
      return withheld ? { view: compareViewText(set), withheld } : { view: await compareViews.textOf(loaded) };
    },

    listProfiles: () => progress.listProfiles(),
    createProfile: (input) => progress.createProfile(input),
    openProfile: (input) => progress.openProfile(input),
    closeProfile: () => progress.closeProfile(),
    getCurrentProfile: () => progress.getCurrentProfile(),
    recordAttempt: (input) => progress.recordAttempt(input),
    getProgress: () => progress.getProgress(),
    getResumeState: () => progress.getResumeState(),
    saveResumeState: (patch) => progress.saveResumeState(patch),
    resetProgress: () => progress.resetProgress(),
    exportProgress: (_input, caller) => progress.exportProgress(caller),
    importProgress: (_input, caller) => progress.importProgress(caller),
    getStorageStatus: () => progress.getStorageStatus(),
    ...student.handlers,
    ...createTeacherHandlers({ storage, notices, content, pin, files, paths, printClassReport: options.printClassReport ?? refusePrinting, now }),
    ...createAuthoringHandlers({ storage, content, files, now, ...(options.articleWorker ? { articleWorker: options.articleWorker } : {}) }),
  };

  return {
    handlers: teacherOnly(handlers, pin),
    close: () => progress.close(),
  };
}
