// A horizontal bar chart of ranked figures (highest first, falls in the second colour); says which
// bar a click landed on.
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { ActiveElement } from 'chart.js';
import { rankingHeight, type RankedBar } from '@shared/charts/ranking.js';
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { useLang } from '../../i18n/useLang.js';
import { barValueLabels } from '../barValueLabels.js';
import { notesKey } from '../notesKey.js';
import { useRenderSignal } from '../renderSignal.js';
import { rankingChartConfig } from './state.js';

interface Props {
  bars: RankedBar[];
  axisTitle: string;
  label: string;
  testId?: string;
  notes?: ChartNotes;
  onPick?: (bar: RankedBar) => void;
}

export function RankingChart({ bars, axisTitle, label, testId = 'ranking-chart', notes, onPick }: Props) {
  const lang = useLang();
  const renderKey = `${bars.map((b) => `${b.geo}/${b.item}/${b.figure.period}`).join(',')}|${axisTitle}|${lang}|${notesKey(notes)}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(() => rankingChartConfig(bars, { lang, axisTitle, renderKey, notes }), [bars, lang, axisTitle, renderKey, notes]);
  const options = useMemo(
    () => ({
      ...config.options,
      onClick: (_event: unknown, elements: ActiveElement[]) => {
        const bar = elements[0] ? bars[elements[0].index] : undefined;
        if (bar && onPick) onPick(bar);
      },
    }),
    [config.options, bars, onPick],
  );
  return (
    <div
      className="chart chart--ranking"
      data-testid={testId}
      data-rendered={rendered ? 'true' : 'false'}
      data-bars={bars.length}
      data-note-markers={notes?.markers.length ?? 0}
      style={{ height: rankingHeight(bars) }}
    >
      <Bar data={config.data} options={options} plugins={[plugin, barValueLabels]} aria-label={label} role="img" />
    </div>
  );
}
