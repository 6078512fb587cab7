/**
 * The files port over Electron's save and open dialogs, each shown over the window that made the
 * call. Saved files are written atomically; a file that cannot be written gives a readable
 * message. Opened files are read only when the handlers ask (after checking their size).
 */
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Caller } from '../../ipc/caller';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { PickedFile, TeacherFilesPort } from './files';
import { pickedFromPath } from './picked-from-disk.nodejs';

/**
 * `windowFor` gives the caller's window (main/window/window-callers.ts). Where the save dialog
 * starts: the folder last saved to, else Documents.
 */
export function createDialogFilesPort(windowFor: (caller: Caller) => BrowserWindow): TeacherFilesPort {
  let lastFolder: string | null = null;
  const startFolder = () => lastFolder ?? app.getPath('documents');

  return {
    async saveFile({ title, defaultName, filters, content }, caller) {
      const options: SaveDialogOptions = { title, defaultPath: path.join(startFolder(), defaultName), filters, properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const result = await dialog.showSaveDialog(windowFor(caller), options);
      if (result.canceled || !result.filePath) return { saved: false };
      try {
        await writeFileAtomic(result.filePath, content, { encoding: 'utf8', fsync: true });
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM' ? 'Lenses is not allowed to write there' : 'the file could not be written';
        throw new UserFacingError('storage', `Lenses could not save “${path.basename(result.filePath)}”: ${reason}. Try another folder.`);
      }
      lastFolder = path.dirname(result.filePath);
      return { saved: true, path: result.filePath };
    },

    async openFiles({ title, filters, multiple }, caller) {
      const options: OpenDialogOptions = { title, defaultPath: startFolder(), filters, properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'] };
      const result = await dialog.showOpenDialog(windowFor(caller), options);
      if (result.canceled) return [];
      const picks: PickedFile[] = [];
      for (const file of result.filePaths) {
        try {
          picks.push(pickedFromPath(file, (await stat(file)).size));
        } catch {
          picks.push({ name: path.basename(file), size: 0, read: () => Promise.reject(new Error('unreadable')), readBytes: () => Promise.reject(new Error('unreadable')) });
        }
      }
      const first = result.filePaths[0];
      if (first) lastFolder = path.dirname(first);
      return picks;
    },
  };
}
