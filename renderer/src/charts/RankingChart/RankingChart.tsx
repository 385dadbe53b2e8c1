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
import { REFERENCE_LABEL_ROOM_PX, referenceLine } from './referenceLine.js';
import { rankingChartConfig, type ReferenceValue } from './state.js';

interface Props {
  bars: RankedBar[];
  axisTitle: string;
  label: string;
  testId?: string;
  notes?: ChartNotes;
  onPick?: (bar: RankedBar) => void;
  /** The whole country's figure, drawn as a labelled line; none when absent. */
  reference?: ReferenceValue | null;
}

export function RankingChart({ bars, axisTitle, label, testId = 'ranking-chart', notes, onPick, reference = null }: Props) {
  const lang = useLang();
  const renderKey = `${bars.map((b) => `${b.geo}/${b.item}/${b.figure.period}`).join(',')}|${axisTitle}|${lang}|${notesKey(notes)}|${reference ? `${reference.value}=${reference.label}` : ''}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(
    () => rankingChartConfig(bars, { lang, axisTitle, renderKey, notes, reference }),
    [bars, lang, axisTitle, renderKey, notes, reference],
  );
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
      data-reference-value={reference?.value}
      data-reference-label={reference?.label}
      style={{ height: rankingHeight(bars) + (reference ? REFERENCE_LABEL_ROOM_PX : 0) }}
    >
      <Bar data={config.data} options={options} plugins={[plugin, barValueLabels, referenceLine]} aria-label={label} role="img" />
    </div>
  );
}
