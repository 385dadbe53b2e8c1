// The latest release at a glance: the headline change, then sections, the strongest and weakest
// industries, localities and key products, each ranked.
import { useMemo } from 'react';
import type { FigureValue, LatestSummary, RankingRow } from '@shared/contract/figures.js';
import { RankingChart } from '../../charts/RankingChart/RankingChart.js';
import { rankBars, strongestAndWeakest, type RankedBar } from '@shared/charts/ranking.js';
import { formatDate, formatFigure, formatPeriod } from '@shared/format.js';
import { figureTitle, STRINGS, type Lang } from '../../i18n.js';
import { useBridgeQuery } from '../../useBridgeQuery.js';

const EXTREMES = 5;

interface Props {
  period: string | null;
  onPeriod: (period: string) => void;
  lang: Lang;
}

export function LatestView({ period, onPeriod, lang }: Props) {
  const s = STRINGS[lang];
  const { data: summary, loading } = useBridgeQuery('latest:summary', period ? { period } : {});

  return (
    <div className="latest" data-testid="view-latest" aria-busy={loading}>
      {summary && (
        <>
          <header className="latest__head">
            <label className="field">
              <span className="field__label">{s.latest.period}</span>
              <select data-testid="latest-period" value={summary.period} onChange={(e) => onPeriod(e.target.value)}>
                {summary.periods.map((p) => (
                  <option key={p.period} value={p.period}>
                    {formatPeriod(p.period, lang)}
                  </option>
                ))}
              </select>
            </label>
          </header>
          <Headline summary={summary} lang={lang} />
          <div className="latest__grid">
            <RankBlock testId="latest-sections" title={s.latest.sections} rows={summary.sections} lang={lang} />
            <RankBlock testId="latest-industries" title={s.latest.industries} rows={summary.industries} lang={lang} extremes={EXTREMES} />
            <RankBlock testId="latest-localities" title={s.latest.localities} rows={summary.localities} lang={lang} />
            <RankBlock testId="latest-products" title={s.latest.products} rows={summary.products} lang={lang} />
          </div>
        </>
      )}
      {!summary && loading && <p className="muted">{s.loading}</p>}
    </div>
  );
}

function Headline({ summary, lang }: { summary: LatestSummary; lang: Lang }) {
  const s = STRINGS[lang];
  const { headline, headlineMom } = summary;
  return (
    <section className="headline" aria-label={s.latest.headline}>
      <p className="headline__label">
        {s.latest.headline} · {formatPeriod(summary.period, lang)}
      </p>
      {headline ? (
        <>
          <p className="headline__value" data-testid="latest-headline">
            {formatFigure(headline, lang)}
          </p>
          <p className="headline__what">{figureTitle(lang, headline.measure, headline.basis, headline.unit)}</p>
          {headlineMom && (
            <p className="headline__mom" data-testid="latest-headline-mom">
              <strong>{formatFigure(headlineMom, lang)}</strong> {s.latest.mom}
            </p>
          )}
          <SourceLine figure={headline} lang={lang} />
        </>
      ) : (
        <p className="empty" data-testid="latest-headline">
          {s.latest.empty}
        </p>
      )}
    </section>
  );
}

function SourceLine({ figure, lang }: { figure: FigureValue; lang: Lang }) {
  const s = STRINGS[lang];
  const source = figure.sources[0];
  if (!source) return null;
  return (
    <p className="headline__source" title={source.quote ?? source.location ?? undefined}>
      {s.status[figure.status]} · {source.releaseName}, {formatDate(source.publishedOn, lang)}
    </p>
  );
}

interface BlockProps {
  testId: string;
  title: string;
  rows: RankingRow[];
  lang: Lang;
  /** Show only the n highest and n lowest. */
  extremes?: number;
}

function RankBlock({ testId, title, rows, lang, extremes }: BlockProps) {
  const s = STRINGS[lang];
  const bars: RankedBar[] = useMemo(() => {
    const ranked = rankBars(rows, lang);
    return extremes ? strongestAndWeakest(ranked, extremes) : ranked;
  }, [rows, lang, extremes]);
  const first = bars[0]?.figure;
  const what = first ? figureTitle(lang, first.measure, first.basis, first.unit) : '';
  return (
    <section className="block" data-testid={testId} data-count={bars.length}>
      <h3 className="block__title">{title}</h3>
      {first && <p className="block__what">{what}</p>}
      {bars.length === 0 ? (
        <p className="empty">{s.latest.empty}</p>
      ) : (
        <RankingChart bars={bars} axisTitle={s.axis(first?.basis ?? 'yoy', first?.unit ?? 'pct', null)} label={`${title} — ${what}`} lang={lang} />
      )}
    </section>
  );
}
