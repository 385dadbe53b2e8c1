// The settings of every window the app opens: its page is isolated from the preload (contextIsolation),
// runs in Chromium's sandbox, and has no Node.js; main.ts passes these to each BrowserWindow.
import type { WebPreferences } from 'electron';

export function windowWebPreferences({ preload, devTools }: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // a middle click opens a new window (auxclick); the window-open handler would deny it, but the click is never fired at all
    disableBlinkFeatures: 'Auxclick',
    // a file dropped on the window is read by the app (the drop handler), never shown in place of it
    navigateOnDragDrop: false,
    // a page that opens dialog after dialog may be stopped by the user
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}
