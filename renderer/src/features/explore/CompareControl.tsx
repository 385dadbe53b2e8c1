// Several series on one chart: the ones added (each removable) and a list of those that can join:
// any series of the catalog, in the view shown where it has it, else in its own, and in each other
// unit it has (its index, its output in tonnes), named beside it; a second unit goes on a right-hand
// axis, a third is refused, saying why.
import { useState } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { itemQuantityUnit, seriesName } from '@shared/format.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useOnceTrue } from '../../bridge/useOnceTrue.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { CATALOG_STRINGS } from '../catalog/strings.js';
import { MAX_SERIES } from './exploreState.js';
import { comparedView, joinUnits, offeredViews, seriesUnitKey } from './axes.js';
import { EXPLORE_STRINGS } from './strings.js';
import { TIME_FRAME_STRINGS } from './timeFrameStrings.js';
import { viewKey, type View } from './views.js';

interface Props {
  primary: SeriesSummary;
  compared: SeriesSummary[];
  view: View;
  /** Views chosen for compared series, by id. */
  views: Record<number, string>;
  /** Adds a series, in a view of its own where it is not the one its default would be. */
  onAdd: (series: SeriesSummary, view: string | null) => void;
  onRemove: (seriesId: number) => void;
  /** False until the chart's figures are in: the list of every series (megabytes on a national store) is asked for after them. */
  listWanted: boolean;
}

export function CompareControl({ primary, compared, view, views, onAdd, onRemove, listWanted }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS).compare;
  const groupNames = useStrings(CATALOG_STRINGS).groups;
  const thirdUnit = useStrings(TIME_FRAME_STRINGS).thirdUnit;
  const v = useStrings(VOCABULARY);
  const [refused, setRefused] = useState<string | null>(null);
  const { data } = useBridgeQuery('catalog:list', useOnceTrue(listWanted) ? {} : null);
  const shown = new Set([primary.id, ...compared.map((c) => c.id)]);
  const full = shown.size >= MAX_SERIES;
  const viewOf = (c: SeriesSummary): View => (c.id === primary.id ? view : (comparedView(c, view, views[c.id] ?? null) ?? view));
  const quantityUnit = (c: SeriesSummary): string | null => itemQuantityUnit(c.item, lang);
  // A series in a view other than the one shown says which.
  const optionName = (c: SeriesSummary, own: View): string =>
    viewKey(own) === viewKey(view) ? seriesName(c, lang) : `${seriesName(c, lang)} — ${v.axis(own.basis, own.unit, quantityUnit(c))}`;
  const groups = (data?.groups ?? [])
    .map((group) => ({ key: group.key, series: group.series.filter((c) => !shown.has(c.id) && c.views.length > 0) }))
    .filter((group) => group.series.length > 0);
  const byId = new Map(groups.flatMap((g) => g.series.map((c) => [c.id, c] as const)));
  const onChart = [primary, ...compared];
  const add = (chosen: SeriesSummary, own: View) => {
    const joined = joinUnits(
      onChart.map((c) => seriesUnitKey(c, viewOf(c))),
      seriesUnitKey(chosen, own),
    );
    if (!joined.ok) {
      const first = (key: string) => onChart.find((c) => seriesUnitKey(c, viewOf(c)) === key)!;
      setRefused(thirdUnit(joined.units.map((key) => v.axis(viewOf(first(key)).basis, viewOf(first(key)).unit, quantityUnit(first(key)))).join('; ')));
      return;
    }
    setRefused(null);
    const byDefault = comparedView(chosen, view);
    onAdd(chosen, byDefault && viewKey(byDefault) === viewKey(own) ? null : viewKey(own));
  };

  return (
    <div className="compare-control" data-testid="compare-control">
      <span className="field__label">{s.label}</span>
      <ul className="compare-control__list">
        <li className="compare-chip compare-chip--primary" data-testid="compare-chip" data-series-id={primary.id}>
          {seriesName(primary, lang)}
        </li>
        {compared.map((c) => (
          <li key={c.id} className="compare-chip" data-testid="compare-chip" data-series-id={c.id} data-view={viewKey(viewOf(c))}>
            {seriesName(c, lang)}
            {viewKey(viewOf(c)) !== viewKey(view) && (
              <span className="compare-chip__view muted">{` — ${v.axis(viewOf(c).basis, viewOf(c).unit, quantityUnit(c))}`}</span>
            )}
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
              const [id, key] = e.target.value.split('|');
              const chosen = byId.get(Number(id));
              const own = chosen?.views.find((o) => viewKey(o) === key);
              if (chosen && own) add(chosen, own);
            }}
          >
            <option value="">{s.add}</option>
            {groups.map((group) => (
              <optgroup key={group.key} label={groupNames[group.key]}>
                {group.series.flatMap((c) =>
                  offeredViews(c, view).map((own) => (
                    <option key={`${c.id}|${viewKey(own)}`} value={`${c.id}|${viewKey(own)}`}>
                      {optionName(c, own)}
                    </option>
                  )),
                )}
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
