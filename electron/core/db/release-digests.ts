// Each release's figures digested (SHA-256 of their stored values, in id order) when the release is
// stored, and checked on demand: a value changed in the file without SQLite noticing (a flipped bit
// leaves a well-formed page) names its release. Migration 0120 keeps them.
import type Database from 'better-sqlite3';
import { writeTransaction } from './transactions.js';

type Db = Database.Database;

/**
 * A release's figures as one text, built by SQLite (three times faster than row by row in JS): the
 * columns that make a figure what it is, each value in 17 significant digits, which tell any two
 * doubles apart, so a single flipped bit changes the text.
 */
const RELEASE_TEXT = `SELECT COUNT(*) AS figureCount,
  group_concat(concat_ws(char(31), id, seriesId, period, basis, unit, baseYear, printf('%!.17g', value), decimals, status, quote(quote)), char(10)) AS text
  FROM (SELECT * FROM figures WHERE releaseId = ? ORDER BY id)`;

export interface ReleaseDigest {
  figureCount: number;
  sha256: string;
}

/** The digest of a release's figures as the store holds them now. */
export function digestOfRelease(db: Db, releaseId: number): ReleaseDigest {
  const { figureCount, text } = db.prepare(RELEASE_TEXT).get(releaseId) as { figureCount: number; text: string | null };
  // node:crypto loaded on first use: opening a store for a read needs none
  const sha256 = process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(text ?? '')
    .digest('hex');
  return { figureCount, sha256 };
}

/** Records the digest of a release just stored (inside the transaction that stored it). */
export function sealRelease(db: Db, releaseId: number): void {
  const { figureCount, sha256 } = digestOfRelease(db, releaseId);
  db.prepare('INSERT OR REPLACE INTO releaseDigests (releaseId, figureCount, sha256) VALUES (?, ?, ?)').run(releaseId, figureCount, sha256);
}

/**
 * Releases up to this size are digested in the transaction that stores them (a monthly release of
 * 36,000 figures: about 0.08 s); a larger one (a bulk load of history: 1 million figures take about
 * 4 s, a third of their import) is digested by the next `iip check`.
 */
export const DIGESTED_AT_COMMIT_UP_TO = 250_000;

/** Records a just-stored release's digest when it is small enough to digest at once (see DIGESTED_AT_COMMIT_UP_TO). */
export function sealStoredRelease(db: Db, releaseId: number, figureCount: number): void {
  if (figureCount <= DIGESTED_AT_COMMIT_UP_TO) sealRelease(db, releaseId);
}

/** Releases with no digest (stored before schema version 120, or written by another program). */
export function unsealedReleases(db: Db): number[] {
  return db.prepare('SELECT id FROM releases WHERE id NOT IN (SELECT releaseId FROM releaseDigests) ORDER BY id').pluck().all() as number[];
}

/** Digests every release that has none, in one transaction; returns how many. */
export function sealUnsealedReleases(db: Db): number {
  const ids = unsealedReleases(db);
  if (ids.length > 0) writeTransaction(db, () => ids.forEach((id) => sealRelease(db, id)));
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
