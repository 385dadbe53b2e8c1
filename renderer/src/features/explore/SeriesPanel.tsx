// One series over time, or several on one chart: the comparison selector, the transformation, the
// chart on a time axis, what could not be computed, and the table of the same numbers.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { seriesName } from '@shared/format.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { SeriesChart } from '../../charts/SeriesChart/SeriesChart.js';
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
import { applyTransform, choiceOf, effectiveSpec, withTet, type ShownSeries, type TransformChoice } from './transform.js';
import { TransformControl } from './TransformControl.js';
import { useSeriesFigures } from './useSeriesFigures.js';
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
  onAddSeries: (series: SeriesSummary) => void;
  onRemoveSeries: (seriesId: number) => void;
}

export function SeriesPanel({ series, compared, chosenView, onChooseView, transform, onTransform, onAddSeries, onRemoveSeries }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const v = useStrings(VOCABULARY);
  const common = useStrings(COMMON_STRINGS);
  const views = orderedViews(series.views);
  const view = resolveView(views, chosenView);
  const viewBasis = view?.basis ?? null;
  const viewUnit = view?.unit ?? null;
  // Following a place across the 2025 merger draws its former provinces and locality instead.
  const merger = useMergerSeries(series, view);
  const all = merger.drawn ?? [series, ...compared];
  // Asked again only when this changes as text (the hook keys its queries by their JSON).
  const inputs = viewBasis && viewUnit ? all.map((one) => ({ seriesId: one.id, basis: viewBasis, unit: viewUnit })) : [];
  const { data, loading } = useSeriesFigures(inputs);
  const figureLists = useMemo(() => merger.clip((data ?? []).map((answer) => answer.points)), [data, merger]);
  const points = useMemo(() => figureLists[0] ?? [], [figureLists]);

  const spec = useMemo(() => effectiveSpec(transform, figureLists), [transform, figureLists]);
  const shown = all.map((one, i) => {
    const figures = figureLists[i] ?? [];
    const outcome = applyTransform(figures, spec);
    const drawn: ShownSeries = outcome.ok ? withTet(figures, spec, outcome.series) : { basis: viewBasis ?? 'yoy', unit: viewUnit ?? 'pct', points: [] };
    return { id: one.id, name: merger.nameOf(i, seriesName(one, lang)), ...drawn };
  });

  const transformed = spec !== 'none';
  // asked once the figures are in: the first ask after a change runs the whole store's checks (seconds)
  const checkMarks = useCheckMarks(series.id, data ? viewBasis : null, points, !transformed);
  const several = all.length > 1 || merger.following;
  const unit = points[0]?.unit ?? view?.unit ?? 'pct';
  const basis = view?.basis ?? 'yoy';
  const quantityUnit = points[0]?.quantityUnit ?? (lang === 'vi' ? series.item.quantityUnitVi : (series.item.quantityUnitEn ?? series.item.quantityUnitVi));
  const transformLabel = transformed ? parseTransform(spec).label[lang] : null;
  const out = shown.find((one) => one.points.length > 0) ?? shown[0];
  const outUnit = transformed ? (out?.unit ?? unit) : unit;
  // Averages stay on the series' own basis, which the axis then names too; the others say theirs.
  const keepsBasis = AVERAGES.includes(choiceOf(spec));
  const axisTitle = !transformLabel
    ? v.axis(basis, unit, quantityUnit)
    : keepsBasis
      ? `${transformLabel} — ${v.axis(basis, unit, quantityUnit)}`
      : transformLabel;
  const what = transformLabel ? `${v.measures[series.measure]} — ${transformLabel}` : figureTitle(lang, series.measure, basis, unit, quantityUnit);
  const name = seriesName(series, lang);
  const names = shown.map((one) => one.name).join(', ');
  const title = `${names} — ${what}`;
  const { notes, periods } = useChartNotes({ geo: series.geo.code, item: series.item.code, measure: series.measure, basis }, points);
  const shownChart = { series: all, names: shown.map((one) => one.name), figures: figureLists, shown, basis, unit, spec, lang, notes };
  const pick = (figure: (typeof points)[number]) => openFigurePanel(figure, name);
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
      {view && !merger.following && <CompareControl primary={series} compared={compared} view={view} onAdd={onAddSeries} onRemove={onRemoveSeries} />}
      {figureLists.length > 0 && <TransformControl spec={spec} figures={figureLists} onChange={onTransform} />}
      {current && !hasPoints && <p className="empty">{s.noFigures}</p>}
      {hasPoints && (
        <>
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
            onPick={pick}
            marks={checkMarks.marks}
          />
          <CheckMarksNote {...checkMarks} series={series} basis={basis} unit={unit} />
          <MergerNote merger={merger} />
          {transformed && <NotComputedNote series={shown} />}
          <div className="panel__tools">
            <ExportMenu chartTestId="chart" title={title} request={shownExportRequest(shownChart)} spec={() => shownChartSpec(shownChart)} />
            <ExportLeavesOut shown={shown} spec={spec} />
            <SeriesNoteButton key={series.id} series={series} basis={basis} periods={periods} />
          </div>
          <UndoDelete />
          <ChartFootnotes notes={notes} />
          {transformed || several ? (
            <ComparisonTable caption={title} unit={outUnit} quantityUnit={quantityUnit} series={shown} />
          ) : (
            <FigureTable figures={points} caption={title} onPick={pick} />
          )}
        </>
      )}
      {!current && loading && <p className="muted">{common.loading}</p>}
    </section>
  );
}
