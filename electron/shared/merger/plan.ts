// "Follow across the merger": which series to draw for a place whose province or locality changed
// on 1 July 2025 — each former province's series up to June 2025 and the new locality's from July
// 2025, same item, measure and view, as separate lines. Never a sum or an average of the provinces:
// an index of the merged locality cannot be computed from its parts without their weights.
import type { SeriesSummary } from '../contract/catalog.js';
import type { Basis, Unit } from '../domain.js';
import { parsePeriod } from '../period.js';
import { FIRST_LOCALITY_MONTH, LAST_PROVINCE_MONTH, localityOf, provincesOf, type Lineage, type Place } from './lineage.js';

/** Before the change a line is a province's; after it, the locality's. */
export type MergerSide = 'before' | 'after';

export interface PlanLine {
  place: Place;
  side: MergerSide;
  /** The catalog's series for this place, item, measure and view; null when the store has none. */
  series: SeriesSummary | null;
}

export interface MergerPlan {
  /** The former provinces (before), then the locality (after). */
  lines: PlanLine[];
  /** The first month of the localities, where the chart marks the break. */
  breakAt: string;
}

type SeriesKey = Pick<SeriesSummary, 'measure'> & { item: Pick<SeriesSummary['item'], 'code'> };

/** The series of `place` like `like` (item, measure) that has the view, if the catalog holds it. */
export function seriesFor(
  catalog: readonly SeriesSummary[],
  place: Pick<Place, 'code'>,
  like: SeriesKey,
  view: { basis: Basis; unit: Unit },
): SeriesSummary | null {
  return (
    catalog.find(
      (s) =>
        s.geo.code === place.code &&
        s.item.code === like.item.code &&
        s.measure === like.measure &&
        s.views.some((v) => v.basis === view.basis && v.unit === view.unit),
    ) ?? null
  );
}

/** The lines to draw for a place's lineage, or null when the change did not touch it. */
export function mergerPlan(lineage: Lineage, like: SeriesKey, view: { basis: Basis; unit: Unit }, catalog: readonly SeriesSummary[]): MergerPlan | null {
  const locality = localityOf(lineage);
  const provinces = provincesOf(lineage);
  if (lineage.changedOn === null || !locality || provinces.length === 0) return null;
  const line = (place: Place, side: MergerSide): PlanLine => ({ place, side, series: seriesFor(catalog, place, like, view) });
  return { lines: [...provinces.map((p) => line(p, 'before')), line(locality, 'after')], breakAt: FIRST_LOCALITY_MONTH };
}

/**
 * A line's points on its side of the change, by the month a period ends in: a province's to June
 * 2025, the locality's from July 2025 (its January–August 2025 as published included).
 */
export function onSide<P extends { period: string }>(points: readonly P[], side: MergerSide): P[] {
  return points.filter((p) => {
    const end = parsePeriod(p.period)?.end;
    if (!end) return false;
    return side === 'before' ? end <= LAST_PROVINCE_MONTH : end >= FIRST_LOCALITY_MONTH;
  });
}

/** The months of a side, as a span an export cuts a line's figures to (the same cut as `onSide`). */
export const sideMonths = (side: MergerSide): { from: string | null; to: string | null } =>
  side === 'before' ? { from: null, to: LAST_PROVINCE_MONTH } : { from: FIRST_LOCALITY_MONTH, to: null };
