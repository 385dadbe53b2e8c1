// Schema version 130 (numbered after 0120, which reached main first, so a store at 120 gets it too):
// the periods each release states a year-on-year figure for, kept at write time
// (issue 14), so the latest-release view finds its periods without reading the figures: per release
// and period, whether it states the whole country's industry (the headline, VN TOTAL iip) and
// whether it states a series some ranking lists (catalog group other than 0 whole industry and
// 1 sections, as seriesStats places it). A release's rows go with it (ON DELETE CASCADE). Filled
// here from the figures already stored, series by series through the covering figuresBySeries (a
// read of each figure's row took 81 s on 8.3 million figures); kept by figures/release-periods.ts.
export const version = 130;

export const sql = `
-- a store made between the table's first commits (numbered 0110 there) has it already: made anew
DROP TABLE IF EXISTS releaseYoyPeriods;
CREATE TABLE releaseYoyPeriods (
  releaseId INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  headline INTEGER NOT NULL CHECK (headline IN (0, 1)),
  rankable INTEGER NOT NULL CHECK (rankable IN (0, 1)),
  PRIMARY KEY (releaseId, period)
) STRICT, WITHOUT ROWID;

INSERT INTO releaseYoyPeriods (releaseId, period, headline, rankable)
SELECT f.releaseId, f.period,
       MAX(k.geoCode = 'VN' AND k.itemCode = 'TOTAL' AND s.measure = 'iip'),
       MAX(k.catalogGroup NOT IN (0, 1))
  FROM seriesStats k CROSS JOIN series s ON s.id = k.seriesId CROSS JOIN figures f ON f.seriesId = k.seriesId AND f.basis = 'yoy'
 GROUP BY f.releaseId, f.period;
`;
