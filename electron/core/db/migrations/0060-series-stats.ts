// Schema version 60: each series' statistics (how many figures, first and last period end, the
// basis:unit pairs present), kept at write time so the catalog need not read every figure
// (issue 14). Filled here from the figures already stored; a series without figures has no row.
// Statistics "as of" a date are not kept: they are computed from the figures when asked.
export const version = 60;

export const sql = `
CREATE TABLE seriesStats (
  seriesId INTEGER PRIMARY KEY REFERENCES series (id) ON DELETE CASCADE,
  figureCount INTEGER NOT NULL,
  firstPeriodEnd TEXT NOT NULL,
  lastPeriodEnd TEXT NOT NULL,
  views TEXT NOT NULL -- basis:unit pairs, as stored ("yoy:pct,yoy:index")
) STRICT;

INSERT INTO seriesStats (seriesId, figureCount, firstPeriodEnd, lastPeriodEnd, views)
SELECT seriesId, COUNT(*), MIN(periodEnd), MAX(periodEnd), GROUP_CONCAT(DISTINCT basis || ':' || unit)
  FROM figures GROUP BY seriesId;
`;
