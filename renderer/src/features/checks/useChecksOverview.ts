// The Checks view's counts and first pages, answered as soon as the checks begin: asked with soFar,
// the worker answers at once with what is checked so far (complete: false, its progress), and the
// view asks again every ASK_AGAIN_MS until the checks are done. A new scope, as-of date or store
// version asks afresh; answers to an older question are dropped.
import { useEffect, useState } from 'react';
import type { ChecksOverview } from '@shared/contract/analysis.js';
import type { In } from '@shared/contract/index.js';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';
import type { ChecksScope } from './useFindingPages.js';

/** How long the view waits before asking how far the checks have come. */
export const ASK_AGAIN_MS = 500;

export interface OverviewState {
  /** The last answer: to the current question, or (while it is asked) to the one before. */
  overview: ChecksOverview | undefined;
  /** The question `overview` answers (the store version and the input as sent). */
  answers: string | null;
  /** The current question is neither answered nor refused yet. */
  loading: boolean;
}

export function useChecksOverview(scope: ChecksScope, first: number): OverviewState {
  const report = useReportError();
  const version = useDataVersion();
  const asOf = useAsOf();
  const input = JSON.stringify(withAsOf('analysis:checks-overview', { ...scope, first, soFar: true }, asOf));
  const question = `${version}#${input}`;
  const [answered, setAnswered] = useState<{ question: string; overview: ChecksOverview } | null>(null);
  // a question refused (the error banner says why) is settled too: nothing more is coming
  const [refused, setRefused] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void => {
      invoke('analysis:checks-overview', JSON.parse(input) as In<'analysis:checks-overview'>).then(
        (overview) => {
          if (!current) return;
          setAnswered({ question, overview });
          if (!overview.complete) again = setTimeout(ask, ASK_AGAIN_MS);
        },
        (error: unknown) => {
          if (!current) return;
          setRefused(question);
          report(error);
        },
      );
    };
    ask();
    return () => {
      current = false;
      clearTimeout(again);
    };
  }, [input, question, report]);

  return { overview: answered?.overview, answers: answered?.question ?? null, loading: answered?.question !== question && refused !== question };
}
