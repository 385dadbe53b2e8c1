// The compare picker's reads: the catalog searched by main (diacritics folded: "phu tho" finds Phú
// Thọ) a page at a time, as of the app's date, asked while the picker is open; only the answer to the
// latest request is kept (latestAnswer), so a slow search never overwrites a newer one.
import { useEffect, useMemo, useState } from 'react';
import { invoke } from '../../bridge/bridge.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { reportError } from '../../state/errors.js';
import { latestAnswer } from '../commands/latestAnswer.js';
import { PICKER_PAGE, withPage, type PickerResults } from './comparePickerState.js';

const SEARCH_DELAY_MS = 120;

export interface PickerSearch {
  /** The answers received last: until the search typed has its first page, those to the one before. */
  results: PickerResults | null;
  /** True once the results are those of the search typed. */
  current: boolean;
  /** Asks for the next page, when the results shown are the search typed and more match. */
  more: (() => void) | null;
}

export function usePickerSearch(typed: string, open: boolean): PickerSearch {
  const asOf = useAsOf();
  const version = useDataVersion();
  const [results, setResults] = useState<PickerResults | null>(null);
  const ask = useMemo(
    () =>
      latestAnswer(
        ({ search, offset }: { search: string; offset: number }) =>
          invoke('catalog:list', withAsOf('catalog:list', { ...(search ? { search } : {}), offset, limit: PICKER_PAGE }, asOf)),
        ({ search }, page) => setResults((shown) => withPage(shown, search, page)),
        reportError,
      ),
    // version: the store changed, the pages are asked again
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [asOf, version],
  );
  const search = typed.trim();
  useEffect(() => {
    if (!open) return;
    const timer = window.setTimeout(() => ask({ search, offset: 0 }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [ask, search, open]);
  const current = results !== null && results.search === search;
  return {
    results,
    current,
    more: current && results.loaded < results.total ? () => ask({ search, offset: results.loaded }) : null,
  };
}
