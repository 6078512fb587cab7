/**
 * The real file dialogs (Electron): save a text file where the person chooses, or read the files
 * they pick. Thin glue over `dialog`; the logic that uses it is tested under Node with a fake port.
 */
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { DialogPort, OpenedFile } from '../dialogs';
import { UserFacingError } from '../ipc/dispatch';
import { writeTextFileAtomic } from '../storage/json-file';
import { describeStorageError } from '../progress/progress-fs';

async function readAtMost(file: string, maxBytes: number | undefined): Promise<OpenedFile> {
  const name = path.basename(file);
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const length = maxBytes === undefined ? size : Math.min(size, maxBytes + 1);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return { name, content: buffer.toString('utf8', 0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { name, content: '', error: `it could not be read (${describeStorageError(error)}).` };
  }
}

export function createElectronDialogs(getWindow: () => BrowserWindow | null): DialogPort {
  return {
    async saveFile({ title, defaultName, filters, content }) {
      const options: SaveDialogOptions = { title, defaultPath: path.join(app.getPath('documents'), defaultName), filters };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      try {
        await writeTextFileAtomic(result.filePath, content);
      } catch (error) {
        throw new UserFacingError('storage', `Lenses could not save ${result.filePath} (${describeStorageError(error)}).`);
      }
      return { saved: true, path: result.filePath };
    },

    async openFiles({ title, filters, multiple, maxBytes }) {
      const options: OpenDialogOptions = { title, filters, properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (result.canceled) return [];
      return Promise.all(result.filePaths.map((file) => readAtMost(file, maxBytes)));
    },
  };
}
