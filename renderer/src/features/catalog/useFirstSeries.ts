// Opens the explorer on the catalog's first series (the whole industry) as soon as it is known: it
// is asked for on its own, before and beside the whole list, so the first chart never waits for
// the catalog.
import { useEffect } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';

/** While `wanted` (nothing selected, no search), selects catalog:first's series once it comes. */
export function useFirstSeries(wanted: boolean, onSelect: (series: SeriesSummary) => void): void {
  const { data } = useBridgeQuery('catalog:first', wanted ? {} : null);
  useEffect(() => {
    if (wanted && data) onSelect(data);
  }, [wanted, data, onSelect]);
}
