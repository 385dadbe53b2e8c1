import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, fileForAppUrl, isAppUrl, isExternalLink } from '../../electron/main/policy.js';

describe('Electron security policy', () => {
  it('lets only the app’s own pages into the window', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url'])
      expect(isAppUrl(url)).toBe(false);
  });

  it('opens web links outside the app, nothing else', () => {
    expect(isExternalLink('https://www.gso.gov.vn/')).toBe(true);
    expect(isExternalLink('file:///etc/passwd')).toBe(false);
    expect(isExternalLink('javascript:alert(1)')).toBe(false);
  });

  it('maps app:// requests into the built renderer only', () => {
    const root = path.resolve('/opt/iip/renderer');
    expect(fileForAppUrl('app://iip/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(fileForAppUrl('app://iip/', root)).toBe(path.join(root, 'index.html'));
    expect(fileForAppUrl('app://iip/assets/app.js', root)).toBe(path.join(root, 'assets', 'app.js'));
    expect(fileForAppUrl('app://iip/..%2F..%2Fetc%2Fpasswd', root)).toBeNull();
    expect(fileForAppUrl('app://evil/index.html', root)).toBeNull();
  });
});
