/**
 * The class report as PDF: a hidden window shows the renderer's print view of the class overview
 * (print-view.ts), main waits until it says it is laid out, prints it with
 * webContents.printToPDF and saves it where the teacher chooses.
 */
import { dialog, type BrowserWindow, type WebContents } from 'electron';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Caller } from '../../ipc/caller';
import { UserFacingError } from '../../ipc/user-facing-error';
import { createSecureWindow } from '../../electron/secure-window';
import type { PrintClassReport } from './print';
import { classReportHash, PRINT_READY_DATASET_KEY, PRINT_READY_TIMEOUT_MS } from './print-view';

export interface ClassReportPrinterOptions {
  preloadPath: string;
  /** The renderer's entry URL (app scheme or dev server). */
  entryUrl: string;
  /** The window of the caller that asked for the report: the save dialog opens over it. */
  windowFor: (caller: Caller) => BrowserWindow;
  /** Lets the print window call the contract (getClassOverview) until the returned function is called. */
  trustSender: (contents: WebContents) => () => void;
}

async function waitUntilReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  const check = `document.documentElement.dataset.${PRINT_READY_DATASET_KEY} === 'true'`;
  while (Date.now() < deadline) {
    if ((await contents.executeJavaScript(check)) === true) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new UserFacingError('unavailable', 'The class report could not be prepared for printing. Please try again.');
}

export function createClassReportPrinter(options: ClassReportPrinterOptions): PrintClassReport {
  return async ({ assignmentId, title, defaultName }, caller) => {
    const window = createSecureWindow(options.preloadPath, { show: false, width: 1000, height: 1400, title: `${title}: class report` });
    const untrust = options.trustSender(window.webContents);
    try {
      await window.loadURL(`${options.entryUrl}${classReportHash(assignmentId)}`);
      await waitUntilReady(window.webContents);
      const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true });
      const dialogOptions = { title: 'Save the class report', defaultPath: defaultName, filters: [{ name: 'PDF document', extensions: ['pdf'] }] };
      const result = await dialog.showSaveDialog(options.windowFor(caller), dialogOptions);
      if (result.canceled || !result.filePath) return { saved: false };
      try {
        await writeFileAtomic(result.filePath, pdf, { fsync: true });
      } catch {
        throw new UserFacingError('storage', `Lenses could not save “${path.basename(result.filePath)}”. Try another folder.`);
      }
      return { saved: true, path: result.filePath };
    } finally {
      untrust();
      window.destroy();
    }
  };
}
