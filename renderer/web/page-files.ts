/**
 * The tab's answers to the worker's file requests: a save becomes a download, an open becomes a
 * file picker (or a file just dropped on the window), printing shows the class report's print
 * view and the browser's print dialog.
 */
import { classReportHash, PRINT_READY_DATASET_KEY, PRINT_READY_TIMEOUT_MS } from '../../main/platform/print/print-view';
import type { FileAnswer, FileRequest } from '../../main/web/worker-protocol';
import { safeFileName } from '../../content/logic/file-names';
import { mimeTypeOf } from '../../main/response-headers.mjs';

/**
 * Assignment files, as in content/assignments/assignment-file.ts (a unit test keeps them equal);
 * not imported from there, which would bring the file format's schemas into the page's first load.
 */
export const DROPPED_ASSIGNMENT_EXTENSION = 'lensesassignment';

type OpenRequest = Extract<FileRequest, { kind: 'open' }>;
type SaveRequest = Extract<FileRequest, { kind: 'save' }>;
type PrintRequest = Extract<FileRequest, { kind: 'print' }>;

/** A file name safe to offer as a download (no folders, no control characters, nothing Windows refuses). */
export function downloadName(name: string): string {
  return safeFileName(name, 'lenses-file');
}

/** Offer text as a download with the suggested name. */
export function saveAsDownload(request: SaveRequest): FileAnswer {
  const name = downloadName(request.defaultName);
  const blob = new Blob([request.content], { type: mimeTypeOf(name) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'saved', saved: true, path: `your downloads (${name})` };
}

/** The `accept` attribute for filters: ".lensesassignment,.json". */
export function acceptFor(filters: OpenRequest['filters']): string {
  return [...new Set(filters.flatMap((f) => f.extensions.map((e) => `.${e.replace(/^\./u, '').toLowerCase()}`)))].join(',');
}

/** Does the file's name end in one of the filters' extensions (any, when there are no filters)? */
export function matchesFilters(name: string, filters: OpenRequest['filters']): boolean {
  const extensions = filters.flatMap((f) => f.extensions.map((e) => e.replace(/^\./u, '').toLowerCase()));
  if (extensions.length === 0 || extensions.includes('*')) return true;
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(`.${e}`));
}

/** A file dropped on the window, handed to the next open request that accepts it (for a short while). */
let dropped: { file: File; at: number } | null = null;
const DROP_KEPT_MS = 15_000;

export function keepDroppedFile(file: File): void {
  dropped = { file, at: Date.now() };
}

function takeDroppedFile(filters: OpenRequest['filters']): File | null {
  const d = dropped;
  dropped = null;
  if (!d || Date.now() - d.at > DROP_KEPT_MS || !matchesFilters(d.file.name, filters)) return null;
  return d.file;
}

interface UserActivation {
  readonly isActive: boolean;
}

/** Ask for files with a hidden file input. Resolves with [] when the person cancels. */
function pickFiles(request: OpenRequest): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple;
    const accept = acceptFor(request.filters);
    if (accept) input.accept = accept;
    input.hidden = true;
    input.setAttribute('aria-label', request.title);
    let done = false;
    const finish = (files: File[]) => {
      if (done) return;
      done = true;
      input.remove();
      window.removeEventListener('focus', onFocus);
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]));
    input.addEventListener('cancel', () => finish([]));
    // Browsers without the cancel event: the window gets focus back when the picker closes.
    const onFocus = () => setTimeout(() => finish([...(input.files ?? [])]), 1000);
    if (!('oncancel' in input)) window.addEventListener('focus', onFocus);
    document.body.append(input);
    const activation = (navigator as Navigator & { userActivation?: UserActivation }).userActivation;
    if (activation && !activation.isActive) {
      // The click that asked is too long ago for the browser to open a picker: ask for one more click.
      askForClick(request.title, () => input.click(), () => finish([]));
    } else {
      input.click();
    }
  });
}

/** A small dialog with a button, when the browser wants a fresh click before it shows a file picker. */
function askForClick(title: string, onChoose: () => void, onCancel: () => void): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'dialog web-pick-dialog';
  dialog.setAttribute('aria-labelledby', 'web-pick-title');
  const heading = document.createElement('h2');
  heading.id = 'web-pick-title';
  heading.textContent = title;
  const choose = document.createElement('button');
  choose.type = 'button';
  choose.className = 'primary';
  choose.textContent = 'Choose file…';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(choose, ' ', cancel);
  dialog.append(heading, actions);
  let chose = false;
  choose.addEventListener('click', () => {
    chose = true;
    onChoose();
    dialog.close();
  });
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (!chose) onCancel();
  });
  document.body.append(dialog);
  dialog.showModal();
}

export async function openFiles(request: OpenRequest): Promise<FileAnswer> {
  const fromDrop = takeDroppedFile(request.filters);
  if (fromDrop) return { kind: 'opened', files: [fromDrop] };
  const files = await pickFiles(request);
  return { kind: 'opened', files: request.multiple ? files : files.slice(0, 1) };
}

/** Resolves when the print view says it is laid out, false after the time limit. */
function printViewReady(timeoutMs: number): Promise<boolean> {
  const root = document.documentElement;
  if (root.dataset[PRINT_READY_DATASET_KEY] === 'true') return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.dataset[PRINT_READY_DATASET_KEY] !== 'true') return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, timeoutMs);
    observer.observe(root, { attributes: true, attributeFilter: [`data-${PRINT_READY_DATASET_KEY.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}`] });
  });
}

/** Show the print view, open the browser's print dialog, then go back to where the teacher was. */
export async function printClassReport(request: PrintRequest): Promise<FileAnswer> {
  const hash = classReportHash(request.assignmentId);
  const before = window.location.hash;
  if (before !== hash) window.location.hash = hash;
  const ready = await printViewReady(PRINT_READY_TIMEOUT_MS);
  if (!ready) return { kind: 'failed', message: 'The class report did not get ready to print. Open “Print view” and print from there.' };
  // Let the browser paint the laid-out report before the print dialog takes its picture.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.print();
  if (before !== hash && window.location.hash === hash) window.history.back();
  return { kind: 'printed' };
}

export async function answerFileRequest(request: FileRequest): Promise<FileAnswer> {
  try {
    switch (request.kind) {
      case 'save':
        return saveAsDownload(request);
      case 'open':
        return await openFiles(request);
      case 'print':
        return await printClassReport(request);
    }
  } catch (error) {
    return { kind: 'failed', message: `This browser could not do that: ${error instanceof Error ? error.message : String(error)}.` };
  }
}
