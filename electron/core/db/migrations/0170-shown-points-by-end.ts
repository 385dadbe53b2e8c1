// Schema version 170: the kept points (migration 0160) ordered by period end before period kind.
// Ordered kind first, a month's release added to a page of each kind of each series it states (a
// month, the year to date, …: a commit into the national archive touched two or three pages a
// series); ordered by end first, a series' new points land together, and a read of every kind
// sorts nothing. The same rows, copied.
import { SHOWN_POINTS_COLUMNS, SHOWN_POINTS_KEY } from '../../figures/shown-points.js';

export const version = 170;

export const sql = `
DROP TABLE IF EXISTS shownPointsByEnd;
CREATE TABLE shownPointsByEnd (
  ${SHOWN_POINTS_COLUMNS},
  ${SHOWN_POINTS_KEY}
) STRICT, WITHOUT ROWID;
INSERT INTO shownPointsByEnd SELECT * FROM shownPoints ORDER BY seriesId, basis, endMonth, span, periodKind, figure;
DROP TABLE shownPoints;
ALTER TABLE shownPointsByEnd RENAME TO shownPoints;
`;
