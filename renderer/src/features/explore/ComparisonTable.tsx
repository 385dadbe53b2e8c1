// The values drawn, when they are transformed or several series share the chart: a row per period
// (newest first), a column per series; a point not computed says why in its cell.
import { NO_VALUE_WORDS } from '@shared/analysis/labels.js';
import type { Unit } from '@shared/domain.js';
import { formatFigure, formatPeriod, formatValue } from '@shared/format.js';
import { comparePeriods, parsePeriod } from '@shared/period.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { EXPLORE_STRINGS } from './strings.js';
import type { ShownPoint } from './transform.js';

interface Props {
  caption: string;
  unit: Unit;
  quantityUnit: string | null;
  /** Each series' own unit, where it differs from the chart's (a second axis). */
  series: { id: number; name: string; points: ShownPoint[]; unit?: Unit; quantityUnit?: string | null }[];
}

export function ComparisonTable({ caption, unit, quantityUnit, series }: Props) {
  const lang = useLang();
  const t = useStrings(EXPLORE_STRINGS).table;
  const why = useStrings(NO_VALUE_WORDS);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))]
    .map((code) => parsePeriod(code)!)
    .sort((a, b) => comparePeriods(b, a))
    .map((p) => p.code);
  const lookup = series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  const cell = (p: ShownPoint | undefined, own: Props['series'][number]) => {
    if (!p) return <span className="muted">–</span>;
    if (p.value === null) {
      return (
        <span className="not-computed-cell" title={p.reason ? why[p.reason] : undefined}>
          {t.notComputed}
          {p.reason && <span className="not-computed-cell__why">{why[p.reason]}</span>}
        </span>
      );
    }
    return p.figure
      ? formatFigure(p.figure, lang)
      : formatValue(p.value, own.unit ?? unit, p.decimals ?? 0, lang, own.unit ? (own.quantityUnit ?? null) : quantityUnit);
  };
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.period}</th>
            {series.map((s) => (
              <th key={s.id} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period} data-testid="comparison-row" data-period={period}>
              <th scope="row">{formatPeriod(period, lang)}</th>
              {lookup.map((points, i) => {
                const p = points.get(period);
                return (
                  <td key={series[i]!.id} className="num" data-series-id={series[i]!.id} data-reason={p?.reason ?? undefined}>
                    {cell(p, series[i]!)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
