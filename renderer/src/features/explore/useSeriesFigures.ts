// The figures of several series in one view (the series compared on one chart): asked together,
// answers to lists no longer current dropped, asked again when the store changes. Errors go to
// the error banner. One query per series, as `figures:series` answers one; each with the app's as-of date.
// Answers come lean (each release once, points citing it by id); the views get FigureValues.
import { useEffect, useState } from 'react';
import type { FigureValue } from '@shared/contract/figures.js';
import type { In, Out } from '@shared/contract/index.js';
import { figuresOfSeries } from '@shared/series-points.js';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';

type Input = In<'figures:series'>;
/** A figures:series answer with its points as FigureValues, their releases named in full. */
export interface SeriesFiguresView {
  series: Out<'figures:series'>['series'];
  basis: Out<'figures:series'>['basis'];
  points: FigureValue[];
}
type Answer = SeriesFiguresView;

export interface SeriesListState {
  /** Answers in the order asked (kept while the same list is asked again after a store change); undefined until all have come. */
  data: Answer[] | undefined;
  loading: boolean;
}

export function useSeriesFigures(inputs: Input[]): SeriesListState {
  const report = useReportError();
  const version = useDataVersion();
  const asOf = useAsOf();
  const key = JSON.stringify(inputs.map((input) => withAsOf('figures:series', input, asOf)));
  const [answered, setAnswered] = useState<{ key: string | null; settled: string | null; data: Answer[] | undefined }>({
    key: null,
    settled: null,
    data: undefined,
  });

  useEffect(() => {
    let current = true;
    const settled = `${version}#${key}`;
    const asked = JSON.parse(key) as Input[];
    Promise.all(asked.map((input) => invoke('figures:series', input))).then(
      (answers) => {
        if (current) setAnswered({ key, settled, data: answers.map((a) => ({ series: a.series, basis: a.basis, points: figuresOfSeries(a) })) });
      },
      (err: unknown) => {
        if (!current) return;
        setAnswered((a) => ({ ...a, settled }));
        report(err);
      },
    );
    return () => {
      current = false;
    };
  }, [key, version, report]);

  return { data: answered.key === key ? answered.data : undefined, loading: answered.settled !== `${version}#${key}` };
}
