// Consistency checks of the store (or of one release; as of the app's date): how much each kind could check,
// then the gaps beyond rounding grouped by kind, a hundred at a time, and the revisions of first
// estimates apart, collapsed. Each finding opens its series in Explore as the notes list does.
import { useMemo, useState } from 'react';
import type { CheckedFigure, ChecksReport, Finding } from '@shared/contract/analysis.js';
import { formatCount, formatDate } from '@shared/format.js';
import { publisherShown } from '@shared/not-stated.js';
import { invoke } from '../../bridge/bridge.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { SelectField } from '../../components/SelectField.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useAsOf, withAsOf } from '../../state/asOf.js';
import { useStore } from '../../state/createStore.js';
import { useReportError } from '../../state/errors.js';
import { openTab } from '../../state/navigation.js';
import { selectSeries, updateExplore } from '../explore/exploreState.js';
import { ChecksSummary } from './ChecksSummary.js';
import { checksFilterStore, filteredFindings } from './checksFilter.js';
import { SeriesFilterBar } from './SeriesFilterBar.js';
import { groupByKind, moreShown, PAGE_SIZE, REVISIONS_SHOWN, sortRevisions } from './checksState.js';
import { FindingItem } from './FindingItem.js';
import { CHECKS_STRINGS } from './strings.js';
import './checks.css';

type OpenChart = (figure: CheckedFigure) => () => void;

/**
 * Explore on the figure's series, showing the figure's basis and unit when the series has them. The
 * series is asked for when its chart is opened (the whole catalog is megabytes on a national store).
 */
function useOpenChart(): OpenChart {
  const asOf = useAsOf();
  const report = useReportError();
  return (figure) => () => {
    invoke('catalog:list', withAsOf('catalog:list', { ids: [figure.seriesId] }, asOf)).then((page) => {
      const series = page.groups[0]?.series[0];
      if (!series) return;
      const view = series.views.some((v) => v.basis === figure.basis && v.unit === figure.unit) ? `${figure.basis}/${figure.unit}` : null;
      // as published: a finding is about a stored figure, marked on the line drawn as stated
      updateExplore((st) => ({ ...selectSeries(st, series), view, transform: 'none' }));
      openTab('explore');
    }, report);
  };
}

export function ChecksView() {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const common = useStrings(COMMON_STRINGS);
  const [releaseId, setReleaseId] = useState<number | null>(null);
  const asOf = useAsOf();
  // Both dated by the app's as-of date: the releases published by then, the figures known then.
  const releases = useBridgeQuery('releases:list', {}).data;
  const sortedReleases = useMemo(() => [...(releases ?? [])].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.id - a.id), [releases]);
  // A release chosen before the as-of date moved back past its publication is not asked about meanwhile.
  const picked = sortedReleases.find((r) => r.id === releaseId);
  const scoped = picked && asOf !== null && picked.publishedOn > asOf ? null : releaseId;
  const input = scoped !== null ? { releaseId: scoped } : {};
  const { data: report, loading } = useBridgeQuery('analysis:checks', input);
  const openChart = useOpenChart();

  return (
    <div className="checks" data-testid="view-checks" aria-busy={loading}>
      <h2 className="view-title">{s.title}</h2>
      <p className="muted">{s.intro}</p>
      <div className="fields checks__scope">
        <SelectField
          label={s.scope}
          testId="checks-release"
          value={scoped === null ? '' : String(scoped)}
          options={[
            { value: '', label: s.wholeStore },
            ...sortedReleases.map((r) => ({
              value: String(r.id),
              label: `${r.name} · ${publisherShown(r.publisher, lang)} · ${formatDate(r.publishedOn, lang)}`,
            })),
          ]}
          onChange={(id) => setReleaseId(id ? Number(id) : null)}
        />
      </div>
      {loading && (
        <p className="muted" data-testid="checks-loading">
          {common.loading}
        </p>
      )}
      {report && <Report key={`${JSON.stringify(input)}@${asOf ?? ''}`} report={report} openChart={openChart} />}
    </div>
  );
}

function Report({ report, openChart }: { report: ChecksReport; openChart: OpenChart }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const filter = useStore(checksFilterStore);
  const inconsistencies = useMemo(() => filteredFindings(report.inconsistencies, filter), [report, filter]);
  const revisions = useMemo(() => filteredFindings(report.revisions, filter), [report, filter]);
  const groups = useMemo(() => groupByKind(inconsistencies), [inconsistencies]);
  const checked = Object.values(report.summary.byKind).reduce((n, k) => n + k.checked, 0);
  return (
    <>
      <ChecksSummary summary={report.summary} />
      {filter && <SeriesFilterBar filter={filter} />}
      {inconsistencies.length === 0 && (
        <p className="empty checks__none" data-testid="checks-none">
          {checked === 0 ? s.noneChecked : s.none}
        </p>
      )}
      {groups.map((g) => (
        <KindSection
          key={g.kind}
          title={s.kinds[g.kind]}
          count={s.findings(g.findings.length, formatCount(g.findings.length, lang))}
          findings={g.findings}
          kind={g.kind}
          openChart={openChart}
        />
      ))}
      {revisions.length > 0 && <Revisions key={filter?.seriesId ?? ''} revisions={revisions} openChart={openChart} />}
    </>
  );
}

interface KindProps {
  kind: string;
  title: string;
  count: string;
  findings: Finding[];
  openChart: OpenChart;
}

function KindSection({ kind, title, count, findings, openChart }: KindProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <section className="checks__kind" data-testid="checks-kind" data-kind={kind} data-count={findings.length}>
      <h3 className="checks__kind-title">
        {title} <span className="muted">· {count}</span>
      </h3>
      <FindingList findings={findings} shown={shown} openChart={openChart} onMore={() => setShown((n) => moreShown(n, findings.length))} />
    </section>
  );
}

function FindingList({ findings, shown, openChart, onMore }: { findings: Finding[]; shown: number; openChart: OpenChart; onMore: () => void }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const rest = findings.length - shown;
  return (
    <>
      <ol className="finding-list">
        {findings.slice(0, shown).map((f, i) => (
          <FindingItem key={i} finding={f} onOpenChart={openChart(f.figure)} />
        ))}
      </ol>
      {rest > 0 && (
        <p className="checks__more">
          <span className="muted">{s.shownOf(formatCount(shown, lang), formatCount(findings.length, lang))}</span>{' '}
          <button type="button" className="button button--small" data-testid="checks-show-more" onClick={onMore}>
            {s.showMore(Math.min(rest, PAGE_SIZE))}
          </button>
        </p>
      )}
    </>
  );
}

function Revisions({ revisions, openChart }: { revisions: Finding[]; openChart: OpenChart }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const sorted = useMemo(() => sortRevisions(revisions), [revisions]);
  const [all, setAll] = useState(false);
  const shown = all ? sorted.length : Math.min(REVISIONS_SHOWN, sorted.length);
  return (
    <details className="checks__kind checks__revisions" data-testid="checks-revisions" data-count={revisions.length}>
      <summary className="checks__kind-title">{s.revisions(formatCount(revisions.length, lang))}</summary>
      <p className="muted">{s.revisionsNote}</p>
      <ol className="finding-list">
        {sorted.slice(0, shown).map((f, i) => (
          <FindingItem key={i} finding={f} onOpenChart={openChart(f.figure)} />
        ))}
      </ol>
      {shown < sorted.length && (
        <p className="checks__more">
          <span className="muted">{s.shownOf(formatCount(shown, lang), formatCount(sorted.length, lang))}</span>{' '}
          <button type="button" className="button button--small" data-testid="checks-revisions-all" onClick={() => setAll(true)}>
            {s.showAll(sorted.length)}
          </button>
        </p>
      )}
    </details>
  );
}
