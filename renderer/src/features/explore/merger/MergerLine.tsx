// Under the series' title: how its place came out of the 1 July 2025 merger ("Formed on 1 July 2025
// from Phú Thọ, Hòa Bình and Vĩnh Phúc"), each name opening that place's series where the store
// has one, and the toggle that follows the place across the change.
import { Fragment, type ReactNode } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { geoName } from '@shared/format.js';
import type { Place } from '@shared/merger/lineage.js';
import { useLang, useStrings } from '../../../i18n/useLang.js';
import { useStore } from '../../../state/createStore.js';
import { selectSeries, updateExplore } from '../exploreState.js';
import { followMergerStore } from './followState.js';
import { mergerSentence } from './sentence.js';
import { MERGER_STRINGS } from './strings.js';
import type { MergerSeries } from './useMergerSeries.js';
import './merger.css';

interface Props {
  merger: MergerSeries;
}

export function MergerLine({ merger }: Props) {
  const lang = useLang();
  const s = useStrings(MERGER_STRINGS);
  const follow = useStore(followMergerStore);
  const { lineage, plan, seriesOf } = merger;
  if (!lineage || lineage.changedOn === null) return null;

  const open = (series: SeriesSummary) => updateExplore((st) => selectSeries(st, series));
  const name = (place: Place): ReactNode => {
    const series = seriesOf(place);
    const title = place.kind === 'locality' ? s.localityTitle(place.code) : s.provinceTitle(place.code);
    const text = geoName(place, lang);
    return series ? (
      <button type="button" className="merger-line__place" data-testid="merger-place" data-geo={place.code} title={title} onClick={() => open(series)}>
        {text}
      </button>
    ) : (
      <span className="merger-line__place merger-line__place--plain" data-testid="merger-place" data-geo={place.code} title={title}>
        {text}
      </span>
    );
  };
  const parts = mergerSentence(lineage, s);

  return (
    <div className="merger-line" data-testid="merger-line" data-geo={lineage.geo.code}>
      <p className="merger-line__text" data-testid="merger-text">
        {parts.map((part, i) => (
          <Fragment key={i}>{'place' in part ? name(part.place) : part.text}</Fragment>
        ))}
      </p>
      <label className="merger-line__follow" title={s.followHint}>
        <input
          type="checkbox"
          data-testid="merger-follow"
          checked={follow}
          disabled={plan === null}
          onChange={(e) => followMergerStore.set(e.target.checked)}
        />
        {s.follow}
      </label>
    </div>
  );
}
