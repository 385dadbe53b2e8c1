// Security decisions of the Electron adapter, kept free of Electron so tests run them in Node.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BridgeError } from '../shared/contract/envelope.js';
import { excerpt } from '../shared/excerpt.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'iip';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Only the app's own pages may be shown in its window. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file an app:// request maps to, or null when it would leave the built renderer. */
export function fileForAppUrl(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  const pathname = decodeURIComponent(new URL(url).pathname);
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  return file.startsWith(root + path.sep) ? file : null;
}

/** Permissions the app's own page may have: writing to the clipboard (Copy image, Copy data); nothing else, and nothing for other pages. */
const GRANTED = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return GRANTED.has(permission) && isAppUrl(requestingUrl);
}

/**
 * The permission check (Chromium asks it before, and besides, a request): the same grant, for the
 * app's own origin only. `requestingOrigin` is an origin ("app://iip"), not a page's URL.
 */
export function isPermissionCheckAllowed(permission: string, requestingOrigin: string): boolean {
  return isPermissionAllowed(permission, requestingOrigin);
}

/**
 * Whether the window may open DevTools: never in a packaged build, whatever the environment says
 * (an installed app is what a ministry's IT staff trust); when run from the sources, unless
 * IIP_DEVTOOLS=0 turns them off.
 */
export function devToolsEnabled(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return !isPackaged && env.IIP_DEVTOOLS !== '0';
}

/** Where a save dialog for an exported file starts: the user's documents folder, under the file's own name. */
export function defaultSavePath(documentsDir: string, suggestedName: string): string {
  const name = [...path.basename(suggestedName)].map((c) => (c.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(c) ? '-' : c)).join('') || 'iip-export';
  return path.join(documentsDir, name);
}

export type RequestDecision = { cancel: false } | { cancel: true; reason: string };

/** What the session lets through besides the app's own origin. */
export interface RequestAllowance {
  /** DevTools are on: their own pages (devtools://) load. */
  devTools: boolean;
  /** The built renderer: the app:// handler reads its files with file: URLs inside it (net.fetch goes through the session too). */
  rendererDir: string;
}

/**
 * What the session lets through: the app's own pages and files (app://iip), the data: and blob: URLs
 * its CSP admits for pictures (img-src), the built renderer's files as the app:// handler reads them,
 * and DevTools' own pages when they are on. Anything else — the web, other files, another app://
 * host, a local server — is cancelled (and logged by the caller).
 */
export function requestDecision(url: string, { devTools, rendererDir }: RequestAllowance): RequestDecision {
  if (isAppUrl(url)) return { cancel: false };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'data' || scheme === 'blob') return { cancel: false };
  if (scheme === 'devtools' && devTools) return { cancel: false };
  if (scheme === 'file' && isRendererFile(url, rendererDir)) return { cancel: false };
  return { cancel: true, reason: scheme ? `${excerpt(scheme, 20)}: is not the app's own protocol` : 'not a URL' };
}

function isRendererFile(url: string, rendererDir: string): boolean {
  try {
    const file = path.resolve(fileURLToPath(url));
    return file.startsWith(path.resolve(rendererDir) + path.sep);
  } catch {
    return false;
  }
}

/** The frame an IPC call came from, as Electron gives it (`event.senderFrame`: null once the frame is gone). */
export interface SenderFrame {
  url: string;
  /** True for the window's page itself, false for a frame inside it. */
  isTopFrame: boolean;
}

export type SenderDecision = { action: 'allow' } | { action: 'refuse'; error: BridgeError };

const refuseSender = (why: string): SenderDecision => ({ action: 'refuse', error: { code: 'forbidden', message: `refused: ${why}` } });

/** Every IPC call is answered only for the app's own page, in the window's top frame (the app has no frames of its own). */
export function ipcSenderDecision(frame: SenderFrame | null): SenderDecision {
  if (frame === null) return refuseSender('the frame that made the call is gone');
  if (!isAppUrl(frame.url)) return refuseSender('the call did not come from the app');
  if (!frame.isTopFrame) return refuseSender('the call came from a frame inside the page');
  return { action: 'allow' };
}
