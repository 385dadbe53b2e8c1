// Files the window sends for an import, staged on disk a chunk at a time (import:stage-*): a large
// file never sits in memory whole, and the streaming readers (read-source.ts) read it from disk. One
// staging folder per handler table, made on first use and removed on close. A staged file is held
// by the previews that read it and removed when committed, discarded, no longer held by any kept
// preview, or left unused for a while.
import { said, sayImport } from '../../../shared/messages/import.js';
import { excerpt } from '../read/limits.js';
import type { Place } from '../../../shared/messages/place.js';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_STAGED_BYTES } from '../../../shared/contract/import.js';
import { NotFoundError } from '../../errors.js';
import type { ImportSource } from './read-source.js';
import { ImportError } from '../types.js';

interface StagedFile {
  fileName: string;
  path: string;
  size: number;
  received: number;
  complete: boolean;
  writing: boolean;
  touchedAt: number;
  /** Previews that read this file (see KeptPreviews). */
  holders: Set<string>;
}

export interface StagingOptions {
  /** Where the staging folder is made; the system's temp folder by default. */
  parentDir?: string;
  /** Bytes all staged files may take together. */
  maxBytes?: number;
  /** A staged file no preview holds is removed after this long without use. */
  idleMs?: number;
  now?: () => number;
}

const DEFAULT_IDLE_MS = 30 * 60 * 1000;

/** "1 GB", "5.2 MB", "800 bytes": sizes in messages. */
export function sizeText(bytes: number): string {
  const [unit, scale] = bytes >= 2 ** 30 ? ['GB', 2 ** 30] : bytes >= 2 ** 20 ? ['MB', 2 ** 20] : bytes >= 1024 ? ['KB', 1024] : ['bytes', 1];
  return `${Number((bytes / (scale as number)).toFixed(1))} ${unit}`;
}

export class StagingArea {
  private readonly files = new Map<string, StagedFile>();
  private dir: string | null = null;
  private closed = false;
  private readonly maxBytes: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(private readonly options: StagingOptions = {}) {
    this.maxBytes = options.maxBytes ?? MAX_STAGED_BYTES;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.now = options.now ?? Date.now;
  }

  /** Starts a staged file of `size` bytes; refused when it would take staging past its cap. */
  begin(fileName: string, size: number): string {
    if (this.closed) throw new Error('import staging is closed');
    this.sweep();
    if (size > this.maxBytes) throw new ImportError(fileName, null, said('stage.too-large', { size: sizeText(size), limit: sizeText(this.maxBytes) }));
    const held = this.heldBytes();
    if (held + size > this.maxBytes) {
      throw new ImportError(fileName, null, said('stage.too-much-waiting', { size: sizeText(size), held: sizeText(held), limit: sizeText(this.maxBytes) }));
    }
    const id = crypto.randomUUID();
    // The id names the file on disk: the user's file name never reaches a path.
    const file = path.join(this.folder(), `${id}.staged`);
    fs.writeFileSync(file, '', { flag: 'wx' });
    this.files.set(id, { fileName, path: file, size, received: 0, complete: false, writing: false, touchedAt: this.now(), holders: new Set() });
    return id;
  }

  /** Appends the chunk that starts at `offset`; chunks come in order, one at a time. Returns the bytes received. */
  async append(id: string, offset: number, bytes: Buffer): Promise<number> {
    const staged = this.get(id);
    const place: Place = [['bytes', `${offset}–${offset + bytes.length}`]];
    if (staged.complete) throw new ImportError(staged.fileName, place, said('stage.already-complete'));
    if (staged.writing) throw new ImportError(staged.fileName, place, said('stage.chunk-writing'));
    if (offset !== staged.received) throw new ImportError(staged.fileName, place, said('stage.chunk-order', { next: staged.received }));
    if (offset + bytes.length > staged.size) throw new ImportError(staged.fileName, place, said('stage.chunk-past-size', { size: staged.size }));
    staged.writing = true;
    try {
      await fs.promises.appendFile(staged.path, bytes);
    } catch (error) {
      this.remove([id]);
      throw new Error(
        `${staged.fileName}: could not write the staged copy (${error instanceof Error ? error.message : String(error)}); choose the file again`,
        { cause: error },
      );
    } finally {
      staged.writing = false;
    }
    staged.received += bytes.length;
    staged.touchedAt = this.now();
    return staged.received;
  }

  /** Marks a staged file complete; it must have received exactly the size declared. */
  end(id: string): number {
    const staged = this.get(id);
    if (staged.writing) throw new ImportError(staged.fileName, null, said('stage.end-while-writing'));
    if (staged.received !== staged.size)
      throw new ImportError(staged.fileName, null, said('stage.incomplete', { received: staged.received, size: staged.size }));
    staged.complete = true;
    staged.touchedAt = this.now();
    return staged.size;
  }

  /** The complete staged files as import sources (read from disk). */
  sources(ids: readonly string[]): ImportSource[] {
    return ids.map((id) => {
      const staged = this.get(id);
      if (!staged.complete) throw new ImportError(staged.fileName, null, said('stage.still-sending', { received: staged.received, size: staged.size }));
      staged.touchedAt = this.now();
      return { fileName: staged.fileName, path: staged.path };
    });
  }

  /** Marks staged files as held by `holder` (a kept preview) until it is released; ids gone meanwhile are skipped. */
  hold(ids: readonly string[], holder: string): void {
    for (const id of ids) this.files.get(id)?.holders.add(holder);
  }

  /** Lets go of what `holder` held; files no one holds any more are removed. */
  release(holder: string): void {
    for (const [id, staged] of this.files) {
      if (staged.holders.delete(holder) && staged.holders.size === 0) this.remove([id]);
    }
  }

  /** Removes staged files (committed, or discarded by the window); returns how many there were. */
  remove(ids: readonly string[]): number {
    let removed = 0;
    for (const id of ids) {
      const staged = this.files.get(id);
      if (!staged) continue;
      this.files.delete(id);
      fs.rmSync(staged.path, { force: true });
      removed++;
    }
    return removed;
  }

  has(id: string): boolean {
    return this.files.has(id);
  }

  /** Removes every staged file and the staging folder. */
  close(): void {
    this.closed = true;
    this.files.clear();
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private get(id: string): StagedFile {
    const staged = this.files.get(id);
    if (!staged) {
      const message = said('stage.unknown', { id: excerpt(id, 64), minutes: Math.round(this.idleMs / 60_000) });
      throw new NotFoundError(sayImport(message, 'en'), message);
    }
    return staged;
  }

  private heldBytes(): number {
    let total = 0;
    for (const staged of this.files.values()) total += staged.size;
    return total;
  }

  /** Removes files no preview holds that have not been used for idleMs (uploads given up on). */
  private sweep(): void {
    const before = this.now() - this.idleMs;
    for (const [id, staged] of this.files) if (staged.holders.size === 0 && !staged.writing && staged.touchedAt < before) this.remove([id]);
  }

  private folder(): string {
    if (this.dir) return this.dir;
    const parent = this.options.parentDir ?? os.tmpdir();
    removeStaleStagingFolders(parent, this.now());
    this.dir = fs.mkdtempSync(path.join(parent, STAGING_PREFIX));
    return this.dir;
  }
}

const STAGING_PREFIX = 'iip-staging-';
/** A staging folder untouched this long was left by an app that did not close (a crash, a kill). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Removes staging folders left by runs that never closed; a folder in use changes whenever a file is staged or removed. */
function removeStaleStagingFolders(parent: string, now: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(parent).filter((n) => n.startsWith(STAGING_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const folder = path.join(parent, name);
    try {
      if (now - fs.statSync(folder).mtimeMs > STALE_AFTER_MS) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
}
