// contributions-vs-total: the sections' stated contributions (percentage points) for a period and
// basis add up to the whole industry's stated growth for the same period and basis, within the
// summed rounding of every value. Only when every section states one: a partial sum proves nothing.
import { stated } from '../../shared/analysis/precision.js';
import { TOTAL_ITEM } from '../../shared/domain.js';
import { sumOfContributions } from './arithmetic.js';
import { figureKey, type FigureIndex, type Statement } from './figure-index.js';
import { Tally } from './findings.js';

/** One place, period and basis that has contributions: the cell a check compares. */
interface Cell {
  geoCode: string;
  period: string;
  basis: Statement['basis'];
  anySeriesId: number;
  /** Its first contribution's figure's position (FigureIndex.positionOf): where its finding comes. */
  position: number;
}

/**
 * `release`: only cells where that release states the total or a contribution, with values as
 * known on its publication date; otherwise every cell with the values shown now.
 */
export function checkContributions(index: FigureIndex, release: { id: number; publishedOn: string } | null): Tally {
  const tally = new Tally('contributions-vs-total');
  const cells = new Map<string, Cell>();
  for (const list of index.groups.values()) {
    const first = list[0]!;
    if (first.measure !== 'contribution' || first.shownUnit !== 'pp') continue;
    const key = `${first.geoCode}|${first.period}|${first.basis}`;
    if (!cells.has(key))
      cells.set(key, { geoCode: first.geoCode, period: first.period, basis: first.basis, anySeriesId: first.seriesId, position: index.positionOf(first) });
  }
  const date = release?.publishedOn ?? null;
  for (const cell of cells.values()) {
    const totalSeries = index.seriesId(cell.geoCode, TOTAL_ITEM, 'iip');
    const total = totalSeries === undefined ? undefined : index.valueOn(figureKey(totalSeries, cell.period, cell.basis, 'pct'), date);
    const parts = index.sectionCodes().map((code) => {
      const id = index.seriesId(cell.geoCode, code, 'contribution');
      return id === undefined ? undefined : index.valueOn(figureKey(id, cell.period, cell.basis, 'pp'), date);
    });
    if (release && ![total, ...parts].some((s) => s?.releaseId === release.id)) continue;
    if (!total) {
      tally.skip(cell.anySeriesId, 'missing-total');
      continue;
    }
    if (parts.some((p) => p === undefined)) {
      tally.skip(total.seriesId, 'missing-sections');
      continue;
    }
    const contributions = parts as Statement[];
    tally.check(
      index,
      total,
      stated(total.shown, total.decimals),
      sumOfContributions(contributions.map((s) => stated(s.shown, s.decimals))),
      { origin: 'computed', method: 'sum-of-contributions', sources: contributions.map((s) => index.stated(s)) },
      0,
      cell.position,
    );
  }
  return tally;
}
