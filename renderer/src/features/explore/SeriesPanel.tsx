// One series over time: the comparison selector, the chart and the table of the same figures.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { seriesName } from '@shared/format.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { SeriesChart } from '../../charts/SeriesChart/SeriesChart.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useMemo } from 'react';
import { seriesChartSpec } from '@shared/export/chart-spec.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { ChartFootnotes } from '../notes/ChartFootnotes.js';
import { openFigurePanel } from '../notes/notesState.js';
import { SeriesNoteButton } from '../notes/SeriesNoteButton.js';
import { UndoDelete } from '../notes/UndoDelete.js';
import { useChartNotes } from '../notes/useChartNotes.js';
import { FigureTable } from './FigureTable.js';
import { EXPLORE_STRINGS } from './strings.js';
import { orderedViews, resolveView, viewKey } from './views.js';

interface Props {
  series: SeriesSummary;
  chosenView: string | null;
  onChooseView: (key: string) => void;
}

export function SeriesPanel({ series, chosenView, onChooseView }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const v = useStrings(VOCABULARY);
  const common = useStrings(COMMON_STRINGS);
  const views = orderedViews(series.views);
  const view = resolveView(views, chosenView);
  const input = view ? { seriesId: series.id, basis: view.basis, unit: view.unit } : null;
  const { data, loading, dataKey } = useBridgeQuery('figures:series', input);
  const current = data && dataKey === JSON.stringify(input) ? data : undefined;
  const points = useMemo(() => current?.points ?? [], [current]);

  const unit = points[0]?.unit ?? view?.unit ?? 'pct';
  const basis = view?.basis ?? 'yoy';
  const quantityUnit = points[0]?.quantityUnit ?? (lang === 'vi' ? series.item.quantityUnitVi : (series.item.quantityUnitEn ?? series.item.quantityUnitVi));
  const what = figureTitle(lang, series.measure, basis, unit, quantityUnit);
  const name = seriesName(series, lang);
  const title = `${name} — ${what}`;
  const { notes, periods } = useChartNotes({ geo: series.geo.code, item: series.item.code, measure: series.measure, basis }, points);
  const pick = (figure: (typeof points)[number]) => openFigurePanel(figure, name);

  return (
    <section className="panel" aria-busy={loading}>
      <header className="panel__head">
        <h2 className="chart-title" data-testid="chart-title">
          <span className="chart-title__name">{name}</span>
          <span className="chart-title__sep"> — </span>
          <span className="chart-title__what">{what}</span>
        </h2>
        {views.length > 0 && (
          <label className="field">
            <span className="field__label">{s.basis}</span>
            <select data-testid="basis-select" value={view ? viewKey(view) : ''} onChange={(e) => onChooseView(e.target.value)}>
              {views.map((option) => (
                <option key={viewKey(option)} value={viewKey(option)}>
                  {v.views(option.basis, option.unit)}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {current && points.length === 0 && <p className="empty">{s.noFigures}</p>}
      {points.length > 0 && (
        <>
          <SeriesChart
            seriesId={series.id}
            figures={points}
            unit={unit}
            axisTitle={v.axis(basis, unit, quantityUnit)}
            label={title}
            notes={notes}
            onPick={pick}
          />
          <div className="panel__tools">
            <ExportMenu
              chartTestId="chart"
              title={title}
              request={{ geos: [series.geo.code], items: [series.item.code], measure: series.measure, basis, unit, chart: 'line', title: name, lang }}
              spec={() => seriesChartSpec(points, name, { lang, title: name, notes })}
            />
            <SeriesNoteButton key={series.id} series={series} basis={basis} periods={periods} />
          </div>
          <UndoDelete />
          <ChartFootnotes notes={notes} />
          <FigureTable figures={points} caption={title} onPick={pick} />
        </>
      )}
      {!current && loading && <p className="muted">{common.loading}</p>}
    </section>
  );
}
