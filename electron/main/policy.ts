// Security decisions of the Electron adapter, kept free of Electron so tests run them in Node.
import path from 'node:path';

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
