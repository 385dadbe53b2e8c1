// Ranking mode: one period, one group (sections, industries, localities or products), bars
// from highest to lowest.
import { useMemo } from 'react';
import { RANKING_SHOWS, RANKING_SIZES, rankBars, shownBars } from '@shared/charts/ranking.js';
import type { RankingGroup } from '@shared/contract/figures.js';
import type { Basis, Measure } from '@shared/domain.js';
import { formatFigure, formatPeriod } from '@shared/format.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { RankingChart } from '../../charts/RankingChart/RankingChart.js';
import { SelectField } from '../../components/SelectField.js';
import { numberOptions, periodOptions } from '../../components/selectOptions.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import type { RankingChoice } from './exploreState.js';
import { rankingChartSpec } from '@shared/export/chart-spec.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { ChartFootnotes } from '../notes/ChartFootnotes.js';
import { openFigurePanel } from '../notes/notesState.js';
import { UndoDelete } from '../notes/UndoDelete.js';
import { useRankingNotes } from '../notes/useChartNotes.js';
import { GroupField } from './GroupField.js';
import { RANKING_STRINGS } from './rankingStrings.js';
import { EXPLORE_STRINGS } from './strings.js';
import { useNationalReference } from './useNationalReference.js';
const RANKING_BASES: readonly Basis[] = ['yoy', 'mom'];

/** Products are ranked by the change in their physical output; everything else by IIP. */
export const rankingMeasure = (group: RankingGroup): Measure => (group === 'product' ? 'output' : 'iip');

interface Props {
  choice: RankingChoice;
  onChange: (choice: RankingChoice) => void;
}

export function RankingPanel({ choice, onChange }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const v = useStrings(VOCABULARY);
  const common = useStrings(COMMON_STRINGS);
  const r = useStrings(RANKING_STRINGS);
  const summary = useBridgeQuery('latest:summary', {}).data;
  const period = choice.period ?? summary?.period ?? null;
  const periods = useMemo(() => {
    const rankable = (summary?.periods ?? []).filter((p) => p.rankable).map((p) => p.period);
    return period && !rankable.includes(period) ? [period, ...rankable] : rankable;
  }, [summary, period]);
  const input = period ? { period, basis: choice.basis, group: choice.group, measure: rankingMeasure(choice.group) } : null;
  const { data, loading, dataKey } = useBridgeQuery('figures:ranking', input);
  const ranking = data && dataKey === JSON.stringify(input) ? data : undefined;
  const ranked = useMemo(() => (ranking ? rankBars(ranking.rows, lang) : []), [ranking, lang]);
  const bars = useMemo(() => shownBars(ranked, choice.show, choice.size), [ranked, choice.show, choice.size]);
  const national = useNationalReference(choice.group, period, choice.basis, bars[0]?.figure.unit ?? null);
  const reference = useMemo(
    () => (national.figure ? { value: national.figure.value, label: r.reference(formatFigure(national.figure, lang)) } : null),
    [national.figure, r, lang],
  );

  const notes = useRankingNotes(bars);
  const first = bars[0]?.figure;
  const what = first ? figureTitle(lang, first.measure, first.basis, first.unit) : figureTitle(lang, rankingMeasure(choice.group), choice.basis, 'pct');
  const shown = r.shown(choice.show, choice.size);
  const groupShown = shown ? `${s.rankingGroups[choice.group]} (${shown})` : s.rankingGroups[choice.group];
  // Exports draw no reference line: their title states the whole country's figure instead.
  const exportTitle = reference ? `${groupShown} · ${reference.label}` : groupShown;
  const title = `${groupShown}${period ? `, ${formatPeriod(period, lang)}` : ''} — ${what}`;

  return (
    <section className="panel" aria-busy={loading}>
      <header className="panel__head">
        <h2 className="chart-title" data-testid="ranking-title">
          {title}
        </h2>
        <div className="fields">
          <GroupField testId="ranking-group" value={choice.group} onChange={(group) => onChange({ ...choice, group })} />
          <SelectField
            label={s.period}
            testId="ranking-period"
            value={period ?? ''}
            options={periodOptions(periods, lang)}
            onChange={(p) => onChange({ ...choice, period: p })}
          />
          <SelectField
            label={s.basis}
            testId="ranking-basis"
            value={choice.basis}
            options={RANKING_BASES.map((b) => ({ value: b, label: v.views(b, 'pct') }))}
            onChange={(basis) => onChange({ ...choice, basis })}
          />
          <SelectField
            label={r.show}
            testId="ranking-show"
            value={choice.show}
            options={RANKING_SHOWS.map((show) => ({ value: show, label: r.shows[show] }))}
            onChange={(show) => onChange({ ...choice, show })}
          />
          <SelectField
            label={r.size}
            testId="ranking-size"
            value={String(choice.size)}
            disabled={choice.show === 'all'}
            options={numberOptions(RANKING_SIZES)}
            onChange={(size) => onChange({ ...choice, size: Number(size) })}
          />
        </div>
      </header>
      {ranking && bars.length === 0 && <p className="empty">{common.emptyPeriod}</p>}
      {bars.length > 0 && (
        <RankingChart
          bars={bars}
          axisTitle={v.axis(first?.basis ?? choice.basis, first?.unit ?? 'pct', null)}
          label={title}
          notes={notes}
          onPick={(bar) => openFigurePanel(bar.figure, bar.name)}
          reference={reference}
        />
      )}
      {bars.length > 0 && national.missing && (
        <p className="muted" data-testid="ranking-no-reference" data-reason={national.missing}>
          {national.missing === 'product' ? r.noProductReference : r.noReference}
        </p>
      )}
      {bars.length > 0 && period && (
        <div className="panel__tools">
          <ExportMenu
            chartTestId="ranking-chart"
            spec={() => rankingChartSpec(bars, { lang, title: exportTitle, group: s.rankingGroups[choice.group], notes })}
            title={title}
            request={{
              geos: [...new Set(bars.map((b) => b.geo))],
              items: [...new Set(bars.map((b) => b.item))],
              period,
              basis: choice.basis,
              measure: rankingMeasure(choice.group),
              chart: 'bar',
              title: exportTitle,
              lang,
            }}
          />
        </div>
      )}
      <UndoDelete />
      <ChartFootnotes notes={notes} />
      {!ranking && loading && <p className="muted">{common.loading}</p>}
    </section>
  );
}
