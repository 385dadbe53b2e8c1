// The time-series line chart of one or several series. Config comes from state.ts; this only
// draws it, says which figure a click landed on, and states its axis title and legend in the DOM
// (the canvas holds them as pixels only).
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ActiveElement, Chart } from 'chart.js';
import type { FigureValue } from '@shared/contract/figures.js';
import type { Unit } from '@shared/domain.js';
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { useLang } from '../../i18n/useLang.js';
import { checkMarks, type MarkedPoint } from '../checkMarks.js';
import { CHECK_MARKS_ID } from '../pluginIds.js';
import { notesKey } from '../notesKey.js';
import type { MarkedBreak } from '../markedBreak.js';
import { useRenderSignal } from '../renderSignal.js';
import { seriesKey } from './seriesKey.js';
import { seriesChartConfig, type ChartSeries, type RightAxis } from './state.js';

interface Props {
  /** The first series' id (tests wait on it). */
  seriesId: number;
  series: ChartSeries[];
  unit: Unit;
  axisTitle: string;
  /** The transformation's label for the legend; null when the figures are drawn as stored. */
  transformLabel?: string | null;
  quantityUnit?: string | null;
  /** Describes the chart for screen readers. */
  label: string;
  notes?: ChartNotes;
  /** A right-hand axis for the series of a second unit. */
  rightAxis?: RightAxis | null;
  /** A change marked by a vertical line (the 2025 merger). */
  markedBreak?: MarkedBreak | null;
  /** A stored figure's point was clicked. */
  onPick?: (figure: FigureValue) => void;
  /** Points of the first series the consistency checks found at odds with other figures. */
  marks?: readonly MarkedPoint[];
}

const NO_MARKS: readonly MarkedPoint[] = [];

export function SeriesChart({
  seriesId,
  series,
  unit,
  axisTitle,
  transformLabel = null,
  quantityUnit = null,
  label,
  notes,
  markedBreak,
  rightAxis = null,
  onPick,
  marks = NO_MARKS,
}: Props) {
  const lang = useLang();
  const marksKey = marks.map((m) => `${m.x}=${m.value}`).join(',');
  const renderKey = `${seriesId}|${unit}|${axisTitle}|${transformLabel ?? ''}|${lang}|${seriesKey(series)}|${notesKey(notes)}|${markedBreak?.period ?? ''}|${marksKey}|${rightAxis?.title ?? ''}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(
    () =>
      seriesChartConfig(series, {
        lang,
        axisTitle,
        unit,
        transformLabel,
        quantityUnit,
        renderKey,
        notes,
        markedBreak,
        rightAxis,
        keepAt: marks.map((m) => m.x),
      }),
    [series, lang, axisTitle, unit, transformLabel, quantityUnit, renderKey, notes, markedBreak, rightAxis, marks],
  );
  const options = useMemo(
    () => ({
      ...config.options,
      plugins: { ...config.options.plugins, [CHECK_MARKS_ID]: { marks } },
      onClick: (_event: unknown, elements: ActiveElement[], chart: Chart) => {
        const hit = elements[0];
        // Chart.js's index is into the points drawn (fewer once decimated); the point's x finds it.
        const drawn = hit ? (chart.data.datasets[hit.datasetIndex]?.data[hit.index] as { x: number } | undefined) : undefined;
        const figure = hit && drawn ? config.pointAt(hit.datasetIndex, drawn.x)?.figure : null;
        if (figure && onPick) onPick(figure);
      },
    }),
    [config, onPick, marks],
  );
  return (
    <div
      className="chart chart--series"
      data-testid="chart"
      data-series-id={seriesId}
      data-rendered={rendered ? 'true' : 'false'}
      data-note-markers={notes?.markers.length ?? 0}
      data-note-bands={notes?.bands.length ?? 0}
      data-check-marks={marks.length}
      data-axis-title={axisTitle}
      data-right-axis-title={rightAxis?.title}
      data-legend={config.legend.join(' | ')}
      data-breaks={config.breaks}
      data-marked-break={markedBreak?.period}
    >
      <Line data={config.data} options={options} plugins={[plugin, checkMarks]} aria-label={label} role="img" />
    </div>
  );
}
