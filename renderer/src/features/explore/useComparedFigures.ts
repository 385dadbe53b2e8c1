// The figures of the series one chart compares: the first (the selected series) from figures:series,
// with its sources (the figure table and panel, check marks and notes read them); the others as
// drawn, from figures:points (drawnFigures.ts: no sources, a fraction of the bytes and time). The
// clipboard's copy, which cites every series' releases, asks figures:series for them then (`sourced`).
import { useCallback, useMemo } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { FigureValue, SeriesPoints } from '@shared/contract/figures.js';
import type { Basis, Unit } from '@shared/domain.js';
import { figuresOfSeries } from '@shared/series-points.js';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { drawnFigures, drawnSeriesOf, type DrawnSeries } from './drawnFigures.js';
import { useSeriesAnswers, type SeriesAnswers } from './useSeriesAnswers.js';
import { useSeriesFigures } from './useSeriesFigures.js';

export interface ComparedSeries {
  series: SeriesSummary;
  basis: Basis;
  unit: Unit;
}

export interface ComparedFigures extends SeriesAnswers<FigureValue[]> {
  /** Every series' figures with their sources, asked for now (the drawn ones from figures:series). */
  sourced: () => Promise<FigureValue[][]>;
}

const asIs = (answer: SeriesPoints): SeriesPoints => answer;

const inputOf = (one: ComparedSeries) => ({ seriesId: one.series.id, basis: one.basis, unit: one.unit });

export function useComparedFigures(compared: ComparedSeries[]): ComparedFigures {
  const asOf = useAsOf();
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
  const inputsKey = JSON.stringify(inputs);
  const sourced = useCallback(async () => {
    const [head, ...tail] = JSON.parse(inputsKey) as ReturnType<typeof inputOf>[];
    if (!head) return [];
    const ask = async (input: ReturnType<typeof inputOf>) => figuresOfSeries(await invoke('figures:series', withAsOf('figures:series', input, asOf)));
    return Promise.all([data?.[0] ?? ask(head), ...tail.map(ask)]);
  }, [inputsKey, data, asOf]);
  return { data, loading: first.loading || rest.loading, sourced };
}
