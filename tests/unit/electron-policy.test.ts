import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  APP_ORIGIN,
  defaultSavePath,
  devToolsEnabled,
  fileForAppUrl,
  isAppUrl,
  isPermissionAllowed,
  isPermissionCheckAllowed,
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
