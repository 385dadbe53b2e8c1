// Above the findings when Checks is narrowed to one series (from a chart's marks): which series and
// comparison, and a way back to every finding.
import { VOCABULARY } from '@shared/vocabulary.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { clearChecksFilter, type SeriesFilter } from './checksFilter.js';
import { CHECKS_STRINGS } from './strings.js';

export function SeriesFilterBar({ filter }: { filter: SeriesFilter }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const v = useStrings(VOCABULARY);
  return (
    <p className="checks__filter" data-testid="checks-filter" data-series-id={filter.seriesId} data-basis={filter.basis}>
      <span data-testid="checks-filter-text">{s.filteredTo(filter.name[lang], v.views(filter.basis, filter.unit))}</span>{' '}
      <button type="button" className="button button--small" data-testid="checks-filter-clear" onClick={clearChecksFilter}>
        {s.showAllSeries}
      </button>
    </p>
  );
}
