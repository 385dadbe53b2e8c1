// Releases: the documents figures come from, with publication date and status.
import type { ReleaseSummary } from '../../../shared/contract.js';
import type { ReleaseInput } from '../../../shared/domain.js';
import type { Db } from '../connection.js';

export interface ReleaseRow extends Omit<ReleaseSummary, 'figureCount'> {}

export function insertRelease(db: Db, release: ReleaseInput, importedAt = new Date().toISOString()): number {
  return Number(
    db
      .prepare(
        `INSERT INTO releases (name, publisher, publishedOn, publishedOnNote, status, sourceKind, sourceFile, sourceUrl, checksum, importedAt)
         VALUES (@name, @publisher, @publishedOn, @publishedOnNote, @status, @sourceKind, @sourceFile, @sourceUrl, @checksum, @importedAt)`,
      )
      .run({ publishedOnNote: null, sourceUrl: null, checksum: null, ...release, importedAt }).lastInsertRowid,
  );
}

export function releaseByChecksum(db: Db, checksum: string): ReleaseRow | undefined {
  return db.prepare('SELECT * FROM releases WHERE checksum = ?').get(checksum) as ReleaseRow | undefined;
}

export function listReleases(db: Db): ReleaseSummary[] {
  return db
    .prepare(
      `SELECT r.*, (SELECT COUNT(*) FROM figures f WHERE f.releaseId = r.id) AS figureCount
         FROM releases r ORDER BY r.publishedOn DESC, r.id DESC`,
    )
    .all() as ReleaseSummary[];
}

/** Removes a release and its figures; the figures it revised show again. */
export function deleteRelease(db: Db, id: number): boolean {
  return db.transaction(() => {
    db.prepare('DELETE FROM figures WHERE releaseId = ?').run(id);
    return db.prepare('DELETE FROM releases WHERE id = ?').run(id).changes > 0;
  })();
}
