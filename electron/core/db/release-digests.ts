// Each release's figures digested (SHA-256 of their stored values, in id order) when the release is
// stored, and checked on demand: a value changed in the file without SQLite noticing (a flipped bit
// leaves a well-formed page) names its release. Migration 0120 keeps them.
import type Database from 'better-sqlite3';

type Db = Database.Database;

/** The columns that make a figure what it is; a number's text in JS round-trips exactly, so any bit of it counts. */
const FIGURE_ROWS = `SELECT id, seriesId, period, basis, unit, baseYear, value, decimals, status, quote FROM figures WHERE releaseId = ? ORDER BY id`;

export interface ReleaseDigest {
  figureCount: number;
  sha256: string;
}

/** The digest of a release's figures as the store holds them now. */
export function digestOfRelease(db: Db, releaseId: number): ReleaseDigest {
  // node:crypto loaded on first use: opening a store for a read needs none
  const hash = process.getBuiltinModule('node:crypto').createHash('sha256');
  let figureCount = 0;
  let chunk = '';
  for (const row of db.prepare(FIGURE_ROWS).raw().iterate(releaseId)) {
    chunk += (row as unknown[]).join('\u001f') + '\n';
    figureCount++;
    if (chunk.length > 1 << 16) {
      hash.update(chunk);
      chunk = '';
    }
  }
  hash.update(chunk);
  return { figureCount, sha256: hash.digest('hex') };
}

/** Records the digest of a release just stored (inside the transaction that stored it). */
export function sealRelease(db: Db, releaseId: number): void {
  const { figureCount, sha256 } = digestOfRelease(db, releaseId);
  db.prepare('INSERT OR REPLACE INTO releaseDigests (releaseId, figureCount, sha256) VALUES (?, ?, ?)').run(releaseId, figureCount, sha256);
}

/** Releases with no digest (stored before schema version 120, or written by another program). */
export function unsealedReleases(db: Db): number[] {
  return db.prepare('SELECT id FROM releases WHERE id NOT IN (SELECT releaseId FROM releaseDigests) ORDER BY id').pluck().all() as number[];
}

/** Digests every release that has none, in one transaction; returns how many. */
export function sealUnsealedReleases(db: Db): number {
  const ids = unsealedReleases(db);
  if (ids.length > 0) db.transaction(() => ids.forEach((id) => sealRelease(db, id)))();
  return ids.length;
}

export interface ChangedRelease {
  releaseId: number;
  name: string;
  expected: ReleaseDigest;
  actual: ReleaseDigest;
}

/** Every release whose figures no longer match the digest written when it was stored. */
export function changedReleases(db: Db): ChangedRelease[] {
  const sealed = db
    .prepare('SELECT d.releaseId, r.name, d.figureCount, d.sha256 FROM releaseDigests d JOIN releases r ON r.id = d.releaseId ORDER BY d.releaseId')
    .all() as { releaseId: number; name: string; figureCount: number; sha256: string }[];
  return sealed.flatMap(({ releaseId, name, figureCount, sha256 }) => {
    const actual = digestOfRelease(db, releaseId);
    return actual.sha256 === sha256 ? [] : [{ releaseId, name, expected: { figureCount, sha256 }, actual }];
  });
}
