// The time-series line chart of one series. Config comes from state.ts; this only draws it.
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { FigureValue } from '@shared/contract/figures.js';
import type { Unit } from '@shared/domain.js';
import { useLang } from '../../i18n/useLang.js';
import { useRenderSignal } from '../renderSignal.js';
import { buildSeriesModel } from '@shared/charts/series.js';
import { seriesChartConfig } from './state.js';

interface Props {
  seriesId: number;
  figures: FigureValue[];
  unit: Unit;
  axisTitle: string;
  /** Describes the chart for screen readers. */
  label: string;
}

export function SeriesChart({ seriesId, figures, unit, axisTitle, label }: Props) {
  const lang = useLang();
  const renderKey = `${seriesId}|${unit}|${axisTitle}|${lang}|${figures.map((f) => `${f.period}=${f.value}`).join(",")}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(
    () => seriesChartConfig(buildSeriesModel(figures), { lang, axisTitle, unit, renderKey }),
    [figures, lang, axisTitle, unit, renderKey],
  );
  return (
    <div className="chart chart--series" data-testid="chart" data-series-id={seriesId} data-rendered={rendered ? 'true' : 'false'}>
      <Line data={config.data} options={config.options} plugins={[plugin]} aria-label={label} role="img" />
    </div>
  );
}
