// Schema version 30: notes on figures, period ranges and series, with the revisions each store
// has seen (to merge colleagues' files) and the versions of theirs awaiting a decision.
export const version = 30;

export const sql = `
-- Anchored by codes, not by row ids: a note outlives the figures and series it describes.
-- scope 'figure': geo, item, measure, basis and period; 'series': geo, item, measure (basis
-- optional); 'range': periodFrom..periodTo, on one series or (geo NULL) on every chart.
CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  scope TEXT NOT NULL CHECK (scope IN ('figure', 'series', 'range')),
  geoCode TEXT,
  itemCode TEXT,
  measure TEXT CHECK (measure IN ('iip', 'output', 'contribution')),
  basis TEXT CHECK (basis IN ('yoy', 'mom', 'base', 'level')),
  period TEXT,
  periodFrom TEXT,
  periodTo TEXT,
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  showOnCharts INTEGER NOT NULL CHECK (showOnCharts IN (0, 1)),
  -- The figure's value when the note was written (figure notes), to tell that it changed since.
  valueWhenWritten REAL,
  decimalsWhenWritten INTEGER,
  createdAt TEXT NOT NULL,
  updatedAt TEXT NOT NULL,
  deletedAt TEXT,
  -- Content hash of this version; every version this store has known is in noteRevisions.
  revision TEXT NOT NULL,
  CHECK ((scope = 'figure') = (period IS NOT NULL)),
  CHECK ((scope = 'range') = (periodFrom IS NOT NULL AND periodTo IS NOT NULL)),
  CHECK (scope = 'range' OR (geoCode IS NOT NULL AND itemCode IS NOT NULL AND measure IS NOT NULL)),
  CHECK (scope <> 'figure' OR basis IS NOT NULL)
) STRICT;

CREATE INDEX notesBySeries ON notes (geoCode, itemCode, measure);

CREATE TABLE noteRevisions (
  noteId TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  revision TEXT NOT NULL,
  PRIMARY KEY (noteId, revision)
) STRICT;

-- A colleague's version of a note edited on both sides since they last shared: kept until the
-- user keeps theirs, mine or both.
CREATE TABLE noteConflicts (
  noteId TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  revision TEXT NOT NULL,
  theirs TEXT NOT NULL CHECK (json_valid(theirs)),
  fileName TEXT NOT NULL,
  importedAt TEXT NOT NULL,
  PRIMARY KEY (noteId, revision)
) STRICT;
`;
