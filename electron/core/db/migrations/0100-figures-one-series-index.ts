// Schema version 100: figures keep one index led by the series instead of two (issue 14). The
// table's UNIQUE constraint and figuresBySeries both put each series' rows together, so storing a
// release that touches every series of a large store rewrote two scattered index pages per figure
// (215 MB of journal for 43,000 figures into 8.3 million). The uniqueness now lives in a unique
// index figuresBySeries ordered as the series reads want (series, basis, period end, …); periodEnd
// follows from period, so it allows and refuses the same rows as before. The table is rebuilt
// (SQLite cannot drop a table constraint), its ids kept.
export const version = 100;

export const sql = `
CREATE TABLE figuresRebuilt (
  id INTEGER PRIMARY KEY,
  seriesId INTEGER NOT NULL REFERENCES series (id),
  releaseId INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  periodKind TEXT NOT NULL CHECK (periodKind IN ('month', 'cumulative', 'quarter', 'year')),
  periodStart TEXT NOT NULL,
  periodEnd TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('yoy', 'mom', 'base', 'level')),
  unit TEXT NOT NULL CHECK (unit IN ('pct', 'index', 'pp', 'qty')),
  baseYear INTEGER NOT NULL DEFAULT 0, -- 0: not an index on a base year
  value REAL NOT NULL,
  decimals INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('estimate', 'preliminary', 'official')),
  quantityUnit TEXT,
  quote TEXT,
  location TEXT,
  statedPeriod TEXT,
  flags TEXT NOT NULL DEFAULT '[]', -- JSON array of flag names
  note TEXT
) STRICT;

INSERT INTO figuresRebuilt SELECT id, seriesId, releaseId, period, periodKind, periodStart, periodEnd, basis, unit, baseYear, value, decimals,
       status, quantityUnit, quote, location, statedPeriod, flags, note FROM figures ORDER BY id;
DROP TABLE figures;
ALTER TABLE figuresRebuilt RENAME TO figures;

-- One figure per series, period, basis, unit, base year and release (as the dropped constraint said).
CREATE UNIQUE INDEX figuresBySeries ON figures (seriesId, basis, periodEnd, period, unit, baseYear, releaseId);
CREATE INDEX figuresByPeriod ON figures (period, basis, seriesId);
CREATE INDEX figuresByRelease ON figures (releaseId);
`;
