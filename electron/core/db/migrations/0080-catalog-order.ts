// Schema version 80: where the catalog lists each series, kept beside its statistics (issue 14), so
// a page of the catalog is read through one index instead of sorting every series: its group
// (0 whole industry, 1 sections, 2 divisions, 3 localities, 4 products), its place in the group
// (the reference lists' order: a locality's by place then item, the others' by item then place;
// then the measure), and its place's and item's codes, which a search filters on. And each place's
// and item's names folded for searching (by the app, not SQL: filled when the reference lists are
// next loaded, which forgetting their checksum brings about on the next open).
export const version = 80;

export const sql = `
CREATE TABLE seriesStatsNew (
  seriesId INTEGER PRIMARY KEY REFERENCES series (id) ON DELETE CASCADE,
  figureCount INTEGER NOT NULL,
  firstPeriodEnd TEXT NOT NULL,
  lastPeriodEnd TEXT NOT NULL,
  views TEXT NOT NULL, -- basis:unit pairs, as stored ("yoy:pct,yoy:index")
  geoCode TEXT NOT NULL,
  itemCode TEXT NOT NULL,
  catalogGroup INTEGER NOT NULL,
  catalogOrder INTEGER NOT NULL
) STRICT;

INSERT INTO seriesStatsNew
SELECT k.seriesId, k.figureCount, k.firstPeriodEnd, k.lastPeriodEnd, k.views, s.geoCode, s.itemCode,
       CASE WHEN i.kind = 'product' THEN 4 WHEN g.kind <> 'country' THEN 3 WHEN i.kind = 'total' THEN 0 WHEN i.kind = 'section' THEN 1 ELSE 2 END,
       (CASE WHEN i.kind <> 'product' AND g.kind <> 'country' THEN g.sortOrder * 100000 + i.sortOrder ELSE i.sortOrder * 100000 + g.sortOrder END) * 10
         + CASE s.measure WHEN 'iip' THEN 0 WHEN 'output' THEN 1 ELSE 2 END
  FROM seriesStats k JOIN series s ON s.id = k.seriesId JOIN geos g ON g.code = s.geoCode JOIN items i ON i.code = s.itemCode;

DROP TABLE seriesStats;
ALTER TABLE seriesStatsNew RENAME TO seriesStats;
CREATE INDEX seriesStatsByCatalog ON seriesStats (catalogGroup, catalogOrder, geoCode, itemCode);

CREATE TABLE catalogSearchText (
  kind TEXT NOT NULL CHECK (kind IN ('geo', 'item')),
  code TEXT NOT NULL,
  text TEXT NOT NULL, -- code and names folded (searchHaystack)
  PRIMARY KEY (kind, code)
) STRICT;
DELETE FROM meta WHERE key = 'referenceChecksum';
`;
