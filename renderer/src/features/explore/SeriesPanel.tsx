// One series over time, or several on one chart: the comparison selector, the transformation, the
// chart on a time axis, what could not be computed, and the table of the same numbers.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { itemQuantityUnit, seriesName } from '@shared/format.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { SeriesChart } from '../../charts/SeriesChart/SeriesChart.js';
import { SERIES_CHART_STRINGS } from '../../charts/SeriesChart/strings.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useMemo } from 'react';
import { parseTransform } from '@shared/analysis/spec.js';
import { CheckMarksNote, useCheckMarks } from '../checks/CheckMarksNote.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { ChartFootnotes } from '../notes/ChartFootnotes.js';
import { openFigurePanel } from '../notes/notesState.js';
import { SeriesNoteButton } from '../notes/SeriesNoteButton.js';
import { UndoDelete } from '../notes/UndoDelete.js';
import { useChartNotes } from '../notes/useChartNotes.js';
import { CompareControl } from './CompareControl.js';
import { ComparisonTable } from './ComparisonTable.js';
import { FigureTable } from './FigureTable.js';
import { MergerLine } from './merger/MergerLine.js';
import { MergerNote } from './merger/MergerNote.js';
import { useMergerSeries } from './merger/useMergerSeries.js';
import { NotComputedNote } from './NotComputedNote.js';
import { ExportLeavesOut } from './ExportLeavesOut.js';
import { shownChartSpec, shownExportRequest } from './shownExport.js';
import { EXPLORE_STRINGS } from './strings.js';
import { choiceOf, effectiveSpec, type TransformChoice } from './transform.js';
import { TransformControl } from './TransformControl.js';
import { useComparedFigures } from './useComparedFigures.js';
import { isDrawnOnly } from './drawnFigures.js';
import { wholeFigure } from './wholeFigure.js';
import { useAsOf } from '../../state/asOf.js';
import { useReportError } from '../../state/errors.js';
import { withinRange } from '@shared/analysis/date-range.js';
import { YearOverYearChart } from '../../charts/YearOverYearChart/YearOverYearChart.js';
import { axisTitleOf, comparedView } from './axes.js';
import { layOut, rightAxisOf } from './seriesLayout.js';
import type { TimeFrame } from './timeFrame.js';
import { TimeFrameControl } from './TimeFrameControl.js';
import { TIME_FRAME_STRINGS } from './timeFrameStrings.js';
import { orderedViews, resolveView, viewKey } from './views.js';
import './analysis.css';

const AVERAGES: readonly TransformChoice[] = ['ma3', 'ma12', 'annual'];

interface Props {
  series: SeriesSummary;
  /** Series drawn with it. */
  compared: SeriesSummary[];
  chosenView: string | null;
  onChooseView: (key: string) => void;
  transform: string;
  onTransform: (spec: string) => void;
  /** Views chosen for compared series, by id. */
  compareViews: Record<number, string>;
  onAddSeries: (series: SeriesSummary, view: string | null) => void;
  onRemoveSeries: (seriesId: number) => void;
  frame: TimeFrame;
  onFrame: (frame: TimeFrame) => void;
}

export function SeriesPanel({
  series,
  compared,
  chosenView,
  onChooseView,
  transform,
  onTransform,
  compareViews,
  onAddSeries,
  onRemoveSeries,
  frame,
  onFrame,
}: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const v = useStrings(VOCABULARY);
  const common = useStrings(COMMON_STRINGS);
  const t = useStrings(TIME_FRAME_STRINGS);
  const views = orderedViews(series.views);
  const view = resolveView(views, chosenView);
  // Following a place across the 2025 merger draws its former provinces and locality instead.
  const merger = useMergerSeries(series, view);
  const all = merger.drawn ?? [series, ...compared];
  // Each compared series in the first one's view where it has it, else in its own (a second unit); places followed all in the view.
  const seriesViews = view ? all.map((one, i) => (i === 0 || merger.following ? view : (comparedView(one, view, compareViews[one.id] ?? null) ?? view))) : [];
  // The first with its sources, the others as drawn (figures:points); asked again only when this changes as text.
  const { data, loading } = useComparedFigures(seriesViews.map((one, i) => ({ series: all[i]!, basis: one.basis, unit: one.unit })));
  const figureLists = useMemo(() => merger.clip(data ?? []), [data, merger]);
  const points = useMemo(() => figureLists[0] ?? [], [figureLists]);

  const spec = useMemo(() => effectiveSpec(transform, figureLists), [transform, figureLists]);
  const layout = layOut(all, seriesViews, figureLists, spec, frame, lang);
  const { year } = layout;
  const shown = layout.shown.map((one, i) => ({ ...one, name: merger.nameOf(i, one.name) }));

  const transformed = spec !== 'none';
  // asked once the figures are in: the first ask after a change runs the whole store's checks (seconds)
  // marks go on the first line drawn (a former province while following the merger)
  const marked = all[0] ?? series;
  const checkMarks = useCheckMarks(marked.id, data ? (view?.basis ?? null) : null, points, !transformed);
  const several = all.length > 1 || merger.following;
  const unit = points[0]?.unit ?? view?.unit ?? 'pct';
  const basis = view?.basis ?? 'yoy';
  // the reference list's unit in the reader's language; the source's own words only where it has none
  const quantityUnit = itemQuantityUnit(series.item, lang) ?? points[0]?.quantityUnit ?? null;
  const transformLabel = transformed ? parseTransform(spec).label[lang] : null;
  const out = shown.find((one) => one.points.length > 0) ?? shown[0];
  const outUnit = transformed ? (out?.unit ?? unit) : unit;
  // Averages stay on the series' own basis, which the axis then names too; the others say theirs.
  const keepsBasis = AVERAGES.includes(choiceOf(spec));
  const axisTransform = transformLabel ? { label: transformLabel, keepsBasis } : null;
  const axisTitle = axisTitleOf(lang, { basis, unit, quantityUnit }, axisTransform);
  const rightAxis = rightAxisOf(layout, seriesViews, lang, axisTransform);
  const leftWhat = transformLabel ? `${v.measures[series.measure]} — ${transformLabel}` : figureTitle(lang, series.measure, basis, unit, quantityUnit);
  // A second unit is named too, as its axis is.
  const what = rightAxis ? `${leftWhat}; ${rightAxis.title} ${SERIES_CHART_STRINGS[lang].rightAxis}` : leftWhat;
  const name = seriesName(series, lang);
  const names = shown.map((one) => one.name).join(', ');
  const title = `${names} — ${what}`;
  const { notes, periods } = useChartNotes({ geo: series.geo.code, item: series.item.code, measure: series.measure, basis }, points);
  const shownChart = {
    series: all,
    names: shown.map((one) => one.name),
    figures: figureLists,
    shown,
    basis,
    unit,
    views: seriesViews,
    span: layout.span,
    figuresWithin: all.map((_, i) => merger.monthsOf(i)),
    spec,
    lang,
    notes,
  };
  const asOf = useAsOf();
  const report = useReportError();
  // A compared series' point is drawn without sources: the panel opens on the figure asked for whole.
  const pick = (figure: (typeof points)[number]) => {
    const subject = shown.find((one) => one.id === figure.seriesId)?.name ?? name;
    if (!isDrawnOnly(figure)) return openFigurePanel(figure, subject);
    wholeFigure(figure, asOf).then((whole) => whole && openFigurePanel(whole, subject), report);
  };
  const current = data !== undefined;
  const hasPoints = shown.some((one) => one.points.length > 0);

  return (
    <section className="panel" aria-busy={loading}>
      <header className="panel__head">
        <h2 className="chart-title" data-testid="chart-title">
          <span className="chart-title__name">{names}</span>
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
      <MergerLine merger={merger} />
      {view && !merger.following && (
        <CompareControl primary={series} compared={compared} view={view} views={compareViews} onAdd={onAddSeries} onRemove={onRemoveSeries} />
      )}
      {figureLists.length > 0 && <TransformControl spec={spec} figures={figureLists} onChange={onTransform} />}
      {figureLists.length > 0 && <TimeFrameControl frame={frame} onChange={onFrame} layout={layout} />}
      {current && !hasPoints && <p className="empty">{s.noFigures}</p>}
      {hasPoints && (
        <>
          {frame.yearLines && year !== null ? (
            <>
              <YearOverYearChart
                seriesId={series.id}
                points={layout.whole[0]!.points}
                year={year}
                unit={outUnit}
                axisTitle={axisTitle}
                quantityUnit={quantityUnit}
                label={title}
              />
              {several && <p className="muted">{t.firstOnly(name)}</p>}
            </>
          ) : (
            <SeriesChart
              seriesId={series.id}
              series={shown}
              unit={outUnit}
              axisTitle={axisTitle}
              transformLabel={transformLabel}
              quantityUnit={quantityUnit}
              label={title}
              notes={notes}
              markedBreak={merger.markedBreak}
              rightAxis={rightAxis}
              onPick={pick}
              marks={checkMarks.marks}
            />
          )}
          <CheckMarksNote {...checkMarks} series={marked} basis={basis} unit={unit} />
          <MergerNote merger={merger} />
          {transformed && <NotComputedNote series={shown} />}
          <div className="panel__tools">
            <ExportMenu chartTestId="chart" title={title} request={shownExportRequest(shownChart)} spec={() => shownChartSpec(shownChart)} />
            <ExportLeavesOut shown={shown} spec={spec} yearLines={frame.yearLines && year !== null} />
            <SeriesNoteButton key={series.id} series={series} basis={basis} periods={periods} />
          </div>
          <UndoDelete />
          <ChartFootnotes notes={notes} />
          {transformed || several ? (
            <ComparisonTable caption={title} unit={outUnit} quantityUnit={quantityUnit} series={shown} />
          ) : (
            <FigureTable figures={withinRange(points, layout.span)} caption={title} onPick={pick} />
          )}
        </>
      )}
      {!current && loading && <p className="muted">{common.loading}</p>}
    </section>
  );
}
