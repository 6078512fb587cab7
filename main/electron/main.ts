/**
 * Electron main process: the thin glue. It owns the window, the menu and the IPC wiring; all
 * logic lives in plain modules (services, security, window-state, menu) tested under Node.
 */
import { app, BrowserWindow, ipcMain, Menu, screen, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import path from 'node:path';
import { createServices, type Services } from '../services';
import { dispatch } from '../ipc/dispatch';
import { channelNames, GRANT_FILE_CHANNEL, ipcChannel, MENU_EVENT, OPEN_FILE_EVENT, type MenuCommand, type OpenFileRequest } from '../ipc/contract';
import { createPickedFiles } from '../platform/files/picked-files';
import { resolveUserDataDir } from '../paths';
import { APP_LAYOUT } from '../app-layout';
import { buildMenuTemplate } from '../menu';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, devServerUrlFor, isAppUrl, isNavigationAllowed } from '../security';
import { createSecureWindow } from './secure-window';
import { MIN_WINDOW, loadWindowState, saveWindowState } from '../window/window-state';
import { createWindowCallers } from '../window/window-callers';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import { createDialogFilesPort } from '../platform/files/files.electron';
import { dialogsFromFilesPort } from '../platform/files/dialogs';
import { createClassReportPrinter } from '../platform/print/print.electron';
import { lensesFileKind, openFileRequestsFromArgv } from '../open-file-requests';

// Layout of the packed app: dist/main/index.cjs, dist/preload/index.cjs, dist/renderer/, content/.
const appRoot = path.resolve(__dirname, '..', '..');
const rendererDir = path.join(appRoot, APP_LAYOUT.rendererDir);
const preloadPath = path.join(appRoot, APP_LAYOUT.preloadBundle);
const contentDir = path.join(appRoot, APP_LAYOUT.contentSetsDir);
const devServerUrl = devServerUrlFor(process.env, app.isPackaged);
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;

app.setPath('userData', resolveUserDataDir(process.env, app.getPath('userData')));
registerAppSchemeAsPrivileged();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;
  /** The pages allowed to call the contract: the main window, and a print window while it prints. */
  const trustedSenders = new Set<WebContents>();
  const trustSender = (contents: WebContents) => {
    trustedSenders.add(contents);
    return () => void trustedSenders.delete(contents);
  };

  /** Who made each call: the web contents that sent it, and the window a dialog it asks for opens over. */
  const windows = createWindowCallers<WebContents, BrowserWindow>((sender) => BrowserWindow.fromWebContents(sender));

  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_EVENT, command);

  // Files the person picked: the renderer gets a token for each, never the path (picked-files.ts).
  const pickedFiles = createPickedFiles();
  const asRequests = (opens: Array<{ path: string; kind: OpenFileRequest['kind'] }>): OpenFileRequest[] =>
    opens.map(({ path: file, kind }) => ({ file: pickedFiles.grant(file), name: path.basename(file), kind }));
  // Files the OS asks us to open (double-click, "Open with"): held until the window has loaded.
  let pendingOpens: OpenFileRequest[] | null = asRequests(openFileRequestsFromArgv(process.argv, process.cwd()));
  const requestOpen = (requests: OpenFileRequest[]) => {
    if (pendingOpens) pendingOpens.push(...requests);
    else for (const request of requests) mainWindow?.webContents.send(OPEN_FILE_EVENT, request);
  };
  const flushOpens = () => {
    const requests = pendingOpens ?? [];
    pendingOpens = null;
    requestOpen(requests);
  };
  // macOS delivers double-clicked files as an event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const kind = lensesFileKind(file);
    if (kind) requestOpen(asRequests([{ path: file, kind }]));
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    requestOpen(asRequests(openFileRequestsFromArgv(argv, workingDirectory)));
  });

  // Deny everything a page might ask for: new windows, webviews, navigation, permissions.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(contents.getURL(), url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
  });

  const createWindow = async (userDataDir: string) => {
    const state = await loadWindowState(userDataDir, screen.getAllDisplays().map((d) => d.workArea));
    mainWindow = createSecureWindow(preloadPath, {
      ...state,
      minWidth: MIN_WINDOW.width,
      minHeight: MIN_WINDOW.height,
      show: false,
      title: 'Lenses',
      backgroundColor: '#ffffff',
    });
    if (state.maximized) mainWindow.maximize();
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    const remember = () => {
      if (!mainWindow || mainWindow.isDestroyed()) return;
      const bounds = mainWindow.getNormalBounds();
      void saveWindowState(userDataDir, { ...bounds, maximized: mainWindow.isMaximized() }).catch(() => {});
    };
    mainWindow.on('close', remember);
    const untrust = trustSender(mainWindow.webContents);
    mainWindow.on('closed', () => {
      untrust();
      mainWindow = null;
    });
    await mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
    flushOpens();
  };

  void app.whenReady().then(async () => {
    const userDataDir = app.getPath('userData');
    // One files port (real dialogs) for every save and open the app does, over the window that asked.
    const files = createDialogFilesPort(windows.windowFor);
    services = await createServices({
      userDataDir,
      contentDir,
      appVersion: app.getVersion(),
      host: 'electron',
      dialogs: dialogsFromFilesPort(files),
      teacherFiles: files,
      pickedFiles,
      printClassReport: createClassReportPrinter({ preloadPath, entryUrl: devServerUrl ?? APP_ENTRY_URL, windowFor: windows.windowFor, trustSender }),
    });

    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    // Nothing remote is ever loaded: refuse every request that is not our own scheme (or the dev server).
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      const ok = isAppUrl(details.url, devOrigin) || details.url.startsWith('devtools:') || details.url.startsWith('data:');
      callback({ cancel: !ok });
    });
    serveRenderer(rendererDir);

    for (const name of channelNames) {
      ipcMain.handle(ipcChannel(name), (event: IpcMainInvokeEvent, input: unknown) => {
        const url = event.senderFrame?.url ?? '';
        if (!isAppUrl(url, devOrigin) || !trustedSenders.has(event.sender)) {
          return { ok: false, error: { code: 'untrusted-sender', message: 'This call did not come from the Lenses window.' } };
        }
        return dispatch(services!.handlers, name, input, { caller: windows.callerFor(event.sender), log: (message, error) => console.error(message, error) });
      });
    }

    // The preload asks for a token for a file dropped on the window (webUtils gives it the path).
    ipcMain.handle(GRANT_FILE_CHANNEL, (event: IpcMainInvokeEvent, file: unknown) => {
      if (!isAppUrl(event.senderFrame?.url ?? '', devOrigin) || !trustedSenders.has(event.sender)) return null;
      if (typeof file !== 'string' || file.length > 4096 || !path.isAbsolute(file)) return null;
      return pickedFiles.grant(file);
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          {
            send,
            openUserDataFolder: () => void shell.openPath(userDataDir),
            quit: () => app.quit(),
          },
          process.platform,
        ),
      ),
    );

    await createWindow(userDataDir);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow(userDataDir);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Give the stores one last chance to write answers still waiting (e.g. after a disk error).
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !services) return;
    event.preventDefault();
    closing = true;
    void services
      .close()
      .catch((error: unknown) => console.error('closing the stores failed', error))
      .finally(() => app.quit());
  });
}
