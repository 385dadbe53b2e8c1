// One finding: the figure (name, period, what it measures), the two values side by side with where
// each comes from, the gap and what rounding allows, the message, and a link to the series' chart.
import type { Finding, FindingSide, StatedValue } from '@shared/contract/analysis.js';
import { formatDate, formatNumber, formatPeriod, formatValue } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { publisherShown } from '@shared/not-stated.js';
import type { Unit } from '@shared/domain.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { figureName, gapDecimals, toleranceShownDecimals } from './checksState.js';
import { CHECKS_STRINGS } from './strings.js';

interface Props {
  finding: Finding;
  /** Opens Explore on the finding's series; absent when the catalog does not (yet) hold it. */
  onOpenChart: (() => void) | undefined;
}

/** A difference in the figure's unit: changes differ by points, so % and pp gaps read "pp". */
function differenceText(value: number, unit: Unit, decimals: number, lang: Lang, signed: boolean): string {
  const sign = signed && value > 0 && Math.round(value * 10 ** decimals) !== 0 ? '+' : '';
  const points = unit === 'pct' || unit === 'pp' ? (lang === 'vi' ? ' điểm %' : ' pp') : '';
  return `${sign}${formatNumber(value, decimals, lang)}${points}`;
}

export function FindingItem({ finding, onOpenChart }: Props) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const { figure } = finding;
  const revision = finding.kind === 'revision-vs-first-estimate';
  const decimals = gapDecimals(finding);
  return (
    <li
      className="finding"
      data-testid="check-finding"
      data-kind={finding.kind}
      data-series-id={figure.seriesId}
      data-period={figure.period}
      data-code={finding.code}
    >
      <div className="finding__head">
        <h4 className="finding__name" data-testid="check-finding-name">
          {figureName(figure, lang)} · {formatPeriod(figure.period, lang)}
        </h4>
        <p className="finding__what">
          {figureTitle(lang, figure.measure, figure.basis, figure.unit)}
          {figure.baseYear !== null && ` · ${figure.baseYear} = 100`}
        </p>
      </div>
      <div className="finding__sides">
        <Side testId="check-finding-stated" title={revision ? s.latest : s.stated} side={finding.stated} unit={figure.unit} />
        <Side testId="check-finding-against" title={revision ? s.firstEstimate : s.against} side={finding.against} unit={figure.unit} />
        <dl className="finding__gap">
          <dt>{s.gap}</dt>
          <dd data-testid="check-finding-gap">{differenceText(finding.gap, figure.unit, decimals, lang, true)}</dd>
          <dt>{s.tolerance}</dt>
          <dd data-testid="check-finding-tolerance">±{differenceText(finding.tolerance, figure.unit, toleranceShownDecimals(finding), lang, false)}</dd>
        </dl>
      </div>
      <p className="finding__message" data-testid="check-finding-message">
        {finding.message[lang]}
      </p>
      {onOpenChart && (
        <button type="button" className="button button--link finding__open" data-testid="check-open-chart" onClick={onOpenChart}>
          {s.openChart} →
        </button>
      )}
    </li>
  );
}

function Side({ testId, title, side, unit }: { testId: string; title: string; side: FindingSide; unit: Unit }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const v = useStrings(VOCABULARY);
  const method = side.method ? (s.methods[side.method] ?? side.method) : null;
  const single = side.origin === 'stated' && side.sources.length === 1 ? side.sources[0] : undefined;
  return (
    <div className="finding__side" data-testid={testId} data-origin={side.origin}>
      <p className="finding__side-title">{side.origin === 'computed' ? (method ? s.computed(method) : s.computedPlain) : title}</p>
      <p className="finding__value" data-testid={`${testId}-value`}>
        {formatValue(side.value, unit, side.decimals, lang)}
      </p>
      {single ? (
        <SourceLine source={single} />
      ) : (
        <details className="finding__inputs">
          <summary>{s.inputs(side.sources.length)}</summary>
          <ul>
            {side.sources.map((source, i) => (
              <li key={i}>
                <span className="finding__input-figure">
                  {figureName(source.figure, lang)} · {formatPeriod(source.figure.period, lang)}:{' '}
                  {formatValue(source.value, source.figure.unit, source.decimals, lang)}{' '}
                  <span className="muted">({v.views(source.figure.basis, source.figure.unit)})</span>
                </span>
                <SourceLine source={source} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function SourceLine({ source }: { source: StatedValue }) {
  const lang = useLang();
  const v = useStrings(VOCABULARY);
  return (
    <p className="finding__source" data-testid="check-source" title={source.quote ?? source.location ?? undefined}>
      <span className="finding__release">{source.releaseName}</span> · {publisherShown(source.publisher, lang)} · {formatDate(source.publishedOn, lang)} ·{' '}
      <span className={`status status--${source.status}`}>{v.status[source.status]}</span>
    </p>
  );
}
