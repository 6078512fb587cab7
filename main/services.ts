/**
 * Main-process services: the handlers behind every contract call, over plain modules. Created
 * with the folders they work in, so tests run them under Node in a temporary folder and the
 * browser test harness serves the renderer with the very same handlers.
 */
import type { Handlers } from './ipc/dispatch';
import { UserFacingError } from './ipc/dispatch';
import { createContentRepository } from './content/content-repository';
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
  /**
   * Save and open dialogs for assignment, results and CSV files. Without it those calls refuse with
   * a readable message (the browser test harness). To be unified with the progress branch's DialogPort.
   */
  teacherFiles?: TeacherFilesPort;
  /** Prints the class report to PDF (Electron). Without it, printClassReport refuses. */
  printClassReport?: PrintClassReport;
  /** The clock (tests move it to check the PIN lockout and dates). */
  now?: () => Date;
}

export interface Services {
  handlers: Handlers;
  close(): Promise<void>;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const content = createContentRepository(options.contentDir);
  const now = options.now ?? (() => new Date());
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
    ...createStudentHandlers({ userDataDir: options.userDataDir, appVersion: options.appVersion, files, now }),
    ...createTeacherHandlers({ userDataDir: options.userDataDir, content, pin, files, printClassReport: options.printClassReport ?? refusePrinting, now }),
  };

  return {
    handlers,
    async close() {},
  };
}
