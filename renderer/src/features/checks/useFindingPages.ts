// One kind's findings as the Checks view shows them, a page at a time from the report kept in the
// checks worker: the first pages came with the overview; "show more" shows the next page, asked for
// one page ahead so it appears at once. The view is keyed by its scope: a new scope starts afresh.
import { useEffect, useState } from 'react';
import type { CheckKind, Finding, SeriesOnBasis } from '@shared/contract/analysis.js';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useReportError } from '../../state/errors.js';
import { moreShown, PAGE_SIZE } from './checksState.js';

export interface ChecksScope {
  releaseId?: number;
  series?: SeriesOnBasis;
}

export interface FindingPages {
  /** The findings shown. */
  findings: Finding[];
  /** How many are meant to show (some may still be on their way). */
  shown: number;
  more: () => void;
}

export function useFindingPages(scope: ChecksScope, kind: CheckKind, total: number, first: Finding[], firstShown: number): FindingPages {
  const asOf = useAsOf();
  const report = useReportError();
  const [loaded, setLoaded] = useState(first);
  const [shown, setShown] = useState(Math.min(firstShown, total));
  const wanted = Math.min(total, shown + PAGE_SIZE);
  const offset = loaded.length;

  useEffect(() => {
    if (offset >= wanted) return;
    let current = true;
    const input = withAsOf('analysis:checks-page', { ...scope, kind, offset, limit: wanted - offset }, asOf);
    invoke('analysis:checks-page', input).then(({ findings }) => {
      if (current) setLoaded((l) => (l.length === offset ? [...l, ...findings] : l));
    }, report);
    return () => {
      current = false;
    };
  }, [scope, kind, asOf, report, offset, wanted]);

  return { findings: loaded.slice(0, shown), shown, more: () => setShown((n) => moreShown(n, total)) };
}
