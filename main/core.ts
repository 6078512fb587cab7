/**
 * The core: the handlers behind every contract call, over plain modules, for any host. The host
 * gives it where to store (`Storage`), the shipped sets, and its file dialogs:
 * - the desktop app (main/services.ts → createServices): files under the user-data folder, real dialogs;
 * - the web build (main/web/worker.ts): IndexedDB in a worker, downloads and uploads;
 * - the tests: a temporary folder and in-memory dialogs.
 * No Node, no Electron and no DOM here.
 */
import type { Handlers } from './ipc/dispatch';
import { bindHandlers } from './ipc/handler-map';
import type { AppInfo } from './ipc/contract';
import { teacherOnly } from './rules/teacher-only';
import { createContentRepository, type ShippedSets } from './content/content-repository';
import { contentHandlers } from './content/content-handlers';
import { authoringHandlers, createAuthoringDeps, TEACHER_SETS_FOLDER } from './authoring/authoring-handlers';
import type { ArticleWorker } from './authoring/article-job';
import { unavailableDialogs, type DialogPort } from './platform/files/dialogs';
import { closeProgress, createProgressDeps, currentProfile, progressHandlers } from './progress/progress-service';
import type { Storage } from './platform/storage/storage';
import { createStorageNotices } from './storage/storage-notices';
import { tidyStorage } from './storage/tidy-storage';
import { noFilesPort, noPathFiles, type PathFilesPort, type TeacherFilesPort } from './platform/files/files';
import { createTeacherPin } from './teacher-mode/teacher-pin';
import { createPinTries } from './progress/pin';
import { createStudentDeps, openAssessments, studentHandlers } from './assignments/student-handlers';
import { createTeacherDeps, teacherHandlers } from './assignments/teacher-handlers';
import { createCompareViews } from './content/compare-views';
import { refusePrinting, type PrintClassReport } from './platform/print/print';

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
  const progress = createProgressDeps({
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
  const student = createStudentDeps({ storage, notices, appVersion: options.appVersion, files, paths, now, profile: () => currentProfile(progress) });
  const teacher = createTeacherDeps({ storage, notices, content, pin, files, paths, printClassReport: options.printClassReport ?? refusePrinting, now });
  const authoring = createAuthoringDeps({ storage, content, files, now, ...(options.articleWorker ? { articleWorker: options.articleWorker } : {}) });

  // One map per feature, each given its deps once; every channel has exactly one handler (tests/unit/handler-map.test.ts).
  const handlers: Handlers = {
    ...bindHandlers(contentHandlers, { content, compareViews, appVersion: options.appVersion, host: options.host, student: { openAssessments: () => openAssessments(student) } }),
    ...bindHandlers(progressHandlers, progress),
    ...bindHandlers(studentHandlers, student),
    ...bindHandlers(teacherHandlers, teacher),
    ...bindHandlers(authoringHandlers, authoring),
  };

  return {
    handlers: teacherOnly(handlers, pin),
    close: () => closeProgress(progress),
  };
}
