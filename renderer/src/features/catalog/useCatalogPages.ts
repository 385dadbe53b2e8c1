// The catalog's pages for a search, as of the app's date, asked again when the store changes:
// through a PageLoader (one request at a time, answers to older searches dropped). Until the new
// search's first page is here, the last one received stays shown.
import { useCallback, useEffect, useState } from 'react';
import type { CatalogPage } from '@shared/contract/catalog.js';
import { invoke } from '../../bridge/bridge.js';
import { markReady } from '../../bridge/useBridgeQuery.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';
import { PAGE_SIZE } from './catalogRows.js';
import { PageLoader, type LoaderState } from './pageLoader.js';

export interface CatalogPages {
  /** The pages shown (those of the current search once its first has come). */
  pages: ReadonlyMap<number, CatalogPage>;
  /** Any page of them: all carry the same counts. */
  first: CatalogPage | undefined;
  /** True until the current search's first page is here. */
  loading: boolean;
  want: (pages: number[]) => void;
}

const NOTHING: LoaderState = { searchKey: null, pages: new Map() };

export function useCatalogPages(search: string): CatalogPages {
  const report = useReportError();
  const asOf = useAsOf();
  const version = useDataVersion();
  const searchKey = JSON.stringify({ version, input: withAsOf('catalog:list', search ? { search } : {}, asOf) });
  const [shown, setShown] = useState<LoaderState>(NOTHING);
  const [loader] = useState(
    () =>
      new PageLoader(
        (key, page) => invoke('catalog:list', { ...(JSON.parse(key) as { input: object }).input, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
        (state) => {
          if (state.pages.size === 0) return;
          setShown(state);
          markReady();
        },
        report,
      ),
  );
  useEffect(() => loader.search(searchKey), [loader, searchKey]);
  const want = useCallback((pages: number[]) => loader.want(pages), [loader]);
  return {
    pages: shown.pages,
    first: shown.pages.values().next().value,
    loading: shown.searchKey !== searchKey,
    want,
  };
}
