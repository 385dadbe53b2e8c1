// Several series on one chart: the ones added (each removable) and a search for those that can join
// (ComparePicker): any series of the catalog, in the view shown where it has it, else in its own, and
// in each other unit it has (its index, its output in tonnes), named beside it; a second unit goes on a
// right-hand axis, a third is refused, saying why.
import { useState } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { itemQuantityUnit, seriesName } from '@shared/format.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { MAX_SERIES } from './exploreState.js';
import { comparedView, joinUnits, seriesUnitKey } from './axes.js';
import { ComparePicker } from './ComparePicker.js';
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
}

export function CompareControl({ primary, compared, view, views, onAdd, onRemove }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS).compare;
  const thirdUnit = useStrings(TIME_FRAME_STRINGS).thirdUnit;
  const v = useStrings(VOCABULARY);
  const [refused, setRefused] = useState<string | null>(null);
  const shown = new Set([primary.id, ...compared.map((c) => c.id)]);
  const full = shown.size >= MAX_SERIES;
  const viewOf = (c: SeriesSummary): View => (c.id === primary.id ? view : (comparedView(c, view, views[c.id] ?? null) ?? view));
  const quantityUnit = (c: SeriesSummary): string | null => itemQuantityUnit(c.item, lang);
  // A series in a view other than the one shown says which.
  const optionName = (c: SeriesSummary, own: View): string =>
    viewKey(own) === viewKey(view) ? seriesName(c, lang) : `${seriesName(c, lang)} — ${v.axis(own.basis, own.unit, quantityUnit(c))}`;
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
          <ComparePicker view={view} onChart={shown} full={full ? s.full(MAX_SERIES) : null} label={s.add} entryName={optionName} onPick={add} />
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
