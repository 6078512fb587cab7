/**
 * The files port in the web build: a save or an open is asked of the tab that made the call
 * (main/ipc/caller.ts), which answers with a download or the browser's file chooser
 * (renderer/web/page-files.ts). The worker host (main/web/worker-host.ts) carries the request to
 * that tab and its answer back.
 */
import type { Caller } from '../../ipc/caller';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { FileAnswer, FileRequest } from '../../web/worker-protocol';
import type { PickedFile, TeacherFilesPort } from './files';

/** Asks the caller's tab; refused when that tab has gone (or the caller is not one of the host's tabs). */
export type AskTab = (request: FileRequest, caller: Caller) => Promise<FileAnswer>;

/** A file picked in a tab, read in the worker only when asked. */
function pickedFromBrowserFile(file: File): PickedFile {
  return {
    name: file.name,
    size: file.size,
    read: () => file.text(),
    readBytes: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

/** The tab answered something else than was asked: its own failure, or an answer that does not fit. */
export const unexpectedAnswer = (answer: FileAnswer): never => {
  if (answer.kind === 'failed') throw new UserFacingError('unavailable', answer.message);
  throw new UserFacingError('internal', 'The Lenses tab gave an answer that does not fit the question.');
};

export function createTabFiles(askTab: AskTab): TeacherFilesPort {
  return {
    async saveFile(request, caller) {
      const answer = await askTab({ kind: 'save', ...request }, caller);
      if (answer.kind !== 'saved') return unexpectedAnswer(answer);
      return answer.saved ? { saved: true, path: answer.path ?? request.defaultName } : { saved: false };
    },
    async openFiles(request, caller) {
      const answer = await askTab({ kind: 'open', ...request }, caller);
      if (answer.kind !== 'opened') return unexpectedAnswer(answer);
      return (request.multiple ? answer.files : answer.files.slice(0, 1)).map(pickedFromBrowserFile);
    },
  };
}
