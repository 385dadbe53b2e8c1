// Schema version 150: how many figures each release holds, kept at write time (issue 14). The
// releases list counted every release's figures on each call (the whole figuresByRelease index: 8.3
// million entries on the national archive, about 0.1–0.2 s a call); it now reads a row per release.
// A release without figures has no row; a release's row goes with it (ON DELETE CASCADE). Filled
// here from the figures already stored (through figuresByRelease, which covers the count); kept by
// releases/figure-counts.ts.
export const version = 150;

export const sql = `
-- made anew (a store set back to an older version with the table left in place, as tests do, then migrated again)
DROP TABLE IF EXISTS releaseFigureCounts;
CREATE TABLE releaseFigureCounts (
  releaseId INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
  figureCount INTEGER NOT NULL CHECK (figureCount > 0)
) STRICT;

INSERT INTO releaseFigureCounts (releaseId, figureCount) SELECT releaseId, COUNT(*) FROM figures GROUP BY releaseId;
`;
