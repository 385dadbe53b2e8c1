import { describe, expect, it } from 'vitest';
import { windowWebPreferences } from '../../electron/main/window-preferences.js';

describe('every window’s web preferences', () => {
  it('isolates the page from the preload, sandboxes it, and gives it no Node.js, in frames and workers too', () => {
    const prefs = windowWebPreferences({ preload: '/opt/iip/dist/preload/preload.cjs', devTools: false });
    expect(prefs).toMatchObject({
      preload: '/opt/iip/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security: no insecure content, no experimental features, no webview tag, no middle-click windows, no navigation by a dropped file', () => {
    const prefs = windowWebPreferences({ preload: 'p', devTools: false });
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('passes the DevTools decision through', () => {
    expect(windowWebPreferences({ preload: 'p', devTools: false }).devTools).toBe(false);
    expect(windowWebPreferences({ preload: 'p', devTools: true }).devTools).toBe(true);
  });
});
