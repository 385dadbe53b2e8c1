// The notes of a series chart or a ranking, numbered (see @shared/notes/on-chart), recomputed
// only when the notes or what the chart shows change.
import { useMemo } from 'react';
import type { FigureValue } from '@shared/contract/figures.js';
import type { RankedBar } from '@shared/charts/ranking.js';
import { chartNotes, rankingNotes, type ChartNotes, type ChartSubject } from '@shared/notes/on-chart.js';
import { useOnceTrue } from '../../bridge/useOnceTrue.js';
import { useNotes } from './useNotes.js';

export function useChartNotes({ geo, item, measure, basis }: ChartSubject, points: readonly FigureValue[]): { notes: ChartNotes; periods: string[] } {
  // asked once the chart has figures, after them (see useNotes)
  const all = useNotes(useOnceTrue(points.length > 0) ? [{ geo, item, measure }] : null);
  const periods = useMemo(() => [...new Set(points.map((p) => p.period))], [points]);
  const notes = useMemo(() => chartNotes(all, { geo, item, measure, basis }, periods), [all, geo, item, measure, basis, periods]);
  return { notes, periods };
}

/** The figure notes of a ranking's bars (all of one period and basis), numbered top to bottom. */
export function useRankingNotes(bars: readonly RankedBar[]): ChartNotes {
  const all = useNotes(bars.map((b) => ({ geo: b.geo, item: b.item, measure: b.figure.measure })));
  return useMemo(() => {
    const first = bars[0]?.figure;
    if (!first) return { markers: [], bands: [], footnotes: [] };
    return rankingNotes(
      all,
      bars.map((b) => ({ geo: b.geo, item: b.item, measure: b.figure.measure })),
      first.period,
      first.basis,
    );
  }, [all, bars]);
}
