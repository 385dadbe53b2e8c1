// How many figures each release holds (table releaseFigureCounts, migration 0150), kept as figures
// are written and removed so the releases list reads a row per release instead of counting every
// figure: restated from the release's own figures (through figuresByRelease, work proportional to
// the release) wherever its figures change, in the same transaction; gone with the release.
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

/** States a release's count again from its figures (call in the transaction that changed them). */
export function keepReleaseFigureCount(db: Db, releaseId: number): void {
  statement(db, 'DELETE FROM releaseFigureCounts WHERE releaseId = ?').run(releaseId);
  statement(db, 'INSERT INTO releaseFigureCounts (releaseId, figureCount) SELECT releaseId, COUNT(*) FROM figures WHERE releaseId = ? GROUP BY releaseId').run(
    releaseId,
  );
}

/** States every release's count again (one read of figuresByRelease): after figures were written past the repositories. */
export function rebuildReleaseFigureCounts(db: Db): void {
  db.prepare('DELETE FROM releaseFigureCounts').run();
  db.prepare('INSERT INTO releaseFigureCounts (releaseId, figureCount) SELECT releaseId, COUNT(*) FROM figures GROUP BY releaseId').run();
}
