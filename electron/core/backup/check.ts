// The full check of a store, on demand (`iip check`, the app's Check action): SQLite's integrity
// check (every page, every index against its table) and foreign key check, then each release's
// figures against the digest written when it was stored, which catches a changed value SQLite
// cannot see. Each problem names what it is about.
import type { StoreCheck } from '../../shared/contract/backup.js';
import type { Db } from '../db/connection.js';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { changedReleases, unsealedReleases } from '../db/release-digests.js';
import { fullCheck } from './inspect.js';

/** Checks the store without writing to it; releases without a digest (written by another program) are counted. */
export function checkStore(db: Db): StoreCheck {
  const problems = fullCheck(db);
  const version = db.pragma('user_version', { simple: true }) as number;
  // a store not yet upgraded has no digests to check: the app digests its releases when it upgrades it;
  // a newer app's store may digest its figures otherwise: SQLite's checks only, the newer schema no problem
  if (version !== SCHEMA_VERSION) return { ok: problems.length === 0, problems, unsealed: 0, releasesChecked: 0 };
  let unsealed = 0;
  let releasesChecked = 0;
  if (problems.length === 0) {
    for (const r of changedReleases(db))
      problems.push(
        `release ${r.releaseId} '${r.name}': its figures changed since it was stored (${r.actual.figureCount} figures, ${r.expected.figureCount} when stored; digest ${r.actual.sha256.slice(0, 12)}, stored ${r.expected.sha256.slice(0, 12)})`,
      );
    unsealed = unsealedReleases(db).length;
    releasesChecked = db.prepare('SELECT COUNT(*) FROM releaseDigests').pluck().get() as number;
  }
  return { ok: problems.length === 0, problems, unsealed, releasesChecked };
}
