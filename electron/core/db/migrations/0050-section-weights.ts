// Schema version 50: sections' weights (share of the whole industry's value added, in percent) per
// geo and base year, from weights files the user imports (docs/weights.md). One file's base year
// replaces what an earlier file gave for it.
export const version = 50;

export const sql = `
CREATE TABLE sectionWeights (
  geoCode TEXT NOT NULL REFERENCES geos (code),
  baseYear INTEGER NOT NULL,
  itemCode TEXT NOT NULL REFERENCES items (code),
  weightPercent REAL NOT NULL,
  decimals INTEGER NOT NULL,
  source TEXT,
  fileName TEXT NOT NULL,
  importedAt TEXT NOT NULL,
  PRIMARY KEY (geoCode, baseYear, itemCode)
) STRICT;
`;
