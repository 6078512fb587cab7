/**
 * The preload: exposes exactly the contract (`window.lenses`) through contextBridge, and nothing
 * else. Runs sandboxed; bundled to one CommonJS file by scripts/build-main.mjs.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createLensesApi } from '../ipc/api-client';
import type { Envelope } from '../ipc/contract';
import { GRANT_FILE_CHANNEL, ipcChannel, MENU_EVENT, MenuCommand, OPEN_FILE_EVENT, OpenFileRequest } from '../ipc/window-events';
import { createEventBuffer } from '../ipc/event-buffer';

// Files the OS asked to open may arrive before the renderer subscribes: keep them until it does.
const openFiles = createEventBuffer<OpenFileRequest>();
ipcRenderer.on(OPEN_FILE_EVENT, (_event: IpcRendererEvent, request: unknown) => {
  const parsed = OpenFileRequest.safeParse(request);
  if (parsed.success) openFiles.emit(parsed.data);
});

const api = createLensesApi(
  (channel, input) => ipcRenderer.invoke(ipcChannel(channel), input) as Promise<Envelope<unknown>>,
  (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      const parsed = MenuCommand.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(MENU_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, handler);
    };
  },
  {
    subscribeOpenFile: (listener) => openFiles.subscribe(listener),
    // The path stays in the preload: main keeps it and the page gets a token for it.
    fileToken: async (file) => {
      let path = '';
      try {
        path = webUtils.getPathForFile(file);
      } catch {
        return null;
      }
      if (!path) return null;
      const token: unknown = await ipcRenderer.invoke(GRANT_FILE_CHANNEL, path);
      return typeof token === 'string' ? token : null;
    },
  },
);

contextBridge.exposeInMainWorld('lenses', api);
