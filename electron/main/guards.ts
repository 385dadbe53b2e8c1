// Where the Electron adapter's security decisions (policy.ts, external-links.ts) are attached to a
// window's contents and to the session: kept free of Electron's runtime (these interfaces are the
// parts used), so tests attach them to stand-ins and fire the events Electron would.
import { excerpt } from '../shared/excerpt.js';
import { isAppUrl, isPermissionAllowed, isPermissionCheckAllowed, requestDecision, type RequestAllowance } from './policy.js';

interface Preventable {
  preventDefault(): void;
}

export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The window shows the app's own pages only: a navigation or a redirect (a server's 30x, a
 * page's location change) elsewhere is stopped, webviews are never attached, and a new window
 * becomes a link the user is asked about (`openLink`), never a window.
 */
export function guardContents(contents: GuardedContents, openLink: (url: string) => void): void {
  const stayInApp = (event: Preventable, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
}

export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

/** Permissions: the requests and the checks (Chromium asks both) answered by the same policy. */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((contents, permission, callback) => callback(isPermissionAllowed(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionCheckAllowed(permission, requestingOrigin));
}

export interface GuardedRequests {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/** Every request of the session goes through `requestDecision`; what it cancels is logged (the URL cut short) with the reason. */
export function guardRequests(session: GuardedRequests, allowance: RequestAllowance, log: (line: string) => void): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const decision = requestDecision(details.url, allowance);
    if (decision.cancel) log(`iip: request blocked: ${excerpt(details.url, 120)}: ${decision.reason}`);
    callback({ cancel: decision.cancel });
  });
}
