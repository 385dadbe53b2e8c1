// Several series on one chart: the ones added (each removable) and a list of those that can join:
// any series of the catalog, in the view shown where it has it, else in its own (named beside it),
// which then goes on a right-hand axis. A third unit is refused, saying why.
import { useState } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { seriesName } from '@shared/format.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { CATALOG_STRINGS } from '../catalog/strings.js';
import { MAX_SERIES } from './exploreState.js';
import { comparedView, joinUnits, seriesUnitKey } from './axes.js';
import { EXPLORE_STRINGS } from './strings.js';
import { TIME_FRAME_STRINGS } from './timeFrameStrings.js';
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
  const thirdUnit = useStrings(TIME_FRAME_STRINGS).thirdUnit;
  const v = useStrings(VOCABULARY);
  const [refused, setRefused] = useState<string | null>(null);
  const { data } = useBridgeQuery('catalog:list', {});
  const shown = new Set([primary.id, ...compared.map((c) => c.id)]);
  const full = shown.size >= MAX_SERIES;
  const viewOf = (c: SeriesSummary): View => comparedView(c, view) ?? view;
  const quantityUnit = (c: SeriesSummary): string | null => (lang === 'vi' ? c.item.quantityUnitVi : (c.item.quantityUnitEn ?? c.item.quantityUnitVi));
  // A series in a view other than the one shown says which.
  const optionName = (c: SeriesSummary): string => {
    const own = viewOf(c);
    return viewKey(own) === viewKey(view) ? seriesName(c, lang) : `${seriesName(c, lang)} — ${v.axis(own.basis, own.unit, quantityUnit(c))}`;
  };
  const groups = (data ?? [])
    .map((group) => ({ key: group.key, series: group.series.filter((c) => !shown.has(c.id) && c.views.length > 0) }))
    .filter((group) => group.series.length > 0);
  const byId = new Map(groups.flatMap((g) => g.series.map((c) => [c.id, c] as const)));
  const onChart = [primary, ...compared];
  const add = (chosen: SeriesSummary) => {
    const joined = joinUnits(
      onChart.map((c) => seriesUnitKey(c, viewOf(c))),
      seriesUnitKey(chosen, viewOf(chosen)),
    );
    if (!joined.ok) {
      const first = (key: string) => onChart.find((c) => seriesUnitKey(c, viewOf(c)) === key)!;
      setRefused(thirdUnit(joined.units.map((key) => v.axis(viewOf(first(key)).basis, viewOf(first(key)).unit, quantityUnit(first(key)))).join('; ')));
      return;
    }
    setRefused(null);
    onAdd(chosen);
  };

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
              onClick={() => {
                setRefused(null);
                onRemove(c.id);
              }}
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
              if (chosen) add(chosen);
            }}
          >
            <option value="">{s.add}</option>
            {groups.map((group) => (
              <optgroup key={group.key} label={groupNames[group.key]}>
                {group.series.map((c) => (
                  <option key={c.id} value={c.id}>
                    {optionName(c)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </li>
      </ul>
      {refused && (
        <p className="compare-control__refused" role="alert" data-testid="compare-refused">
          {refused}
        </p>
      )}
    </div>
  );
}
