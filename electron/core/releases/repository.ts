// Releases: the documents figures come from, with publication date and status. Embedded releases
// the user removed are remembered by checksum, so they are not loaded again.
import type { ReleaseSummary } from '../../shared/contract/releases.js';
import type { ReleaseInput } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

export type ReleaseRow = Omit<ReleaseSummary, 'figureCount'>;

const COLUMNS = 'r.id, r.name, r.publisher, r.publishedOn, r.publishedOnNote, r.status, r.sourceKind, r.sourceFile, r.sourceUrl, r.checksum, r.importedAt';

export function insertRelease(db: Db, release: ReleaseInput, importedAt = new Date().toISOString()): number {
  const sql = `INSERT INTO releases (name, publisher, publishedOn, publishedOnNote, status, sourceKind, sourceFile, sourceUrl, checksum, importedAt)
    VALUES (@name, @publisher, @publishedOn, @publishedOnNote, @status, @sourceKind, @sourceFile, @sourceUrl, @checksum, @importedAt)`;
  const { name, publisher, publishedOn, publishedOnNote, status, sourceKind, sourceFile, sourceUrl, checksum } = release;
  const row = {
    name,
    publisher,
    publishedOn,
    publishedOnNote: publishedOnNote ?? null,
    status,
    sourceKind,
    sourceFile,
    sourceUrl: sourceUrl ?? null,
    checksum: checksum ?? null,
    importedAt,
  };
  return Number(statement(db, sql).run(row).lastInsertRowid);
}

export function releaseByChecksum(db: Db, checksum: string): ReleaseRow | undefined {
  return statement<ReleaseRow>(db, `SELECT ${COLUMNS} FROM releases r WHERE r.checksum = ?`).get(checksum);
}

export function listReleases(db: Db): ReleaseSummary[] {
  const sql = `SELECT ${COLUMNS}, (SELECT COUNT(*) FROM figures f WHERE f.releaseId = r.id) AS figureCount
                 FROM releases r ORDER BY r.publishedOn DESC, r.id DESC`;
  return statement<ReleaseSummary>(db, sql).all();
}

export function countReleases(db: Db): number {
  return statement<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM releases').get()!.n;
}

/** Removes a release and its figures; the figures it revised show again. */
export function deleteRelease(db: Db, id: number): boolean {
  return db.transaction(() => {
    statement(db, 'DELETE FROM figures WHERE releaseId = ?').run(id);
    return statement(db, 'DELETE FROM releases WHERE id = ?').run(id).changes > 0;
  })();
}

/** Removes a release with its figures; an embedded one (known by its checksum) is not loaded again. */
export function undoRelease(db: Db, id: number): boolean {
  const row = statement<{ checksum: string | null }>(db, 'SELECT checksum FROM releases WHERE id = ?').get(id);
  if (!row) return false;
  return db.transaction(() => {
    if (row.checksum) dismissEmbedded(db, row.checksum);
    return deleteRelease(db, id);
  })();
}

/** Called when the user removes an embedded release, so it is not loaded again. */
export function dismissEmbedded(db: Db, checksum: string): void {
  statement(db, 'INSERT OR IGNORE INTO dismissedEmbedded (checksum) VALUES (?)').run(checksum);
}

export function isEmbeddedDismissed(db: Db, checksum: string): boolean {
  return statement(db, 'SELECT 1 FROM dismissedEmbedded WHERE checksum = ?').get(checksum) !== undefined;
}
