/**
 * Printing in the web build: the tab that asked shows the class report's print view and the
 * browser's print dialog (renderer/web/page-files.ts); the worker host carries the request there.
 */
import { unexpectedAnswer, type AskTab } from '../files/files.web';
import type { PrintClassReport } from './print';

export function createTabPrinter(askTab: AskTab): PrintClassReport {
  return async (request, caller) => {
    const answer = await askTab({ kind: 'print', ...request }, caller);
    if (answer.kind !== 'printed') return unexpectedAnswer(answer);
    // The browser's print dialog may have printed on paper or saved a PDF: the page cannot tell.
    return { saved: false };
  };
}
