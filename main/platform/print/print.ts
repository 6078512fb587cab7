/**
 * Printing the class report, as a port: the teacher handlers ask for the renderer's class-report
 * view (print-view.ts) to be printed for the caller that asked. The desktop prints it to a PDF
 * (print.electron.ts), the web build shows it in the calling tab with the browser's print dialog
 * (print.web.ts); without either, the request is refused.
 */
import type { Caller } from '../../ipc/caller';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { SaveFileResult } from '../files/files';

/** Prints the renderer's class-report view (to a PDF on the desktop, the print dialog in a browser), for the caller that asked. */
export type PrintClassReport = (request: { assignmentId: string; title: string; defaultName: string }, caller: Caller) => Promise<SaveFileResult>;

export const refusePrinting: PrintClassReport = async () => {
  throw new UserFacingError('unavailable', 'A PDF report can only be made in the Lenses app. Export the CSV instead.');
};
