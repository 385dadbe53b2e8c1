// Schema version 10: reference lists, series, releases and figures with their provenance.
export const version = 10;

export const sql = `
CREATE TABLE geos (
  code TEXT PRIMARY KEY,
  officialCode TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('country', 'province', 'locality')),
  nameVi TEXT NOT NULL,
  nameEn TEXT NOT NULL,
  validFrom TEXT,
  validTo TEXT,
  successor TEXT,
  sortOrder INTEGER NOT NULL
) STRICT;

CREATE TABLE items (
  code TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('total', 'section', 'division', 'product')),
  parent TEXT,
  nameVi TEXT NOT NULL,
  nameEn TEXT NOT NULL,
  quantityUnitVi TEXT,
  quantityUnitEn TEXT,
  sortOrder INTEGER NOT NULL
) STRICT;

-- Names by which a source may call a geo or an item, folded (no diacritics, lower case).
-- origin 'reference' comes from data/reference, 'user' from mappings confirmed on import.
CREATE TABLE aliases (
  kind TEXT NOT NULL CHECK (kind IN ('geo', 'item')),
  folded TEXT NOT NULL,
  code TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('reference', 'user')),
  PRIMARY KEY (kind, folded, code)
) STRICT;

CREATE TABLE series (
  id INTEGER PRIMARY KEY,
  geoCode TEXT NOT NULL REFERENCES geos (code),
  itemCode TEXT NOT NULL REFERENCES items (code),
  measure TEXT NOT NULL CHECK (measure IN ('iip', 'output', 'contribution')),
  UNIQUE (geoCode, itemCode, measure)
) STRICT;

CREATE TABLE releases (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  publisher TEXT NOT NULL,
  publishedOn TEXT NOT NULL,
  publishedOnNote TEXT,
  status TEXT NOT NULL CHECK (status IN ('estimate', 'preliminary', 'official')),
  sourceKind TEXT NOT NULL,
  sourceFile TEXT NOT NULL,
  sourceUrl TEXT,
  checksum TEXT UNIQUE,
  importedAt TEXT NOT NULL
) STRICT;

CREATE TABLE figures (
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
  note TEXT,
  UNIQUE (seriesId, period, basis, unit, baseYear, releaseId)
) STRICT;

CREATE INDEX figuresBySeries ON figures (seriesId, basis, periodEnd);
CREATE INDEX figuresByPeriod ON figures (period, basis, seriesId);
CREATE INDEX figuresByRelease ON figures (releaseId);

-- Embedded releases (data/) the user removed: never loaded again.
CREATE TABLE dismissedEmbedded (
  checksum TEXT PRIMARY KEY
) STRICT;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;
