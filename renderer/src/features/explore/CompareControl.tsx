// Several series on one chart: the ones added (each removable) and a list of those that can join,
// i.e. the catalog's series of the same measure that have the view shown.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { seriesName } from '@shared/format.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { CATALOG_STRINGS } from '../catalog/strings.js';
import { MAX_SERIES } from './exploreState.js';
import { EXPLORE_STRINGS } from './strings.js';
import { viewKey, type View } from './views.js';

interface Props {
  primary: SeriesSummary;
  compared: SeriesSummary[];
  view: View;
  onAdd: (series: SeriesSummary) => void;
  onRemove: (seriesId: number) => void;
}

export function CompareControl({ primary, compared, view, onAdd, onRemove }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS).compare;
  const groupNames = useStrings(CATALOG_STRINGS).groups;
  const { data } = useBridgeQuery('catalog:list', {});
  const shown = new Set([primary.id, ...compared.map((c) => c.id)]);
  const full = shown.size >= MAX_SERIES;
  const groups = (data ?? [])
    .map((group) => ({
      key: group.key,
      series: group.series.filter((c) => !shown.has(c.id) && c.measure === primary.measure && c.views.some((v) => viewKey(v) === viewKey(view))),
    }))
    .filter((group) => group.series.length > 0);
  const byId = new Map(groups.flatMap((g) => g.series.map((c) => [c.id, c] as const)));

  return (
    <div className="compare-control" data-testid="compare-control">
      <span className="field__label">{s.label}</span>
      <ul className="compare-control__list">
        <li className="compare-chip compare-chip--primary" data-testid="compare-chip" data-series-id={primary.id}>
          {seriesName(primary, lang)}
        </li>
        {compared.map((c) => (
          <li key={c.id} className="compare-chip" data-testid="compare-chip" data-series-id={c.id}>
            {seriesName(c, lang)}
            <button
              type="button"
              className="compare-chip__remove"
              data-testid="compare-remove"
              aria-label={s.remove(seriesName(c, lang))}
              title={s.remove(seriesName(c, lang))}
              onClick={() => onRemove(c.id)}
            >
              ×
            </button>
          </li>
        ))}
        <li>
          <select
            data-testid="compare-add"
            value=""
            disabled={full || groups.length === 0}
            title={full ? s.full(MAX_SERIES) : undefined}
            aria-label={s.add}
            onChange={(e) => {
              const chosen = byId.get(Number(e.target.value));
              if (chosen) onAdd(chosen);
            }}
          >
            <option value="">{s.add}</option>
            {groups.map((group) => (
              <optgroup key={group.key} label={groupNames[group.key]}>
                {group.series.map((c) => (
                  <option key={c.id} value={c.id}>
                    {seriesName(c, lang)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </li>
      </ul>
    </div>
  );
}
