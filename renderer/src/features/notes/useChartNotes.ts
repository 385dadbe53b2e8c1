// The notes of one series chart, numbered (see @shared/notes/on-chart), recomputed only when the
// notes, the series, the basis or the figures change.
import { useMemo } from 'react';
import type { FigureValue } from '@shared/contract/figures.js';
import { chartNotes, type ChartNotes, type ChartSubject } from '@shared/notes/on-chart.js';
import { useNotes } from './useNotes.js';

export function useChartNotes({ geo, item, measure, basis }: ChartSubject, points: readonly FigureValue[]): { notes: ChartNotes; periods: string[] } {
  const all = useNotes();
  const periods = useMemo(() => [...new Set(points.map((p) => p.period))], [points]);
  const notes = useMemo(() => chartNotes(all, { geo, item, measure, basis }, periods), [all, geo, item, measure, basis, periods]);
  return { notes, periods };
}
