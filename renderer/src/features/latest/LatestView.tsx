// The latest release at a glance: the release named and what it changed (LatestRelease), the
// headline change, then sections, the strongest and weakest industries, localities and key
// products, each ranked.
import { useMemo } from 'react';
import type { FigureValue, LatestSummary, RankingRow } from '@shared/contract/figures.js';
import { rankBars, strongestAndWeakest, type RankedBar } from '@shared/charts/ranking.js';
import { formatDate, formatFigure, formatPeriod } from '@shared/format.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { RankingChart } from '../../charts/RankingChart/RankingChart.js';
import { SelectField } from '../../components/SelectField.js';
import { periodOptions } from '../../components/selectOptions.js';
import { ChartFootnotes } from '../notes/ChartFootnotes.js';
import { openFigurePanel } from '../notes/notesState.js';
import { useRankingNotes } from '../notes/useChartNotes.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { LatestRelease } from './LatestRelease.js';
import { latestPeriodStore } from './latestState.js';
import { LATEST_STRINGS } from './strings.js';

const EXTREMES = 5;

export function LatestView() {
  const lang = useLang();
  const s = useStrings(LATEST_STRINGS);
  const common = useStrings(COMMON_STRINGS);
  const period = useStore(latestPeriodStore);
  const { data: summary, loading } = useBridgeQuery('latest:summary', period ? { period } : {});
  // The newest release; for a period the user chose, the newest release that states it.
  const { data: changes } = useBridgeQuery('releases:changes', period ? { period } : {});

  return (
    <div className="latest" data-testid="view-latest" aria-busy={loading}>
      {summary && (
        <>
          <header className="latest__head">
            <SelectField
              label={s.period}
              testId="latest-period"
              value={summary.period}
              options={periodOptions(
                summary.periods.map((p) => p.period),
                lang,
              )}
              onChange={(period) => latestPeriodStore.set(period)}
            />
          </header>
          {changes !== undefined && <LatestRelease changes={changes} />}
          <Headline summary={summary} />
          <div className="latest__grid">
            <RankBlock testId="latest-sections" title={s.sections} rows={summary.sections} />
            <RankBlock testId="latest-industries" title={s.industries} rows={summary.industries} extremes={EXTREMES} />
            <RankBlock testId="latest-localities" title={s.localities} rows={summary.localities} />
            <RankBlock testId="latest-products" title={s.products} rows={summary.products} />
          </div>
        </>
      )}
      {!summary && loading && <p className="muted">{common.loading}</p>}
    </div>
  );
}

function Headline({ summary }: { summary: LatestSummary }) {
  const lang = useLang();
  const s = useStrings(LATEST_STRINGS);
  const common = useStrings(COMMON_STRINGS);
  const { headline, headlineMom } = summary;
  return (
    <section className="headline" aria-label={s.headline}>
      <p className="headline__label">
        {s.headline} · {formatPeriod(summary.period, lang)}
      </p>
      {headline ? (
        <>
          <p className="headline__value" data-testid="latest-headline">
            {formatFigure(headline, lang)}
          </p>
          <p className="headline__what">{figureTitle(lang, headline.measure, headline.basis, headline.unit)}</p>
          {headlineMom && (
            <p className="headline__mom" data-testid="latest-headline-mom">
              <strong>{formatFigure(headlineMom, lang)}</strong> {s.mom}
            </p>
          )}
          <SourceLine figure={headline} />
        </>
      ) : (
        <p className="empty" data-testid="latest-headline">
          {common.emptyPeriod}
        </p>
      )}
    </section>
  );
}

function SourceLine({ figure }: { figure: FigureValue }) {
  const lang = useLang();
  const v = useStrings(VOCABULARY);
  const source = figure.sources[0];
  if (!source) return null;
  return (
    <p className="headline__source" title={source.quote ?? source.location ?? undefined}>
      {v.status[figure.status]} · {source.releaseName}, {formatDate(source.publishedOn, lang)}
    </p>
  );
}

interface BlockProps {
  testId: string;
  title: string;
  rows: RankingRow[];
  /** Show only the n highest and n lowest. */
  extremes?: number;
}

function RankBlock({ testId, title, rows, extremes }: BlockProps) {
  const lang = useLang();
  const v = useStrings(VOCABULARY);
  const common = useStrings(COMMON_STRINGS);
  const bars: RankedBar[] = useMemo(() => {
    const ranked = rankBars(rows, lang);
    return extremes ? strongestAndWeakest(ranked, extremes) : ranked;
  }, [rows, lang, extremes]);
  const notes = useRankingNotes(bars);
  const first = bars[0]?.figure;
  const what = first ? figureTitle(lang, first.measure, first.basis, first.unit) : '';
  return (
    <section className="block" data-testid={testId} data-count={bars.length}>
      <h3 className="block__title">{title}</h3>
      {first && <p className="block__what">{what}</p>}
      {bars.length === 0 ? (
        <p className="empty">{common.emptyPeriod}</p>
      ) : (
        <RankingChart
          bars={bars}
          axisTitle={v.axis(first?.basis ?? 'yoy', first?.unit ?? 'pct', null)}
          label={`${title} — ${what}`}
          notes={notes}
          onPick={(bar) => openFigurePanel(bar.figure, bar.name)}
        />
      )}
      <ChartFootnotes notes={notes} />
    </section>
  );
}
