// Embedded release files corrected after they shipped. A store knows an embedded release by its
// file's checksum, so a corrected file would load as a second release beside the first; instead the
// store's release (or the user's removal of it) is moved to the corrected file: its details are
// rewritten in place, its figures, id, notes and import time kept. A correction may change only the
// release's details, never its figures (tests/unit/embedded-revisions.test.ts checks).
import type { ReleaseInput } from '../../shared/domain.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

export interface EmbeddedRevision {
  /** The file under data/. */
  file: string;
  /** Checksum of the file as it shipped before the correction. */
  from: string;
  /** Checksum of the corrected file. */
  to: string;
  why: string;
}

export const EMBEDDED_REVISIONS: readonly EmbeddedRevision[] = [
  {
    file: 'seeds/004_fddd2170433b1f9a.json',
    from: 'd972e6d0c6aedcfc51b189094ff78be219cce898104af160838fcbd277d7cf0b',
    to: 'f87e5ca0e1ab7464a212bd62b226697221cb11ac99cf67705c88a2e085403b5f',
    why: 'the newspaper is Hà Nội mới, three words (was run together as "Hànộimới")',
  },
];

const REWRITE = `UPDATE releases SET name = @name, publisher = @publisher, publishedOn = @publishedOn, publishedOnNote = @publishedOnNote,
  status = @status, sourceKind = @sourceKind, sourceFile = @sourceFile, sourceUrl = @sourceUrl, checksum = @to WHERE checksum = @from`;
const MOVE_DISMISSAL = 'UPDATE dismissedEmbedded SET checksum = ? WHERE checksum = ?';

/**
 * Applies the corrections that lead to the embedded file with this checksum to a store that holds (or
 * removed) an earlier version of it. True when one applied: the file must not be loaded again.
 */
export function reviseEmbeddedRelease(db: Db, checksum: string, release: Omit<ReleaseInput, 'checksum'>): boolean {
  for (const { from, to } of EMBEDDED_REVISIONS.filter((r) => r.to === checksum)) {
    const details = { ...release, publishedOnNote: release.publishedOnNote ?? null, sourceUrl: release.sourceUrl ?? null, from, to };
    if (statement(db, REWRITE).run(details).changes > 0) return true;
    if (statement(db, MOVE_DISMISSAL).run(to, from).changes > 0) return true;
  }
  return false;
}
