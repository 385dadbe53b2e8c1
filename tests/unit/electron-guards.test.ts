// The guards attached to stand-ins for a window's contents and the session (Electron's runtime
// cannot run here): the events fired as Electron fires them, the outcome read back.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardContents, guardRequests, guardSession, type GuardedContents, type GuardedRequests, type GuardedSession } from '../../electron/main/guards.js';
import { APP_ENTRY, APP_ORIGIN } from '../../electron/main/policy.js';

class StandInContents extends EventEmitter implements GuardedContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Fires `event` as Electron would; true when a listener prevented it. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

describe('window guards', () => {
  const guarded = () => {
    const contents = new StandInContents();
    const asked: string[] = [];
    guardContents(contents, (url) => asked.push(url));
    return { contents, asked };
  };

  it('stops a redirect and a navigation away from the app’s own origin, and lets the app’s pages through', () => {
    const { contents } = guarded();
    for (const event of ['will-redirect', 'will-navigate']) {
      for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)'])
        expect(contents.fire(event, url), `${event} ${url}`).toBe(true);
      expect(contents.fire(event, APP_ENTRY)).toBe(false);
      expect(contents.fire(event, `${APP_ORIGIN}/assets/app.js`)).toBe(false);
    }
  });

  it('never attaches a webview', () => {
    expect(guarded().contents.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('opens no window: a new window is a link the user is asked about', () => {
    const { contents, asked } = guarded();
    expect(contents.openHandler?.({ url: 'https://www.gso.gov.vn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP_ENTRY })).toEqual({ action: 'deny' });
    expect(asked).toEqual(['https://www.gso.gov.vn/', APP_ENTRY]);
  });
});

describe('session guards', () => {
  it('answers permission requests and permission checks by the same policy', () => {
    const handlers: {
      request?: Parameters<GuardedSession['setPermissionRequestHandler']>[0];
      check?: Parameters<GuardedSession['setPermissionCheckHandler']>[0];
    } = {};
    guardSession({ setPermissionRequestHandler: (h) => (handlers.request = h), setPermissionCheckHandler: (h) => (handlers.check = h) });
    const request = (url: string, permission: string): boolean => {
      let granted: boolean | undefined;
      handlers.request!({ getURL: () => url }, permission, (g) => (granted = g));
      return granted!;
    };
    expect(request(APP_ENTRY, 'clipboard-sanitized-write')).toBe(true);
    expect(request(APP_ENTRY, 'media')).toBe(false);
    expect(request('https://evil.example/', 'clipboard-sanitized-write')).toBe(false);
    expect(handlers.check!(null, 'clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    expect(handlers.check!(null, 'clipboard-read', APP_ORIGIN)).toBe(false);
    expect(handlers.check!(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});

describe('request guard', () => {
  const guarded = (devTools: boolean) => {
    let listener: Parameters<GuardedRequests['webRequest']['onBeforeRequest']>[0] | undefined;
    const logged: string[] = [];
    guardRequests({ webRequest: { onBeforeRequest: (l) => (listener = l) } }, { devTools, rendererDir: '/opt/iip/dist/renderer' }, (line) => logged.push(line));
    const fire = (url: string): boolean => {
      let cancel: boolean | undefined;
      listener!({ url }, (response) => (cancel = response.cancel));
      return cancel!;
    };
    return { fire, logged };
  };

  it('cancels every request that is not the app’s own and logs each, cut short', () => {
    const { fire, logged } = guarded(false);
    expect(fire(APP_ENTRY)).toBe(false);
    expect(fire('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(fire('https://evil.example/track.gif')).toBe(true);
    expect(fire('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(fire(`https://evil.example/${'x'.repeat(500)}`)).toBe(true);
    expect(logged.slice(0, 2)).toEqual([
      "iip: request blocked: https://evil.example/track.gif: https: is not the app's own protocol",
      "iip: request blocked: devtools://devtools/bundled/devtools_app.html: devtools: is not the app's own protocol",
    ]);
    expect(logged[2]!.length).toBeLessThan(200);
    expect(logged).toHaveLength(3);
  });

  it('lets DevTools load when they are on', () => {
    const { fire, logged } = guarded(true);
    expect(fire('devtools://devtools/bundled/devtools_app.html')).toBe(false);
    expect(logged).toEqual([]);
  });
});
