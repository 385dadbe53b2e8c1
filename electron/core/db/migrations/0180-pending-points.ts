// Schema version 180: the shown points restated after the commit, not in it (issue 14). A release
// stored or removed notes its points here (figures/pending-points.ts); their kept rows in
// shownPoints may be stale until a drain chooses them again and deletes the notes. Reads of a series
// and basis with a pending point choose from the figures meanwhile. Kept in the store, so a drain
// cut short (the app closed, a crash) goes on at the next open.
export const version = 180;

export const sql = `
DROP TABLE IF EXISTS pendingPoints;
CREATE TABLE pendingPoints (
  seriesId INTEGER NOT NULL,
  basis TEXT NOT NULL,
  periodEnd TEXT NOT NULL,
  period TEXT NOT NULL,
  periodKind TEXT NOT NULL,
  periodStart TEXT NOT NULL,
  PRIMARY KEY (seriesId, basis, periodEnd, period)
) STRICT, WITHOUT ROWID;
`;
