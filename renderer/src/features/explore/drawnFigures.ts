// The compared series' points (figures:points) as the figures the compare chart, its table and its
// transformations take: value, decimals, status and unit as drawn, no sources and no revisions.
// A figure without sources is one of these: a click on it asks for it whole (wholeFigure.ts). Pure.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { FigureValue, SeriesPoints } from '@shared/contract/figures.js';
import { parsePeriod } from '@shared/period.js';
import { pointFlags } from '@shared/points-flags.js';

/** What a drawn figure says of its series. */
export type DrawnSeries = Pick<SeriesSummary, 'id' | 'measure'> & { geo: string; item: string; quantityUnit: string | null };

export const drawnSeriesOf = (series: SeriesSummary): DrawnSeries => ({
  id: series.id,
  geo: series.geo.code,
  item: series.item.code,
  measure: series.measure,
  // the reference list's unit: the points do not carry the source's own words
  quantityUnit: series.item.quantityUnitVi,
});

/** True for a figure drawn from figures:points: its sources are still to be asked for. */
export const isDrawnOnly = (figure: FigureValue): boolean => figure.sources.length === 0;

/** Every point of a figures:points answer as a figure without sources, in its order. */
export function drawnFigures(answer: SeriesPoints, series: DrawnSeries): FigureValue[] {
  return answer.periods.flatMap((code, i) => {
    const period = parsePeriod(code);
    if (!period) return [];
    const { unit, status } = pointFlags(answer.flags[i]!);
    return [
      {
        seriesId: series.id,
        geo: series.geo,
        item: series.item,
        measure: series.measure,
        period: period.code,
        periodKind: period.kind,
        periodStart: period.start,
        periodEnd: period.end,
        basis: answer.basis,
        unit,
        value: answer.values[i]!,
        decimals: answer.decimals[i]!,
        status,
        derived: false,
        statedPeriod: null,
        flags: [],
        note: null,
        quantityUnit: series.quantityUnit,
        sources: [],
        revisions: [],
      },
    ];
  });
}
