// Embedded release files changed after they shipped (a publisher's name corrected, a workbook read
// again with more of its tables). A store knows an embedded release by its file's checksum, so a
// changed file would load as a second release beside the first, and one the user removed would come
// back. data/earlier-checksums.json lists each file's earlier checksums (scripts/embedded-earlier-
// checksums.js writes it from git history); with it the store moves what it has to the new version:
// the release keeps its id and takes the file's details and figures, a removal stays a removal.
import fs from 'node:fs';
import path from 'node:path';
import type { ReleaseInput } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { deleteFiguresOf } from '../releases/repository.js';
import { dataDir } from '../paths.js';

/** Each embedded file (its path under data/, with /) and the checksums of its earlier versions. */
export function earlierChecksums(root = dataDir): Map<string, string[]> {
  const file = path.join(root, 'earlier-checksums.json');
  if (!fs.existsSync(file)) return new Map();
  const { files } = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: Record<string, string[]> };
  return new Map(Object.entries(files));
}

const REWRITE = `UPDATE releases SET name = @name, publisher = @publisher, publishedOn = @publishedOn, publishedOnNote = @publishedOnNote,
  status = @status, sourceKind = @sourceKind, sourceFile = @sourceFile, sourceUrl = @sourceUrl, checksum = @checksum WHERE id = @id`;

/** What the store had of an earlier version of a file: nothing, a release (now emptied for the new figures), or a removal. */
export type Earlier = { kind: 'none' } | { kind: 'release'; releaseId: number } | { kind: 'removed' };

/**
 * Moves the store's release of an earlier version of this file (checksums `earlier`) to the version
 * with `checksum`: its details rewritten, its figures deleted for the caller to store the file's
 * (in the same transaction); or its removal moved. Nothing when the store had no earlier version.
 */
export function reviseEmbeddedRelease(db: Db, earlier: readonly string[], checksum: string, release: Omit<ReleaseInput, 'checksum'>): Earlier {
  if (earlier.length === 0) return { kind: 'none' };
  const marks = earlier.map(() => '?').join(', ');
  const held = statement<{ id: number }>(db, `SELECT id FROM releases WHERE checksum IN (${marks}) ORDER BY id`).get(...earlier);
  if (held) {
    deleteFiguresOf(db, held.id);
    statement(db, REWRITE).run({ ...release, publishedOnNote: release.publishedOnNote ?? null, sourceUrl: release.sourceUrl ?? null, checksum, id: held.id });
    return { kind: 'release', releaseId: held.id };
  }
  if (statement(db, `DELETE FROM dismissedEmbedded WHERE checksum IN (${marks})`).run(...earlier).changes > 0) {
    statement(db, 'INSERT OR IGNORE INTO dismissedEmbedded (checksum) VALUES (?)').run(checksum);
    return { kind: 'removed' };
  }
  return { kind: 'none' };
}
