// A figure's vintages: first estimate and each revision, oldest first, as a table that can be
// selected and copied, with a step chart of value by publication date, and the series' mean
// absolute revision for the figure's period kind (figures:history, figures:revisions).
import { useState } from 'react';
import './figure.css';
import type { FigureValue } from '@shared/contract/figures.js';
import { formatChange, formatDate, formatNumber, formatValue } from '@shared/format.js';
import { publisherShown } from '@shared/not-stated.js';
import { parsePeriod } from '@shared/period.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { RevisionChart } from '../../charts/RevisionChart/RevisionChart.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { FIGURE_STRINGS } from './strings.js';

/** A change in the figure's unit: % changes and indices move by points, signed. */
function formatShift(value: number, decimals: number, unit: FigureValue['unit'], lang: 'vi' | 'en'): string {
  if (unit === 'qty') return `${value > 0 ? '+' : ''}${formatNumber(value, decimals, lang)}`;
  return formatChange(value, decimals, lang)
    .replace('%', '')
    .concat(lang === 'vi' ? ' điểm' : ' pt');
}

export function FigureHistory({ figure, subject }: { figure: FigureValue; subject: string }) {
  const lang = useLang();
  const s = useStrings(FIGURE_STRINGS);
  const v = useStrings(VOCABULARY);
  const key = { geo: figure.geo, item: figure.item, measure: figure.measure };
  const { data: histories } = useBridgeQuery('figures:history', { ...key, period: figure.period, basis: figure.basis });
  const { data: revisions } = useBridgeQuery('figures:revisions', { ...key, basis: figure.basis });
  const history = histories?.find((h) => h.unit === figure.unit) ?? histories?.[0];
  const [chartOpen, setChartOpen] = useState(true);
  const kind = parsePeriod(figure.period)?.kind ?? 'month';
  const mean = revisions?.meanAbsoluteRevision.find((m) => m.kind === kind);

  return (
    <section className="figure-history" data-testid="figure-history" aria-labelledby="figure-history-title">
      <h3 id="figure-history-title">{s.history}</h3>
      {!histories ? (
        <p className="muted">{s.loadingHistory}</p>
      ) : !history ? (
        <p className="muted">{s.noRevisions}</p>
      ) : (
        <>
          <table className="vintages" data-testid="figure-vintages" data-count={history.vintages.length}>
            <caption className="muted">{s.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.release}</th>
                <th scope="col" className="num">
                  {s.value}
                </th>
                <th scope="col" className="num">
                  {s.change}
                </th>
              </tr>
            </thead>
            <tbody>
              {history.vintages.map((vintage, i) => (
                <tr key={`${vintage.releaseId}-${i}`} data-testid="figure-vintage" data-kind={vintage.kind} data-release-id={vintage.releaseId}>
                  <td>
                    <strong>{vintage.releaseName}</strong>
                    <span className="vintages__meta">{s.publisherIs(publisherShown(vintage.publisher, lang))}</span>
                    <span className="vintages__meta">
                      {s.publishedOn(formatDate(vintage.publishedOn, lang))} · {v.status[vintage.status]} · <em>{s.vintageKind[vintage.kind]}</em>
                    </span>
                  </td>
                  <td className="num">{formatValue(vintage.value, history.unit, vintage.decimals, lang, figure.quantityUnit)}</td>
                  <td className="num">{vintage.change === null ? '—' : formatShift(vintage.change, vintage.decimals, history.unit, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {history.vintages.length > 1 && (
            <>
              <button
                type="button"
                className="button button--small"
                data-testid="revision-chart-toggle"
                aria-expanded={chartOpen}
                onClick={() => setChartOpen((open) => !open)}
              >
                {chartOpen ? s.hideChart : s.showChart}
              </button>
              {chartOpen && (
                <figure className="figure-history__chart">
                  <RevisionChart
                    vintages={history.vintages}
                    unit={history.unit}
                    quantityUnit={figure.quantityUnit}
                    axisTitle={v.views(history.basis, history.unit)}
                    label={s.chartLabel(subject)}
                  />
                  <figcaption className="muted">{s.chartCaption}</figcaption>
                </figure>
              )}
            </>
          )}
        </>
      )}
      {revisions !== undefined && (
        <p className="figure-history__mean" data-testid="mean-revision">
          {mean ? s.meanRevision(formatNumber(mean.value, mean.decimals, lang), mean.restated, mean.periods, v.kinds[kind]) : s.noMeanRevision}
        </p>
      )}
    </section>
  );
}
