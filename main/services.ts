/**
 * Main-process services: the handlers behind every contract call, over plain modules. Created
 * with the folders they work in, so tests run them under Node in a temporary folder and the
 * browser test harness serves the renderer with the very same handlers.
 */
import type { Handlers } from './ipc/dispatch';
import { UserFacingError } from './ipc/dispatch';
import { createContentRepository } from './content/content-repository';
import { createAuthoringHandlers, teacherSetsDir } from './authoring/authoring-handlers';
import { unavailableDialogs, type DialogPort } from './dialogs';
import { nodeProgressFs, type ProgressFs } from './progress/progress-fs';
import { createProgressService } from './progress/progress-service';
import { noFilesPort, type TeacherFilesPort } from './teacher/files-port';
import { createTeacherPin } from './teacher/teacher-pin';
import { createStudentHandlers } from './teacher/student-handlers';
import { createTeacherHandlers, refusePrinting, type PrintClassReport } from './teacher/teacher-handlers';

export interface ServiceOptions {
  userDataDir: string;
  /** The folder of shipped article sets (content/sets). */
  contentDir: string;
  appVersion: string;
  host: 'electron' | 'test-harness';
  /** Save and open dialogs for export and import (default: refuses, "File dialogs are not available here."). */
  dialogs?: DialogPort;
  /** File operations for progress storage (tests pass one that fails like a full disk). */
  progressFs?: ProgressFs;
  /** How often writes that failed are retried in the background (default 15 s). */
  storageRetryMs?: number;
  /**
   * Save and open dialogs for assignment, results and CSV files. Without it those calls refuse with
   * a readable message (the browser test harness). To be unified with the progress branch's DialogPort.
   */
  teacherFiles?: TeacherFilesPort;
  /** Prints the class report to PDF (Electron). Without it, printClassReport refuses. */
  printClassReport?: PrintClassReport;
  /** The clock (tests move it forward: PIN lockouts, dates). */
  now?: () => Date;
}

export interface Services {
  handlers: Handlers;
  close(): Promise<void>;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const content = createContentRepository(options.contentDir, { teacherSetsDir: teacherSetsDir(options.userDataDir) });
  const now = options.now ?? (() => new Date());
  const progress = createProgressService({
    userDataDir: options.userDataDir,
    content,
    fs: options.progressFs ?? nodeProgressFs,
    dialogs: options.dialogs ?? unavailableDialogs,
    now,
    retryMs: options.storageRetryMs,
  });
  const files = options.teacherFiles ?? noFilesPort;
  const pin = createTeacherPin(options.userDataDir, () => now().getTime());

  const handlers: Handlers = {
    getAppInfo: () => ({ name: 'Lenses', version: options.appVersion, host: options.host }),
    listArticleSets: () => content.list(),
    getArticleSet: async ({ id }) => {
      const loaded = await content.get(id);
      if (!loaded) throw new UserFacingError('not-found', `There is no article set called "${id}".`);
      return loaded;
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
    exportProgress: () => progress.exportProgress(),
    importProgress: () => progress.importProgress(),
    getStorageStatus: () => progress.getStorageStatus(),
    ...createStudentHandlers({ userDataDir: options.userDataDir, appVersion: options.appVersion, files, now }),
    ...createTeacherHandlers({ userDataDir: options.userDataDir, content, pin, files, printClassReport: options.printClassReport ?? refusePrinting, now }),
    ...createAuthoringHandlers({ userDataDir: options.userDataDir, content, pin, files, now }),
  };

  return {
    handlers,
    close: () => progress.close(),
  };
}
