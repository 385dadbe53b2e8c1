// The store's own commands, run without opening it the usual way (which migrates and loads the
// embedded dataset: writes a damaged store must not take):
//   iip backup FILE          a checked copy of the store
//   iip restore FILE|NAME    a backup (a file, or a name from iip backups) over the store; the store as it was kept as a backup first
//   iip backups [--keep N]   the automatic backups kept beside the store (and how many are kept)
//   iip check                the store's integrity (SQLite's integrity and foreign key checks) and each release's figures against their digest
// And what the other commands say of a store that is damaged or was found empty. A store a newer
// app wrote is only read: backup, restore and backups --keep are refused (NewerStoreError, exit 77).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupsKept, backupTo, setBackupsKept } from '../core/backup/backup.js';
import { checkStore } from '../core/backup/check.js';
import type { FileShape } from '../core/backup/file-shape.js';
import { backupFile, backupsDir, keepAside, listBackups } from '../core/backup/files.js';
import { quickCheck } from '../core/backup/inspect.js';
import { restoreClosedStore } from '../core/backup/restore.js';
import type { Db } from '../core/db/connection.js';
import { SCHEMA_VERSION } from '../core/db/migrations/index.js';
import { sealUnsealedReleases } from '../core/db/release-digests.js';
import { NewerStoreError, StoreDamagedError } from '../core/errors.js';
import { MAX_BACKUPS_KEPT } from '../shared/contract/preferences.js';
import { openStore } from '../core/store.js';
import { renderTable } from './format.js';
import { UsageError } from './usage.js';

type Values = { [option: string]: string | boolean | string[] | undefined; _: string[] };
type Io = { out: (line: string) => void; err: (line: string) => void };

export async function runStoreCommand(
  command: 'backup' | 'restore' | 'backups' | 'check',
  values: Values,
  storeFile: string,
  json: boolean,
  io: Io,
): Promise<number> {
  const newer = command === 'check' || (command === 'backups' && values.keep === undefined) ? null : newerStoreRefusal(storeFile);
  if (newer) throw newer;
  switch (command) {
    case 'backup':
      return backup(storeFile, oneFile(values, 'give the FILE to write the backup to'), json, io);
    case 'restore':
      return restore(storeFile, oneFile(values, 'give the backup FILE, or a NAME from iip backups'), json, io);
    case 'backups':
      return backups(storeFile, values.keep as string | undefined, json, io);
    case 'check':
      return check(storeFile, json, io);
  }
}

function oneFile(values: Values, hint: string): string {
  if (values._.length !== 1 || values._[0]!.trim() === '') throw new UsageError(hint);
  return values._[0]!;
}

/** The store opened to be read only; an absent store is an error, not a new store. */
function openExisting(storeFile: string, readonly = true): Db {
  if (!fs.existsSync(storeFile)) throw new UsageError(`no store at ${storeFile} (--db PATH, or $IIP_DB, names another)`);
  return new Database(storeFile, { readonly, fileMustExist: true });
}

/** The refusal of a write to a store a newer app wrote (read-only: the file is not changed); null for any other store. */
function newerStoreRefusal(storeFile: string): NewerStoreError | null {
  if (!fs.existsSync(storeFile)) return null;
  let db: Db | undefined;
  try {
    db = new Database(storeFile, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    return version > SCHEMA_VERSION ? new NewerStoreError(version, SCHEMA_VERSION) : null;
  } catch {
    return null; // not readable as a store: the command's own checks say so
  } finally {
    db?.close();
  }
}

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function backup(storeFile: string, target: string, json: boolean, io: Io): Promise<number> {
  const file = path.resolve(target);
  const db = openExisting(storeFile);
  try {
    await backupTo(db, file);
  } finally {
    db.close();
  }
  const size = fs.statSync(file).size;
  io.out(
    json
      ? JSON.stringify({ file, sizeBytes: size })
      : `Backed up the store to ${file} (${megabytes(size)}); the copy opens, passes its integrity check and is a store of IIP Explorer.`,
  );
  return 0;
}

async function restore(storeFile: string, given: string, json: boolean, io: Io): Promise<number> {
  const file = fs.existsSync(given) ? path.resolve(given) : backupFile(storeFile, given);
  if (file === null) throw new UsageError(`'${given}' is neither a file nor a backup of this store (iip backups lists them)`);
  const restored = await restoreClosedStore(storeFile, file);
  // opened once as the app opens it: a backup from an earlier version is upgraded now
  openStore(storeFile).db.close();
  if (json) io.out(JSON.stringify(restored));
  else {
    io.out(`Restored ${file} over the store ${storeFile}.`);
    if (restored.keptAs)
      io.out(`The store as it was is kept as ${restored.keptAs}${restored.keptAs.endsWith('.sqlite') ? ` (iip restore ${restored.keptAs} undoes this)` : ''}.`);
  }
  return 0;
}

async function backups(storeFile: string, keep: string | undefined, json: boolean, io: Io): Promise<number> {
  let kept: number;
  const db = openExisting(storeFile, keep === undefined);
  try {
    if (keep !== undefined) {
      const count = Number(keep);
      if (!Number.isInteger(count) || count < 0 || count > MAX_BACKUPS_KEPT)
        throw new UsageError(`--keep: expected a whole number of backups up to ${MAX_BACKUPS_KEPT} (0 turns automatic backups off), got '${keep}'`);
      setBackupsKept(db, count);
    }
    kept = backupsKept(db);
  } finally {
    db.close();
  }
  const list = listBackups(storeFile);
  if (json) io.out(JSON.stringify({ folder: backupsDir(storeFile), kept, backups: list }, null, 2));
  else {
    io.out(
      kept === 0
        ? `Backups in ${backupsDir(storeFile)} (automatic backups are off: iip backups --keep 10 turns them on):`
        : `Backups in ${backupsDir(storeFile)} (the newest ${kept} are kept; made before each import, undo, notes import and upgrade):`,
    );
    if (list.length === 0) io.out('None yet.');
    else
      io.out(
        renderTable(
          ['name', 'made', 'schema', 'before', 'size'],
          list.map((b) => [b.name, b.createdAt.replace('T', ' ').slice(0, 19), String(b.schemaVersion), b.reason, megabytes(b.sizeBytes)]),
        ),
      );
  }
  return 0;
}

async function check(storeFile: string, json: boolean, io: Io): Promise<number> {
  const { examineFile } = await import('../core/backup/file-shape.js');
  const shape = examineFile(storeFile);
  if (shape.kind === 'missing') throw new UsageError(`no store at ${storeFile} (--db PATH, or $IIP_DB, names another)`);
  const result = shape.kind === 'fine' ? checkOpened(storeFile) : { ok: false, problems: [`${storeFile}: ${shape.detail}`], unsealed: 0, releasesChecked: 0 };
  const newer = shape.kind === 'fine' ? newerStoreRefusal(storeFile) : null;
  // releases stored without a digest (too large to digest at commit, or written by another program): digested now, the store being sound
  const digested = result.ok && result.unsealed > 0 && !newer ? digestUnsealed(storeFile) : 0;
  if (json) io.out(JSON.stringify({ ...result, digested, newerSchema: newer?.storeSchema ?? null }, null, 2));
  else {
    io.out(`Store ${storeFile}: ${result.ok ? 'no problem found' : `${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}`}.`);
    for (const problem of result.problems) io.out(`  ${problem}`);
    io.out(
      newer
        ? `Checked: SQLite's integrity check (every page and index) and the foreign keys; ${newer.message}, so its releases' digests are left to that version.`
        : `Checked: SQLite's integrity check (every page and index), the foreign keys, and ${result.releasesChecked} releases' figures against their digests.`,
    );
    if (digested > 0)
      io.out(`${digested} releases had no digest yet (too large to digest when stored, or written by another program): digested now, for the next check.`);
    if (!result.ok) io.out(wayOut(storeFile));
  }
  return result.ok ? 0 : 1;
}

function digestUnsealed(storeFile: string): number {
  const db = openExisting(storeFile, false);
  try {
    return sealUnsealedReleases(db);
  } finally {
    db.close();
  }
}

function checkOpened(storeFile: string): ReturnType<typeof checkStore> {
  let db: Db | undefined;
  try {
    db = openExisting(storeFile);
    return checkStore(db);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return { ok: false, problems: [`${storeFile} cannot be read: ${error instanceof Error ? error.message : String(error)}`], unsealed: 0, releasesChecked: 0 };
  } finally {
    db?.close();
  }
}

/** What to do about a damaged store: the newest backup to restore, or how to start afresh. */
export function wayOut(storeFile: string): string {
  const newest = listBackups(storeFile)[0];
  const db = ` --db "${storeFile}"`;
  return newest
    ? `To bring back the newest backup (${newest.createdAt.slice(0, 16).replace('T', ' ')} UTC, before ${newest.reason}): iip restore ${newest.name}${db}   (iip backups lists the others)`
    : `No backup of this store is kept in ${backupsDir(storeFile)}. Restore a copy you made (iip restore FILE${db}), or move the store away to start a new one.`;
}

/** An empty, cut-short or unreadable store file: renamed aside (never refilled over) and reported; the command stops. */
export function refuseBadFile(storeFile: string, shape: Exclude<FileShape, { kind: 'missing' | 'fine' }>, io: Io): number {
  const aside = keepAside(storeFile, shape.kind);
  io.err(`The store ${storeFile} cannot be used: ${shape.detail}.`);
  io.err(`It was kept aside as ${aside}; nothing was refilled over it.`);
  io.err(wayOut(storeFile));
  io.err('Without a restore, the next command starts a new store from the embedded dataset.');
  return 1;
}

/** Before a command writes: the store's quick check (a damaged store is never written to). */
export function assertSound(db: Db): void {
  const problems = quickCheck(db);
  if (problems.length > 0) throw new StoreDamagedError(`the store failed its integrity check, so nothing was changed: ${problems.slice(0, 3).join('; ')}`);
}
