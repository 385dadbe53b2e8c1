// Several series read together for one view, one call each on a per-series channel, with the app's
// as-of date: answers to a list no longer current dropped, the list asked again when the store
// changes, errors to the error banner. `view` turns an answer into what the view draws (module-level,
// so it stays the same function between renders).
import { useEffect, useState } from 'react';
import type { Channel, In, Out } from '@shared/contract/index.js';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';

export interface SeriesAnswers<T> {
  /** Each series' view in the order asked (kept while the same list is asked again after a store change); undefined until all have come. */
  data: T[] | undefined;
  loading: boolean;
}

export function useSeriesAnswers<C extends Channel, T>(channel: C, inputs: In<C>[], view: (answer: Out<C>) => T): SeriesAnswers<T> {
  const report = useReportError();
  const version = useDataVersion();
  const asOf = useAsOf();
  const key = JSON.stringify(inputs.map((input) => withAsOf(channel, input, asOf)));
  const [answered, setAnswered] = useState<{ key: string | null; settled: string | null; data: T[] | undefined }>({
    key: null,
    settled: null,
    data: undefined,
  });

  useEffect(() => {
    let current = true;
    const settled = `${version}#${key}`;
    const asked = JSON.parse(key) as In<C>[];
    Promise.all(asked.map((input) => invoke(channel, input))).then(
      (answers) => {
        if (current) setAnswered({ key, settled, data: answers.map(view) });
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
  }, [channel, key, version, report, view]);

  return { data: answered.key === key ? answered.data : undefined, loading: answered.settled !== `${version}#${key}` };
}
