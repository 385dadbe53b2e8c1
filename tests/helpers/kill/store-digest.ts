// Digests of what a store holds, to tell that a kill left earlier work exactly as it was: the
// releases with their figures, the notes with the revisions they have seen, and the schema. Columns
// are named (those every schema version has), so a store before and after a migration compare.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

type Db = Database.Database;

function digestRows(db: Db, sql: string, ...params: unknown[]): string {
  const hash = createHash('sha256');
  for (const row of db
    .prepare(sql)
    .raw()
    .iterate(...params))
    hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

/** The releases other than `except`, each row (but when it was imported: a first start stamps its own) and every figure of theirs. */
export function releasesDigest(db: Db, except: readonly number[] = []): string {
  const skip = JSON.stringify(except);
  const releases = digestRows(
    db,
    `SELECT id, name, publisher, publishedOn, publishedOnNote, status, sourceKind, sourceFile, checksum
       FROM releases WHERE id NOT IN (SELECT value FROM json_each(?)) ORDER BY id`,
    skip,
  );
  const figures = digestRows(
    db,
    `SELECT f.id, s.geoCode, s.itemCode, s.measure, f.releaseId, f.period, f.periodEnd, f.basis, f.unit, f.baseYear, f.value, f.decimals, f.status, f.location
       FROM figures f JOIN series s ON s.id = f.seriesId WHERE f.releaseId NOT IN (SELECT value FROM json_each(?)) ORDER BY f.id`,
    skip,
  );
  return `${releases}:${figures}`;
}

/** The notes other than `except` (ids), with every revision each has seen. */
export function notesDigest(db: Db, except: readonly string[] = []): string {
  const skip = JSON.stringify(except);
  const notes = digestRows(
    db,
    `SELECT id, scope, geoCode, itemCode, measure, basis, period, periodFrom, periodTo, text, author, tags, status, createdAt, updatedAt, deletedAt, revision
       FROM notes WHERE id NOT IN (SELECT value FROM json_each(?)) ORDER BY id`,
    skip,
  );
  const revisions = digestRows(
    db,
    'SELECT noteId, revision FROM noteRevisions WHERE noteId NOT IN (SELECT value FROM json_each(?)) ORDER BY noteId, revision',
    skip,
  );
  return `${notes}:${revisions}`;
}

export function schemaDigest(db: Db): string {
  return digestRows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
}

export const countOf = (db: Db, sql: string, ...params: unknown[]): number =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** Series whose kept statistics disagree with their figures (a write that stored one without the other). */
export function statsMismatches(db: Db): number {
  return countOf(
    db,
    `SELECT (SELECT COUNT(*) FROM seriesStats k LEFT JOIN (SELECT seriesId, COUNT(*) AS n FROM figures GROUP BY seriesId) f ON f.seriesId = k.seriesId
              WHERE f.n IS NOT k.figureCount)
          + (SELECT COUNT(DISTINCT seriesId) FROM figures WHERE seriesId NOT IN (SELECT seriesId FROM seriesStats))`,
  );
}
