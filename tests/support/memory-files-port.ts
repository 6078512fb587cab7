/** The in-memory files port the tests drive: files to hand out on the next `openFiles`, and every file saved. */
import { createCallers, type Caller } from '../../main/ipc/caller';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { pickedFromText, type OpenFilesRequest, type PickedFile, type SaveFileRequest, type TeacherFilesPort } from '../../main/platform/files/files';

/** The tests' one caller (the host's part in a real app: a tab, a window): the memory port answers only it. */
export const testCaller: Caller = createCallers<object>().callerFor({});

/** Refuses a caller the memory port does not know, as a host refuses a tab or window that has gone. */
function requireTestCaller(caller: Caller): void {
  if (caller !== testCaller) throw new UserFacingError('unavailable', 'No Lenses window asked for this file.');
}

/** An in-memory port for tests: files to hand out on the next `openFiles`, and every file saved. */
export interface MemoryFilesPort extends TeacherFilesPort {
  /** Files the next openFiles call returns (then the queue is emptied). */
  willOpen(files: Array<{ name: string; content: string | Uint8Array }>): void;
  /** Make the next saveFile call behave as if the person cancelled. */
  willCancelSave(): void;
  readonly saved: Array<SaveFileRequest & { path: string }>;
  readonly openRequests: OpenFilesRequest[];
}

export function createMemoryFilesPort(): MemoryFilesPort {
  let next: PickedFile[] = [];
  let cancelSave = false;
  const saved: Array<SaveFileRequest & { path: string }> = [];
  const openRequests: OpenFilesRequest[] = [];
  return {
    saved,
    openRequests,
    willOpen(files) {
      next = files.map((f) => pickedFromText(f.name, f.content));
    },
    willCancelSave() {
      cancelSave = true;
    },
    async saveFile(request, caller) {
      requireTestCaller(caller);
      if (cancelSave) {
        cancelSave = false;
        return { saved: false };
      }
      const path = `/memory/${request.defaultName}`;
      saved.push({ ...request, path });
      return { saved: true, path };
    },
    async openFiles(request, caller) {
      requireTestCaller(caller);
      openRequests.push(request);
      const files = request.multiple ? next : next.slice(0, 1);
      next = [];
      return files;
    },
  };
}
