// Where backups live and how they are named: a `backups` folder beside the store (the user-data
// folder), one file per backup named by its time, the schema version it holds and why it was made:
// iip-2026-12-06T10-40-12-345Z-v120-import.sqlite. Files set aside (an empty or damaged store) stay
// beside the store, never among the backups, which hold only copies that passed their check.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason } from '../../shared/contract/backup.js';
import { BACKUP_REASONS } from '../../shared/contract/backup.js';

export const BACKUPS_FOLDER = 'backups';

export const backupsDir = (storePath: string): string => path.join(path.dirname(storePath), BACKUPS_FOLDER);

/** A time as it can stand in a file name on every system (no colons). */
export const fileStamp = (date = new Date()): string => date.toISOString().replace(/[:.]/g, '-');

const NAME = new RegExp(`^iip-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-v(\\d+)-(${BACKUP_REASONS.join('|')})\\.sqlite$`);

export function backupFileName(reason: BackupReason, schemaVersion: number, date = new Date()): string {
  return `iip-${fileStamp(date)}-v${schemaVersion}-${reason}.sqlite`;
}

/** A backup's time back from its name's stamp. */
const stampTime = (stamp: string): string => stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');

/** The backups of a store, newest first (files of other names in the folder are left alone). */
export function listBackups(storePath: string): BackupEntry[] {
  const dir = backupsDir(storePath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const match = NAME.exec(name);
      if (!match) return [];
      const stat = fs.statSync(path.join(dir, name));
      return [{ name, createdAt: stampTime(match[1]!), schemaVersion: Number(match[2]), reason: match[3] as BackupReason, sizeBytes: stat.size }];
    })
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** The file of a listed backup; a name that is not one of them is refused (never a path from elsewhere). */
export function backupFile(storePath: string, name: string): string | null {
  return listBackups(storePath).some((b) => b.name === name) ? path.join(backupsDir(storePath), name) : null;
}

/** Renames a store file (and its -wal and -shm) aside, beside it, with the time and why; returns the new path. */
export function keepAside(storePath: string, why: string): string {
  const aside = `${storePath}.${why}-${fileStamp()}`;
  fs.renameSync(storePath, aside);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(storePath + suffix)) fs.renameSync(storePath + suffix, aside + suffix);
  return aside;
}
