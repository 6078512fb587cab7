/**
 * The application menu as data: File, Edit, View, Go, Help. Built from callbacks so it is tested
 * under Node; the Electron glue turns it into a Menu. Types only from electron's .d.ts.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './ipc/contract';

export interface MenuActions {
  send(command: MenuCommand): void;
  openUserDataFolder(): void;
  quit(): void;
}

export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform, appName = 'Lenses'): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const go = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(command),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: '&Open Assignment…', accelerator: 'CmdOrCtrl+O', click: () => actions.send('open-assignment') },
        { type: 'separator' },
        { label: 'Show My Data Folder', click: () => actions.openUserDataFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { label: 'E&xit', accelerator: 'Ctrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
      ],
    },
    {
      label: '&Go',
      submenu: [
        go('&Library', 'CmdOrCtrl+1', 'go-library'),
        go('&Compare', 'CmdOrCtrl+2', 'go-compare'),
        go('&Exercises', 'CmdOrCtrl+3', 'go-exercises'),
        go('&Progress', 'CmdOrCtrl+4', 'go-progress'),
        go('&Teacher', 'CmdOrCtrl+5', 'go-teacher'),
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: `&About ${appName}`, click: () => actions.send('show-about') }],
    },
  );
  return template;
}
