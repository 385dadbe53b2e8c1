// Electron adapter: lifecycle, the window, the app:// protocol, security, and IPC registration.
// Every domain call goes to the plain-Node handler table (electron/core), as the web host's do.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
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
import { initialLang } from '../shared/lang.js';
import { externalLinkDecision, linkDialogOptions, userConfirmed } from './external-links.js';
import { guardContents, guardRequests, guardSession } from './guards.js';
import { APP_ENTRY, APP_SCHEME, defaultSavePath, devToolsEnabled, fileForAppUrl, ipcSenderDecision } from './policy.js';
import { windowWebPreferences } from './window-preferences.js';

app.setName(APP_NAME);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);

let store: Store | undefined;
let core: Core | undefined;

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
    item.setSaveDialogOptions({ defaultPath: defaultSavePath(app.getPath('documents'), item.getFilename()) });
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents, (url) => void openLinkIfConfirmed(url)));
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    title: APP_NAME,
    show: false,
    webPreferences: windowWebPreferences({
      preload: path.join(packageRoot, 'dist', 'preload', 'preload.cjs'),
      devTools: devToolsEnabled(app.isPackaged, process.env),
    }),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
}

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
  hardenSessions();
  registerAppProtocol();
  core = createCore({ db: store.db, storePath: store.path });
  registerIpc(core);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  core?.close();
  store?.db.close();
});
