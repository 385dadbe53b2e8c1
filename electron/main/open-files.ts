// Files handed to the app from outside the window: named on the command line of the first launch or
// of a second one (a file association, "Open with"), or opened by macOS ('open-file', which can come
// before the app is ready). Kept free of Electron, so tests run it in Node.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openedFileKind } from '../shared/file-kinds.js';

/** More than this in one launch is a mistake (a folder's worth selected by accident): the rest are left out. */
export const MAX_HANDED_FILES = 50;

export interface ArgvContext {
  /** The folder the launch was made from: relative paths are read against it. */
  cwd: string;
  /** The app's own folder or script, given to Electron when run from the sources: never a file to open. */
  appPath?: string;
  /** Whether a path names an existing regular file. */
  isFile(filePath: string): boolean;
}

/**
 * The files a launch names that the app opens: after the executable, not a flag (Electron's and
 * Chromium's, which a second launch's argv carries), not the app's own path, existing, and of a kind
 * the app opens (an import format or .iipnotes). Absolute, without repeats, in the order given.
 */
export function filesFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  return filesToOpen(argv.slice(1), context);
}

/** Of paths (or file:// URLs) given to the app, the files it opens, as filesFromArgv says (macOS's 'open-file' gives them one by one). */
export function filesToOpen(args: readonly string[], context: ArgvContext): string[] {
  const appPath = context.appPath === undefined ? null : path.resolve(context.cwd, context.appPath);
  const found: string[] = [];
  for (const arg of args) {
    if (arg === '' || arg.startsWith('-')) continue;
    const filePath = absolutePath(arg, context.cwd);
    if (filePath === null || filePath === appPath || found.includes(filePath)) continue;
    if (openedFileKind(filePath) === null || !context.isFile(filePath)) continue;
    found.push(filePath);
    if (found.length === MAX_HANDED_FILES) break;
  }
  return found;
}

/** A path or a file:// URL (Linux desktop entries may pass URLs) as an absolute path; null for other URLs. */
function absolutePath(arg: string, cwd: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

/**
 * The hand-over between main and the window. A path the OS gave is offered; the window reads an
 * offered path once (shell:stage-file), and no other: a path the page names itself is refused. Paths
 * offered while the window is not listening yet (at start, during a reload) wait for it to ask
 * (shell:pending-files); after that, main sends them at once as shell:open-files.
 */
export class FileHandOver {
  private readonly offered = new Set<string>();
  private pending: string[] = [];
  private listening = false;

  /** Offers paths; returns those to send the window now (none while it is not listening: they wait). */
  offer(paths: readonly string[]): string[] {
    const fresh = paths.filter((p) => !this.offered.has(p));
    for (const p of fresh) this.offered.add(p);
    if (this.listening) return fresh;
    this.pending.push(...fresh);
    return [];
  }

  /** The window listens from now on: the paths that waited for it. */
  windowListening(): string[] {
    this.listening = true;
    const waiting = this.pending;
    this.pending = [];
    return waiting;
  }

  /** The window is loading again: what is offered waits until it asks. */
  windowGone(): void {
    this.listening = false;
  }

  /** True, once, for a path that was offered (and not yet taken); false for any other. */
  take(filePath: string): boolean {
    return this.offered.delete(filePath);
  }
}
