// The drawn points of several series in one view (the small multiples): `figures:points`, what a
// chart draws without sources, asked together with the app's as-of date; answers to lists no longer
// current dropped, asked again when the store changes; errors to the error banner. The figure
// panel asks for a figure's sources and history itself (figures:history).
import { useEffect, useState } from 'react';
import type { In } from '@shared/contract/index.js';
import { drawnPoints, type DrawnPoint } from '@shared/points-flags.js';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';

type Input = In<'figures:points'>;

export interface SeriesPointsState {
  /** Each series' points in the order asked (kept while the same list is asked again after a store change); undefined until all have come. */
  data: DrawnPoint[][] | undefined;
  loading: boolean;
}

export function useSeriesPoints(inputs: Input[]): SeriesPointsState {
  const report = useReportError();
  const version = useDataVersion();
  const asOf = useAsOf();
  const key = JSON.stringify(inputs.map((input) => withAsOf('figures:points', input, asOf)));
  const [answered, setAnswered] = useState<{ key: string | null; settled: string | null; data: DrawnPoint[][] | undefined }>({
    key: null,
    settled: null,
    data: undefined,
  });

  useEffect(() => {
    let current = true;
    const settled = `${version}#${key}`;
    const asked = JSON.parse(key) as Input[];
    Promise.all(asked.map((input) => invoke('figures:points', input))).then(
      (answers) => {
        if (current) setAnswered({ key, settled, data: answers.map(drawnPoints) });
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
