// Schema version 160: the points a chart draws today, kept at write time (issue 14; table and upkeep
// in figures/shown-points.ts). figures:points read each point's every statement from figures and
// chose among them on every call: 20 series × 240 months, 7,840 stored rows, about 10 ms of SQLite's
// reading alone on the national archive. Filled here from the figures already stored.
import type Database from 'better-sqlite3';
import { rebuildShownPoints, SHOWN_POINTS_COLUMNS } from '../../figures/shown-points.js';

export const version = 160;

export const sql = `
-- made anew (a store set back to an older version with the table left in place, as tests do, then migrated again)
DROP TABLE IF EXISTS shownPoints;
CREATE TABLE shownPoints (
  ${SHOWN_POINTS_COLUMNS},
  PRIMARY KEY (seriesId, basis, periodKind, endMonth, span, figure)
) STRICT, WITHOUT ROWID;
`;

/** Chooses every point from the figures stored (in the migration's transaction, after its SQL). */
export const fill = (db: Database.Database): void => rebuildShownPoints(db);
