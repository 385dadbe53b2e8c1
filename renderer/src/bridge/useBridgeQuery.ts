// Fetches one channel's answer for the current input; refetches when the input changes and
// drops answers to inputs that are no longer current; asks again when the store changes (an
// import or an undo bumps the data version). Errors go to the error banner. Channels that take an
// as-of date get the app-wide one (state/asOf.ts) unless the caller asks for today's store.
import { useEffect, useState } from 'react';
import type { Channel, In, Out } from '@shared/contract/index.js';
import { sharedQuery } from './sharedQuery.js';
import { useAsOf, withAsOf } from '../state/asOf.js';
import { useDataVersion } from '../state/dataVersion.js';
import { useReportError } from '../state/errors.js';

/** Marks the page ready (for tests) once the first data has arrived. */
export function markReady(): void {
  if (document.documentElement.dataset.ready !== 'true') document.documentElement.dataset.ready = 'true';
}

export interface QueryState<T> {
  data: T | undefined;
  loading: boolean;
  /** The input key `data` answers: JSON of the caller's input when it is fresh (lets callers tell stale data from fresh). */
  dataKey: string | null;
}

interface Answered<T> {
  data: T | undefined;
  /** The input the data answers, as sent (with the as-of date). */
  dataKey: string | null;
  /** The input and data version last answered or refused: settled while it is the current one. */
  settledKey: string | null;
}

export interface QueryOptions {
  /** Ask of the store as it is today, whatever the app's as-of date (the releases list, the notes' series names). */
  undated?: boolean;
}

/** `input` null means "nothing to ask yet". */
export function useBridgeQuery<C extends Channel>(channel: C, input: In<C> | null, options: QueryOptions = {}): QueryState<Out<C>> {
  const report = useReportError();
  const version = useDataVersion();
  const asOf = useAsOf();
  const callerKey = input === null ? null : JSON.stringify(input);
  const key = input === null ? null : JSON.stringify(withAsOf(channel, input, options.undated ? null : asOf));
  const [answered, setAnswered] = useState<Answered<Out<C>>>({ data: undefined, dataKey: null, settledKey: null });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const settledKey = `${version}#${key}`;
    sharedQuery(channel, JSON.parse(key) as In<C>, version).then(
      (data) => {
        if (!current) return;
        setAnswered({ data, dataKey: key, settledKey });
        markReady();
      },
      (err: unknown) => {
        if (!current) return;
        setAnswered((a) => ({ ...a, settledKey }));
        report(err);
      },
    );
    return () => {
      current = false;
    };
  }, [channel, key, report, version]);

  if (key === null) return { data: undefined, loading: false, dataKey: null };
  // The caller's own input as text when the data answers it at the current as-of date; else what it did answer.
  const dataKey = answered.dataKey === key ? callerKey : answered.dataKey;
  return { data: answered.data, loading: answered.settledKey !== `${version}#${key}`, dataKey };
}
