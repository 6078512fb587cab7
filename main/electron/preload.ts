/**
 * The preload: exposes exactly the contract (`window.lenses`) through contextBridge, and nothing
 * else. Runs sandboxed; bundled to one CommonJS file by scripts/build-main.mjs.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createLensesApi } from '../ipc/api-client';
import { ipcChannel, MENU_EVENT, MenuCommand, type Envelope } from '../ipc/contract';

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
);

contextBridge.exposeInMainWorld('lenses', api);
