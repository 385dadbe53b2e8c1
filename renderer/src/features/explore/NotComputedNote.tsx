// Under the chart: the points a transformation could not compute, by series and reason, with
// their periods ("3 points not computed: a month is missing (Feb 2020, Mar 2020, Apr 2020)").
import { NO_VALUE_WORDS } from '@shared/analysis/labels.js';
import { formatPeriod } from '@shared/format.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { EXPLORE_STRINGS } from './strings.js';
import { notComputed, type ShownPoint } from './transform.js';

/** Periods listed before "…". */
const LISTED = 6;

interface Props {
  series: { id: number; name: string; points: ShownPoint[] }[];
}

export function NotComputedNote({ series }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const why = useStrings(NO_VALUE_WORDS);
  const several = series.length > 1;
  const items = series.flatMap((one) => notComputed(one.points).map((group) => ({ ...group, id: one.id, name: one.name })));
  if (items.length === 0) return null;
  return (
    <ul className="not-computed" data-testid="not-computed">
      {items.map((item) => {
        const listed = item.periods.slice(0, LISTED).map((p) => formatPeriod(p, lang));
        const periods = item.periods.length > LISTED ? `${listed.join(', ')}, …` : listed.join(', ');
        return (
          <li
            key={`${item.id}-${item.reason}`}
            data-testid="not-computed-reason"
            data-reason={item.reason}
            data-series-id={item.id}
            data-periods={item.periods.join(' ')}
          >
            {several && <span className="not-computed__series">{s.notComputedOf(item.name)}</span>}
            {s.notComputed(item.periods.length, why[item.reason], periods)}
          </li>
        );
      })}
    </ul>
  );
}
