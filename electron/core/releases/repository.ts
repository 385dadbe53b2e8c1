// Releases: the documents figures come from, with publication date and status. Embedded releases
// the user removed are remembered by checksum, so they are not loaded again. A release is known again
// by its file's checksum, or by its content: the same figures from a file of the same name or date
// (an embedded release re-imported from the workbook it was built from).
import type { ReleaseSummary } from '../../shared/contract/releases.js';
import type { ReleaseInput } from '../../shared/domain.js';
import { removeFromSeriesStats } from '../catalog/series-stats.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { writeTransaction } from '../db/transactions.js';
import { keepReleaseFigureCount } from './figure-counts.js';
import { notePendingPoints } from '../figures/pending-points.js';

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

export function releaseById(db: Db, id: number): ReleaseRow | undefined {
  return statement<ReleaseRow>(db, `SELECT ${COLUMNS} FROM releases r WHERE r.id = ?`).get(id);
}

/** What a release's content is compared by: each figure's series, period, basis, unit, base year, value and decimals. */
export interface FingerprintFigure {
  geo: string;
  item: string;
  measure: string;
  /** Canonical period code. */
  period: string;
  basis: string;
  unit: string;
  baseYear?: number | null;
  value: number;
  decimals: number;
}

/**
 * A fingerprint of a set of figures, the same whatever their order, added up a figure at a time (a
 * large file's figures are not kept): each figure's line hashed twice (FNV-1a, two offsets), the
 * hashes summed and xored, with the count.
 */
export class FigureFingerprint {
  private sumA = 0;
  private sumB = 0;
  private xorA = 0;
  private xorB = 0;
  private count = 0;

  add(f: FingerprintFigure): void {
    const line = `${f.geo}|${f.item}|${f.measure}|${f.period}|${f.basis}|${f.unit}|${f.baseYear ?? 0}|${f.value}|${f.decimals}`;
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    this.sumA = (this.sumA + (a >>> 0)) % 2 ** 32;
    this.sumB = (this.sumB + (b >>> 0)) % 2 ** 32;
    this.xorA ^= a;
    this.xorB ^= b;
    this.count++;
  }

  digest(): string {
    return [this.count, this.sumA, this.sumB, this.xorA >>> 0, this.xorB >>> 0].map((n) => n.toString(16)).join('-');
  }
}

/** A fingerprint of a set of figures: the same whatever their order. */
export function figuresFingerprint(figures: Iterable<FingerprintFigure>): string {
  const fingerprint = new FigureFingerprint();
  for (const f of figures) fingerprint.add(f);
  return fingerprint.digest();
}

/** The fingerprint of a stored release's figures. */
export function releaseFingerprint(db: Db, releaseId: number): string {
  const sql = `SELECT s.geoCode AS geo, s.itemCode AS item, s.measure, f.period, f.basis, f.unit, f.baseYear, f.value, f.decimals
                 FROM figures f JOIN series s ON s.id = f.seriesId WHERE f.releaseId = ?`;
  return figuresFingerprint(statement<FingerprintFigure>(db, sql).iterate(releaseId));
}

/**
 * A stored release with exactly these figures, from a file of the same name or published the same
 * day: the same release, whatever the file's checksum (an embedded release's is that of its JSON).
 */
export function releaseWithSameFigures(
  db: Db,
  release: Pick<ReleaseInput, 'sourceFile' | 'publishedOn'>,
  figures: FingerprintFigure[],
): ReleaseRow | undefined {
  return releaseWithFingerprint(db, release, figures.length, figuresFingerprint(figures));
}

/** Whether a release of this file name or publication date is stored (only such a release can be the same one by content). */
export function hasReleaseOfFileOrDate(db: Db, release: Pick<ReleaseInput, 'sourceFile' | 'publishedOn'>): boolean {
  return statement(db, 'SELECT 1 FROM releases WHERE sourceFile = ? OR publishedOn = ? LIMIT 1').get(release.sourceFile, release.publishedOn) !== undefined;
}

/** The same, given the figures' count and fingerprint (figures read a figure at a time). */
export function releaseWithFingerprint(
  db: Db,
  release: Pick<ReleaseInput, 'sourceFile' | 'publishedOn'>,
  count: number,
  fingerprint: string,
): ReleaseRow | undefined {
  const sql = `SELECT ${COLUMNS} FROM releases r WHERE (r.sourceFile = ? OR r.publishedOn = ?)
                 AND (SELECT COUNT(*) FROM figures f WHERE f.releaseId = r.id) = ? ORDER BY r.id`;
  const candidates = statement<ReleaseRow>(db, sql).all(release.sourceFile, release.publishedOn, count);
  return candidates.find((r) => releaseFingerprint(db, r.id) === fingerprint);
}

/** Newest first; with `asOf`, only those published on or before that date. */
export function listReleases(db: Db, asOf?: string): ReleaseSummary[] {
  const sql = `SELECT ${COLUMNS}, COALESCE(c.figureCount, 0) AS figureCount
                 FROM releases r LEFT JOIN releaseFigureCounts c ON c.releaseId = r.id
                WHERE (? IS NULL OR r.publishedOn <= ?) ORDER BY r.publishedOn DESC, r.id DESC`;
  return statement<ReleaseSummary>(db, sql).all(asOf ?? null, asOf ?? null);
}

export function countReleases(db: Db): number {
  return statement<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM releases').get()!.n;
}

/** Removes a release and its figures, and restates its series' statistics; the figures it revised show again. */
export function deleteRelease(db: Db, id: number): boolean {
  return writeTransaction(db, () => {
    deleteFiguresOf(db, id);
    return statement(db, 'DELETE FROM releases WHERE id = ?').run(id).changes > 0;
  });
}

/** Removes a release's figures (not the release), restates its series' statistics and notes the points they showed; call inside a transaction. */
export function deleteFiguresOf(db: Db, id: number): void {
  const removed = statement<{ seriesId: number; n: number }>(db, 'SELECT seriesId, COUNT(*) AS n FROM figures WHERE releaseId = ? GROUP BY seriesId').all(id);
  notePendingPoints(db, id);
  statement(db, 'DELETE FROM figures WHERE releaseId = ?').run(id);
  removeFromSeriesStats(db, new Map(removed.map((r) => [r.seriesId, r.n])));
  keepReleaseFigureCount(db, id);
}

/** Removes a release with its figures; an embedded one (known by its checksum) is not loaded again. */
export function undoRelease(db: Db, id: number): boolean {
  return writeTransaction(db, () => {
    const row = statement<{ checksum: string | null }>(db, 'SELECT checksum FROM releases WHERE id = ?').get(id);
    if (!row) return false;
    if (row.checksum) dismissEmbedded(db, row.checksum);
    return deleteRelease(db, id);
  });
}

/** Called when the user removes an embedded release, so it is not loaded again. */
export function dismissEmbedded(db: Db, checksum: string): void {
  statement(db, 'INSERT OR IGNORE INTO dismissedEmbedded (checksum) VALUES (?)').run(checksum);
}

export function isEmbeddedDismissed(db: Db, checksum: string): boolean {
  return statement(db, 'SELECT 1 FROM dismissedEmbedded WHERE checksum = ?').get(checksum) !== undefined;
}
