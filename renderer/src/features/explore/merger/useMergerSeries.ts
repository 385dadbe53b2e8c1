// Explore's side of the 1 July 2025 merger for the selected series: its place's lineage, the
// catalog's series of the places it names, and — when following — the lines to draw instead of
// the compared series (each former province to June 2025, the locality from July 2025, never
// combined), with the break to mark on the chart.
import { useMemo } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { Lineage, Place } from '@shared/merger/lineage.js';
import { mergerPlan, onSide, seriesFor, sideMonths, type MergerPlan } from '@shared/merger/plan.js';
import type { MonthSpan } from '@shared/analysis/date-range.js';
import { useBridgeQuery } from '../../../bridge/useBridgeQuery.js';
import type { MarkedBreak } from '../../../charts/markedBreak.js';
import { useStrings } from '../../../i18n/useLang.js';
import { useStore } from '../../../state/createStore.js';
import type { View } from '../views.js';
import { followMergerStore } from './followState.js';
import { MERGER_STRINGS } from './strings.js';

export interface MergerSeries {
  /** The selected place's lineage; null for the whole country or until it has come. */
  lineage: Lineage | null;
  plan: MergerPlan | null;
  /** The catalog's series of `place` with the selected series' item and measure (the view shown where it has it). */
  seriesOf: (place: Place) => SeriesSummary | null;
  following: boolean;
  /** When following: the series to draw, the plan's lines that have one, in order; else null. */
  drawn: SeriesSummary[] | null;
  /** When following: each drawn series' figures on its side of the change (a province's to June 2025, the locality's from July); else as given. */
  clip: <P extends { period: string }>(lists: P[][]) => P[][];
  /** When following: the months a drawn series' figures are cut to (for exports); else null. */
  monthsOf: (index: number) => MonthSpan | null;
  /** When following: a drawn series' name with its side ("Hòa Bình (to Jun 2025)"); else as given. */
  nameOf: (index: number, name: string) => string;
  markedBreak: MarkedBreak | null;
  /** When following: the places of the plan the store has no series for. */
  missing: Place[];
}

export function useMergerSeries(series: SeriesSummary, view: View | null): MergerSeries {
  const s = useStrings(MERGER_STRINGS);
  const follow = useStore(followMergerStore);
  const input = series.geo.kind === 'country' ? null : { geo: series.geo.code };
  const asked = useBridgeQuery('reference:lineage', input);
  const lineage = asked.dataKey === JSON.stringify(input) ? (asked.data ?? null) : null;
  // The series of the lineage's places alone (not the whole catalog: megabytes on a national store), once it is known.
  const places = lineage ? [lineage.geo, ...lineage.predecessors, ...(lineage.successor ? [lineage.successor] : []), ...lineage.siblings] : null;
  const catalogInput = places && { geos: [...new Set(places.map((p) => p.code))].sort() };
  const catalogAsked = useBridgeQuery('catalog:list', catalogInput);
  // Another place's series are not these: none until this lineage's have come.
  const groups = catalogAsked.dataKey === JSON.stringify(catalogInput) ? catalogAsked.data?.groups : undefined;
  // Kept by value: the panel makes a new view object each render.
  const [basis, unit] = [view?.basis ?? null, view?.unit ?? null];

  return useMemo(() => {
    const catalog = (groups ?? []).flatMap((g) => g.series);
    const shown = basis && unit ? { basis, unit } : null;
    const seriesOf = (place: Place): SeriesSummary | null =>
      (shown && seriesFor(catalog, place, series, shown)) ??
      catalog.find((c) => c.geo.code === place.code && c.item.code === series.item.code && c.measure === series.measure) ??
      null;
    const plan = lineage && shown && groups ? mergerPlan(lineage, series, shown, catalog) : null;
    const following = follow && plan !== null;
    const lines = following ? plan.lines.filter((l) => l.series !== null) : [];
    const sideOf = (index: number) => lines[index]?.side ?? 'after';
    const clip = <P extends { period: string }>(lists: P[][]): P[][] => (following ? lists.map((points, i) => onSide(points, sideOf(i))) : lists);
    const monthsOf = (index: number): MonthSpan | null => (following ? sideMonths(sideOf(index)) : null);
    const nameOf = (index: number, name: string): string => (following ? `${name} (${sideOf(index) === 'before' ? s.until : s.from})` : name);
    return {
      lineage,
      plan,
      seriesOf,
      following,
      drawn: following ? lines.map((l) => l.series!) : null,
      clip,
      monthsOf,
      nameOf,
      markedBreak: following ? { period: plan.breakAt, label: s.breakLabel } : null,
      missing: following ? plan.lines.filter((l) => l.series === null).map((l) => l.place) : [],
    };
  }, [groups, lineage, basis, unit, series, follow, s]);
}
