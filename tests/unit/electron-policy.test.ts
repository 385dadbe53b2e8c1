import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  APP_ORIGIN,
  defaultSavePath,
  devToolsEnabled,
  fileForAppUrl,
  ipcSenderDecision,
  isAppUrl,
  isPermissionAllowed,
  isPermissionCheckAllowed,
  requestDecision,
} from '../../electron/main/policy.js';

describe('Electron security policy', () => {
  it('lets only the app’s own pages into the window', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url'])
      expect(isAppUrl(url)).toBe(false);
  });

  it('maps app:// requests into the built renderer only', () => {
    const root = path.resolve('/opt/iip/renderer');
    expect(fileForAppUrl('app://iip/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(fileForAppUrl('app://iip/', root)).toBe(path.join(root, 'index.html'));
    expect(fileForAppUrl('app://iip/assets/app.js', root)).toBe(path.join(root, 'assets', 'app.js'));
    expect(fileForAppUrl('app://iip/..%2F..%2Fetc%2Fpasswd', root)).toBeNull();
    expect(fileForAppUrl('app://evil/index.html', root)).toBeNull();
  });

  it('grants the app’s page the clipboard for writing, and nothing else to anyone', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ENTRY)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal'])
      expect(isPermissionAllowed(permission, APP_ENTRY)).toBe(false);
  });

  it('answers permission checks as requests: the clipboard for writing, for the app’s own origin only', () => {
    expect(isPermissionCheckAllowed('clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    for (const origin of ['https://example.com', 'app://other', 'file://', 'null', ''])
      expect(isPermissionCheckAllowed('clipboard-sanitized-write', origin)).toBe(false);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'hid', 'usb', 'serial'])
      expect(isPermissionCheckAllowed(permission, APP_ORIGIN)).toBe(false);
  });

  it('turns DevTools off in a packaged build whatever the environment says, on from the sources unless IIP_DEVTOOLS=0', () => {
    expect(devToolsEnabled(true, {})).toBe(false);
    expect(devToolsEnabled(true, { IIP_DEVTOOLS: '1' })).toBe(false);
    expect(devToolsEnabled(false, {})).toBe(true);
    expect(devToolsEnabled(false, { IIP_DEVTOOLS: '0' })).toBe(false);
  });

  it('starts a save dialog in the documents folder under the export’s own name, never elsewhere', () => {
    const docs = path.resolve('/home/lan/Documents');
    expect(defaultSavePath(docs, 'Khách-hàng-A.pptx')).toBe(path.join(docs, 'Khách-hàng-A.pptx'));
    expect(defaultSavePath(docs, '../../etc/passwd')).toBe(path.join(docs, 'passwd'));
    expect(defaultSavePath(docs, 'a:b*c?.csv')).toBe(path.join(docs, 'a-b-c-.csv'));
  });
});

describe('requests the session lets through', () => {
  const rendererDir = path.resolve('/opt/iip/resources/app.asar/dist/renderer');
  const off = { devTools: false, rendererDir };
  const on = { devTools: true, rendererDir };

  it('lets the app’s own files through, and data: and blob: pictures (its CSP’s img-src)', () => {
    for (const url of [APP_ENTRY, `${APP_ORIGIN}/assets/index-1QcGDoq5.js`, 'data:,', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://iip/0b1c-2d3e'])
      expect(requestDecision(url, off), url).toEqual({ cancel: false });
  });

  it('cancels the web, files, other app hosts, local servers and anything unnamed, saying which protocol', () => {
    expect(requestDecision('https://fonts.googleapis.com/css2?family=Be+Vietnam+Pro', off)).toEqual({
      cancel: true,
      reason: "https: is not the app's own protocol",
    });
    expect(requestDecision('http://127.0.0.1:41234/api/app:info', off)).toEqual({ cancel: true, reason: "http: is not the app's own protocol" });
    expect(requestDecision('file:///etc/passwd', off)).toEqual({ cancel: true, reason: "file: is not the app's own protocol" });
    expect(requestDecision(`${pathToFileURL(rendererDir).href}/../../data/seeds/000.json`, off)).toEqual({
      cancel: true,
      reason: "file: is not the app's own protocol",
    });
    expect(requestDecision(`${pathToFileURL(rendererDir).href}/%2e%2e/%2e%2e/package.json`, off)).toEqual({
      cancel: true,
      reason: "file: is not the app's own protocol",
    });
    expect(requestDecision(`${pathToFileURL(rendererDir).href}/..%2F..%2Fpackage.json`, off)).toEqual({
      cancel: true,
      reason: "file: is not the app's own protocol",
    });
    expect(requestDecision(`${pathToFileURL(rendererDir).href}-evil/x.js`, off)).toEqual({ cancel: true, reason: "file: is not the app's own protocol" });
    expect(requestDecision('ws://localhost:5173/', off)).toEqual({ cancel: true, reason: "ws: is not the app's own protocol" });
    expect(requestDecision('app://other/index.html', off)).toEqual({ cancel: true, reason: "app: is not the app's own protocol" });
    expect(requestDecision('chrome-extension://abc/x.js', on)).toEqual({ cancel: true, reason: "chrome-extension: is not the app's own protocol" });
    expect(requestDecision('not a url', off)).toEqual({ cancel: true, reason: 'not a URL' });
  });

  it('lets the app:// handler read the built renderer’s files (its net.fetch goes through the session), no other file', () => {
    expect(requestDecision(pathToFileURL(path.join(rendererDir, 'index.html')).href, off)).toEqual({ cancel: false });
    expect(requestDecision(pathToFileURL(path.join(rendererDir, 'assets', 'index-1QcGDoq5.js')).href, off)).toEqual({ cancel: false });
    expect(requestDecision(pathToFileURL(rendererDir).href, off)).toEqual({ cancel: true, reason: "file: is not the app's own protocol" });
  });

  it('lets DevTools’ own pages through only when DevTools are on', () => {
    expect(requestDecision('devtools://devtools/bundled/devtools_app.html', on)).toEqual({ cancel: false });
    expect(requestDecision('devtools://devtools/bundled/devtools_app.html', off)).toEqual({
      cancel: true,
      reason: "devtools: is not the app's own protocol",
    });
  });
});

describe('the sender of an IPC call', () => {
  it('answers the app’s own page in the window’s top frame', () => {
    expect(ipcSenderDecision({ url: APP_ENTRY, isTopFrame: true })).toEqual({ action: 'allow' });
    expect(ipcSenderDecision({ url: `${APP_ORIGIN}/index.html#/explore`, isTopFrame: true })).toEqual({ action: 'allow' });
  });

  it('refuses with forbidden: another origin, a frame inside the page, a frame that is gone', () => {
    const refused = (message: string) => ({ action: 'refuse', error: { code: 'forbidden', message } });
    for (const url of ['https://evil.example/', 'file:///tmp/page.html', 'app://other/index.html', 'about:blank', ''])
      expect(ipcSenderDecision({ url, isTopFrame: true }), url).toEqual(refused('refused: the call did not come from the app'));
    expect(ipcSenderDecision({ url: APP_ENTRY, isTopFrame: false })).toEqual(refused('refused: the call came from a frame inside the page'));
    expect(ipcSenderDecision(null)).toEqual(refused('refused: the frame that made the call is gone'));
  });
});
