// The figures of the series one chart compares: the first (the selected series) from figures:series,
// with its sources (the figure table and panel, check marks and notes read them); the others as
// drawn, from figures:points (drawnFigures.ts: no sources, a fraction of the bytes and time). Files,
// slides and decks are made by the core from the export request, with every source; the clipboard's
// copy holds values only.
import { useMemo } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { FigureValue, SeriesPoints } from '@shared/contract/figures.js';
import type { Basis, Unit } from '@shared/domain.js';
import { drawnFigures, drawnSeriesOf, type DrawnSeries } from './drawnFigures.js';
import { useSeriesAnswers, type SeriesAnswers } from './useSeriesAnswers.js';
import { useSeriesFigures } from './useSeriesFigures.js';

export interface ComparedSeries {
  series: SeriesSummary;
  basis: Basis;
  unit: Unit;
}

const asIs = (answer: SeriesPoints): SeriesPoints => answer;

const inputOf = (one: ComparedSeries) => ({ seriesId: one.series.id, basis: one.basis, unit: one.unit });

export function useComparedFigures(compared: ComparedSeries[]): SeriesAnswers<FigureValue[]> {
  const inputs = compared.map(inputOf);
  const first = useSeriesFigures(inputs.slice(0, 1));
  const rest = useSeriesAnswers('figures:points', inputs.slice(1), asIs);
  // Kept the same while the same series are asked (the chart's memos hang on it).
  const restKey = JSON.stringify(compared.slice(1).map((one) => drawnSeriesOf(one.series)));
  const data = useMemo(() => {
    if (!first.data || !rest.data) return undefined;
    const drawn = JSON.parse(restKey) as DrawnSeries[];
    return [...first.data.map((one) => one.points), ...rest.data.map((answer, i) => drawnFigures(answer, drawn[i]!))];
  }, [first.data, rest.data, restKey]);
  return { data, loading: first.loading || rest.loading };
}
