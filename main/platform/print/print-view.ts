/**
 * The agreement between main and the renderer for the printed class report: main opens a hidden
 * window at this route; the renderer's print view fetches `getClassOverview`, lays the report out
 * for paper, and then sets the ready attribute on <html>, after which main prints it to PDF.
 * Pure: shared by main/electron and the renderer.
 */
export const CLASS_REPORT_ROUTE_PREFIX = '#/print/class-report/';
/** `document.documentElement.dataset.printReady = 'true'` when the report is laid out. */
export const PRINT_READY_DATASET_KEY = 'printReady';
/** How long main waits for the print view before giving up. */
export const PRINT_READY_TIMEOUT_MS = 20_000;

export function classReportHash(assignmentId: string): string {
  return `${CLASS_REPORT_ROUTE_PREFIX}${encodeURIComponent(assignmentId)}`;
}
