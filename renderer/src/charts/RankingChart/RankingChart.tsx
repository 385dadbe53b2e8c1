// A horizontal bar chart of ranked figures (highest first, falls in the second colour).
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { useLang } from '../../i18n/useLang.js';
import { barValueLabels } from '../barValueLabels.js';
import { useRenderSignal } from '../renderSignal.js';
import { rankingHeight, type RankedBar } from '@shared/charts/ranking.js';
import { rankingChartConfig } from './state.js';

interface Props {
  bars: RankedBar[];
  axisTitle: string;
  label: string;
  testId?: string;
}

export function RankingChart({ bars, axisTitle, label, testId = 'ranking-chart' }: Props) {
  const lang = useLang();
  const renderKey = `${bars.map((b) => `${b.geo}/${b.item}/${b.figure.period}`).join(',')}|${axisTitle}|${lang}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(() => rankingChartConfig(bars, { lang, axisTitle, renderKey }), [bars, lang, axisTitle, renderKey]);
  return (
    <div
      className="chart chart--ranking"
      data-testid={testId}
      data-rendered={rendered ? 'true' : 'false'}
      data-bars={bars.length}
      style={{ height: rankingHeight(bars) }}
    >
      <Bar data={config.data} options={config.options} plugins={[plugin, barValueLabels]} aria-label={label} role="img" />
    </div>
  );
}
