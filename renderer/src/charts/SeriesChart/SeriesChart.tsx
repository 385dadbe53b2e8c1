// The time-series line chart of one series. Config comes from state.ts; this only draws it, and
// says which figure a click landed on.
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ActiveElement } from 'chart.js';
import type { FigureValue } from '@shared/contract/figures.js';
import type { Unit } from '@shared/domain.js';
import { buildSeriesModel } from '@shared/charts/series.js';
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { useLang } from '../../i18n/useLang.js';
import { notesKey } from '../notesKey.js';
import { useRenderSignal } from '../renderSignal.js';
import { seriesChartConfig } from './state.js';

interface Props {
  seriesId: number;
  figures: FigureValue[];
  unit: Unit;
  axisTitle: string;
  /** Describes the chart for screen readers. */
  label: string;
  notes?: ChartNotes;
  /** A point was clicked. */
  onPick?: (figure: FigureValue) => void;
}

export function SeriesChart({ seriesId, figures, unit, axisTitle, label, notes, onPick }: Props) {
  const lang = useLang();
  const renderKey = `${seriesId}|${unit}|${axisTitle}|${lang}|${figures.map((f) => `${f.period}=${f.value}`).join(',')}|${notesKey(notes)}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const model = useMemo(() => buildSeriesModel(figures), [figures]);
  const config = useMemo(() => seriesChartConfig(model, { lang, axisTitle, unit, renderKey, notes }), [model, lang, axisTitle, unit, renderKey, notes]);
  const options = useMemo(
    () => ({
      ...config.options,
      onClick: (_event: unknown, elements: ActiveElement[]) => {
        const hit = elements[0];
        const figure = hit ? model.kinds[hit.datasetIndex]?.figures[hit.index] : null;
        if (figure && onPick) onPick(figure);
      },
    }),
    [config.options, model, onPick],
  );
  return (
    <div
      className="chart chart--series"
      data-testid="chart"
      data-series-id={seriesId}
      data-rendered={rendered ? 'true' : 'false'}
      data-note-markers={notes?.markers.length ?? 0}
      data-note-bands={notes?.bands.length ?? 0}
    >
      <Line data={config.data} options={options} plugins={[plugin]} aria-label={label} role="img" />
    </div>
  );
}
