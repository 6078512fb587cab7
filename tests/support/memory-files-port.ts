/** The in-memory files port the tests drive: files to hand out on the next `openFiles`, and every file saved. */
import { pickedFromText, type OpenFilesRequest, type PickedFile, type SaveFileRequest, type TeacherFilesPort } from '../../main/teacher/files-port';

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
    async saveFile(request) {
      if (cancelSave) {
        cancelSave = false;
        return { saved: false };
      }
      const path = `/memory/${request.defaultName}`;
      saved.push({ ...request, path });
      return { saved: true, path };
    },
    async openFiles(request) {
      openRequests.push(request);
      const files = request.multiple ? next : next.slice(0, 1);
      next = [];
      return files;
    },
  };
}
