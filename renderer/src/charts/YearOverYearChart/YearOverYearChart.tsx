// This year against last year on one chart. Config comes from state.ts; this draws it and states
// its axis title, legend and years in the DOM (the canvas holds them as pixels only).
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { Unit } from '@shared/domain.js';
import { useLang } from '../../i18n/useLang.js';
import { useRenderSignal } from '../renderSignal.js';
import type { ChartPoint } from '../SeriesChart/state.js';
import { yearOverYearConfig } from './state.js';

interface Props {
  /** The series' id (tests wait on it). */
  seriesId: number;
  points: ChartPoint[];
  year: number;
  unit: Unit;
  axisTitle: string;
  quantityUnit?: string | null;
  /** Describes the chart for screen readers. */
  label: string;
}

export function YearOverYearChart({ seriesId, points, year, unit, axisTitle, quantityUnit = null, label }: Props) {
  const lang = useLang();
  const renderKey = `${seriesId}|years|${year}|${unit}|${axisTitle}|${lang}|${points.map((p) => `${p.period}=${p.value ?? '-'}`).join(',')}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(
    () => yearOverYearConfig(points, year, { lang, axisTitle, unit, quantityUnit, renderKey }),
    [points, year, lang, axisTitle, unit, quantityUnit, renderKey],
  );
  return (
    <div
      className="chart chart--series"
      data-testid="chart"
      data-chart="year-over-year"
      data-series-id={seriesId}
      data-rendered={rendered ? 'true' : 'false'}
      data-axis-title={axisTitle}
      data-legend={config.legend.join(' | ')}
      data-years={config.years.join(' ')}
    >
      <Line data={config.data} options={config.options} plugins={[plugin]} aria-label={label} role="img" />
    </div>
  );
}
