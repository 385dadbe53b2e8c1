// Electron adapter: lifecycle, the window, the app:// protocol, security, and IPC registration.
// Every domain call goes to the plain-Node handler table (electron/core), as the web host's do.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_EVENT, IPC_INVOKE, type IpcEvent } from '../shared/contract/ipc.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { createCore, type Core } from '../core/handlers.js';
import { dispatch } from '../core/dispatch.js';
import { APP_NAME, packageRoot, rendererDir, STORE_FILE } from '../core/paths.js';
import { openStoreAtStart } from '../core/backup/start.js';
import { openStore, type Store } from '../core/store.js';
import { excerpt } from '../shared/excerpt.js';
import type { AppAction } from '../shared/app-actions.js';
import type { EventName, EventPayloads } from '../shared/contract/index.js';
import { initialLang, type Lang } from '../shared/lang.js';
import type { ShellSide } from '../core/shell/side.js';
import { externalLinkDecision, linkDialogOptions, userConfirmed } from './external-links.js';
import { guardContents, guardRequests, guardSession } from './guards.js';
import { MAIN_ACTIONS, menuPlatform, menuTemplate, withClicks } from './menu.js';
import { FileHandOver, filesFromArgv, filesToOpen, type ArgvContext } from './open-files.js';
import { APP_ENTRY, APP_SCHEME, devToolsEnabled, fileForAppUrl, ipcSenderDecision } from './policy.js';
import { exportSaveDialogOptions } from './save-dialog.js';
import { windowWebPreferences } from './window-preferences.js';
import { initialPlacement, loadWindowState, MIN_SIZE, rememberPlacement, saveWindowState, WINDOW_STATE_DELAY_MS, WINDOW_STATE_FILE } from './window-state.js';

app.setName(APP_NAME);
// Tests give each run its own user-data folder: its own single-instance lock and window state.
if (process.env.IIP_USER_DATA) app.setPath('userData', path.resolve(process.env.IIP_USER_DATA));
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);

let store: Store | undefined;
let core: Core | undefined;
let mainWindow: BrowserWindow | null = null;
/** The menu's language: the system's until the window says its own (shell:language). */
let menuLang: Lang = 'en';
const handOver = new FileHandOver();

const isFile = (filePath: string): boolean => {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
};
const argvContext = (cwd: string): ArgvContext => ({ cwd, isFile, ...(app.isPackaged ? {} : { appPath: app.getAppPath() }) });

/** Pushes one of the contract's events to the window (none open: dropped; files wait in the hand-over). */
function sendToWindow<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_EVENT, { event, payload } satisfies IpcEvent);
}

/** Files from the OS or a second launch: to the window now if it listens, else when it asks (shell:pending-files). */
function offerFiles(paths: string[]): void {
  if (paths.length === 0) return;
  const now = handOver.offer(paths);
  if (now.length > 0) sendToWindow('shell:open-files', { paths: now });
  if (core && !mainWindow) createWindow();
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function showStoreFolder(): boolean {
  if (!store) return false;
  shell.showItemInFolder(store.path);
  return true;
}

/** A menu entry chosen: main's own action, or the window's (sent as shell:action). */
function runAction(action: AppAction): void {
  if (MAIN_ACTIONS.has(action)) {
    if (action === 'open-store-folder') showStoreFolder();
    return;
  }
  sendToWindow('shell:action', { action });
}

/** (Re)builds the application menu in the menu's language. */
function buildMenu(): void {
  const template = menuTemplate(menuLang, menuPlatform(process.platform), { appName: APP_NAME, devTools: devToolsEnabled(app.isPackaged, process.env) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(withClicks(template, runAction)));
}

/** What the shell room's calls reach in main. */
const shellSide: ShellSide = {
  languageChanged(lang) {
    if (lang === menuLang) return;
    menuLang = lang;
    buildMenu();
  },
  windowListening: () => handOver.windowListening(),
  takeOfferedFile: (filePath) => handOver.take(filePath),
  showStoreFolder,
};

function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = fileForAppUrl(request.url, rendererDir);
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function registerIpc({ handlers }: Core): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown) => {
    // who called is checked here; what was sent is parsed against the channel's schema in dispatch
    const frame = event.senderFrame;
    const check = ipcSenderDecision(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null);
    if (check.action === 'refuse') return { ok: false, error: check.error };
    // Events of this call (import progress) go to the window that made it.
    const sender = event.sender;
    return dispatch(handlers, channel, input, {
      emit: (name, payload) => {
        if (!sender.isDestroyed()) sender.send(IPC_EVENT, { event: name, payload } satisfies IpcEvent);
      },
    });
  });
}

/** A link the window asked to open: refused, or opened in the system's browser or mail app once the user says yes. */
async function openLinkIfConfirmed(url: string): Promise<void> {
  const decision = externalLinkDecision(url);
  if (decision.action === 'refuse') return console.warn(`iip: not opened: ${excerpt(url, 120)}: ${decision.reason}`);
  const options = linkDialogOptions(decision, initialLang(null, app.getLocale()));
  const parent = BrowserWindow.getFocusedWindow();
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (userConfirmed(response)) await shell.openExternal(decision.url);
}

function hardenSessions(): void {
  guardSession(session.defaultSession);
  guardRequests(session.defaultSession, { devTools: devToolsEnabled(app.isPackaged, process.env), rendererDir }, (line) => console.warn(line));
  // An export the window saves (PowerPoint, pictures, data) is written here in main, where the
  // user chooses in the save dialog; it starts in their documents folder under the file's name.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(exportSaveDialogOptions(app.getPath('documents'), item.getFilename(), menuLang));
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents, (url) => void openLinkIfConfirmed(url)));
}

function createWindow(): void {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const placement = initialPlacement(loadWindowState(stateFile), screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: windowWebPreferences({
      preload: path.join(packageRoot, 'dist', 'preload', 'preload.cjs'),
      devTools: devToolsEnabled(app.isPackaged, process.env),
    }),
  });
  mainWindow = window;
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // a reload: files offered meanwhile wait until the page asks again
  window.webContents.on('did-start-loading', () => handOver.windowGone());
  const remember = (): void => {
    const bounds = window.getNormalBounds();
    try {
      saveWindowState(stateFile, rememberPlacement(loadWindowState(stateFile), screen.getDisplayMatching(bounds), { bounds, maximized: window.isMaximized() }));
    } catch (error) {
      console.warn(`iip: the window's size and place were not remembered: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // Remembered a second after it is moved or resized too, not only on close: a crash or a power
  // cut keeps the last placement (move and resize come all along a drag).
  let pending: NodeJS.Timeout | undefined;
  const rememberSoon = (): void => {
    clearTimeout(pending);
    pending = setTimeout(() => !window.isDestroyed() && remember(), WINDOW_STATE_DELAY_MS);
  };
  window.on('move', rememberSoon);
  window.on('resize', rememberSoon);
  window.on('maximize', rememberSoon);
  window.on('unmaximize', rememberSoon);
  window.on('close', () => {
    clearTimeout(pending);
    remember();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    handOver.windowGone();
  });
  void window.loadURL(APP_ENTRY);
}

/** The first instance: takes files from its own argv, from macOS (even before ready) and from later launches. */
function startPrimary(): void {
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    offerFiles(filesToOpen([filePath], argvContext(process.cwd())));
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    offerFiles(filesFromArgv(argv, argvContext(workingDirectory)));
    focusWindow();
  });
  offerFiles(filesFromArgv(process.argv, argvContext(process.cwd())));

  void app.whenReady().then(async () => {
    try {
      // a damaged store opens read-only (the window says so); one that cannot open at all is said in words, not a stack trace
      store = await openStoreAtStart(process.env.IIP_DB ?? path.join(app.getPath('userData'), STORE_FILE), openStore);
    } catch (error) {
      dialog.showErrorBox(
        APP_NAME,
        `The store could not be opened: ${error instanceof Error ? error.message : String(error)}\n\nRestore a backup with: npx iip restore FILE (npx iip backups lists them).`,
      );
      app.quit();
      return;
    }
    menuLang = initialLang(null, app.getLocale());
    buildMenu();
    hardenSessions();
    registerAppProtocol();
    core = createCore({ db: store.db, storePath: store.path, shell: shellSide });
    registerIpc(core);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}

// One app per user: a second launch hands its files to the first and quits.
if (app.requestSingleInstanceLock()) startPrimary();
else app.quit();

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  core?.close();
  store?.db.close();
});
