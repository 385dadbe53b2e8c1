// Consistency checks of the store (or of one release; as of the app's date): how much each kind could check,
// then the gaps beyond rounding grouped by kind, a hundred at a time, and the revisions of first
// estimates apart, collapsed. The report stays in the checks worker: the view asks for its counts and
// first pages, then a page at a time; while the checks still run, it shows the counts so far and how
// far they have come (useChecksOverview.ts). Each finding opens its series in Explore as the notes list does.
import { useMemo, useState } from 'react';
import { CHECK_KINDS, type CheckedFigure, type CheckKind, type ChecksOverview, type Finding } from '@shared/contract/analysis.js';
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
import { checksFilterStore } from './checksFilter.js';
import { SeriesFilterBar } from './SeriesFilterBar.js';
import { PAGE_SIZE, REVISIONS_SHOWN } from './checksState.js';
import { useChecksOverview } from './useChecksOverview.js';
import { useFindingPages, type ChecksScope } from './useFindingPages.js';
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
  const filter = useStore(checksFilterStore);
  // Both dated by the app's as-of date: the releases published by then, the figures known then.
  const releases = useBridgeQuery('releases:list', {}).data;
  const sortedReleases = useMemo(() => [...(releases ?? [])].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.id - a.id), [releases]);
  // A release chosen before the as-of date moved back past its publication is not asked about meanwhile.
  const picked = sortedReleases.find((r) => r.id === releaseId);
  const scoped = picked && asOf !== null && picked.publishedOn > asOf ? null : releaseId;
  const seriesId = filter?.seriesId;
  const basis = filter?.basis;
  const scope = useMemo(
    (): ChecksScope => ({
      ...(scoped !== null ? { releaseId: scoped } : {}),
      ...(seriesId !== undefined && basis !== undefined ? { series: { seriesId, basis } } : {}),
    }),
    [scoped, seriesId, basis],
  );
  // Each kind's first page with the counts (one page ahead of what shows, so "show more" is at once).
  const { overview, loading, answers } = useChecksOverview(scope, 2 * PAGE_SIZE);
  const openChart = useOpenChart();

  return (
    <div className="checks" data-testid="view-checks" aria-busy={loading || overview?.complete === false}>
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
      {overview && <Report key={answers ?? ''} overview={overview} scope={scope} openChart={openChart} />}
    </div>
  );
}

const REVISIONS: CheckKind = 'revision-vs-first-estimate';

function Report({ overview, scope, openChart }: { overview: ChecksOverview; scope: ChecksScope; openChart: OpenChart }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const filter = useStore(checksFilterStore);
  const kinds = CHECK_KINDS.filter((kind) => kind !== REVISIONS && overview.found[kind] > 0);
  const checked = Object.values(overview.summary.byKind).reduce((n, k) => n + k.checked, 0);
  const revisions = overview.found[REVISIONS];
  if (!overview.complete)
    return (
      <>
        <ChecksSummary summary={overview.summary} />
        <Progress overview={overview} />
      </>
    );
  return (
    <>
      <ChecksSummary summary={overview.summary} />
      {filter && <SeriesFilterBar filter={filter} />}
      {kinds.length === 0 && (
        <p className="empty checks__none" data-testid="checks-none">
          {checked === 0 ? s.noneChecked : s.none}
        </p>
      )}
      {kinds.map((kind) => (
        <section key={kind} className="checks__kind" data-testid="checks-kind" data-kind={kind} data-count={overview.found[kind]}>
          <h3 className="checks__kind-title">
            {s.kinds[kind]} <span className="muted">· {s.findings(overview.found[kind], formatCount(overview.found[kind], lang))}</span>
          </h3>
          <FindingList scope={scope} kind={kind} total={overview.found[kind]} first={overview.first[kind]} firstShown={PAGE_SIZE} openChart={openChart} />
        </section>
      ))}
      {revisions > 0 && (
        <details className="checks__kind checks__revisions" data-testid="checks-revisions" data-count={revisions}>
          <summary className="checks__kind-title">{s.revisions(formatCount(revisions, lang))}</summary>
          <p className="muted">{s.revisionsNote}</p>
          <FindingList scope={scope} kind={REVISIONS} total={revisions} first={overview.first[REVISIONS]} firstShown={REVISIONS_SHOWN} openChart={openChart} />
        </details>
      )}
    </>
  );
}

/** While the checks run: how far they have come; the findings are listed once they are done. */
function Progress({ overview }: { overview: ChecksOverview }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const { geosDone = 0, geosTotal = 0 } = overview.progress ?? {};
  return (
    <p className="muted checks__progress" data-testid="checks-progress" data-done={geosDone} data-total={geosTotal} role="status">
      {s.progress(formatCount(geosDone, lang), formatCount(geosTotal, lang))}
    </p>
  );
}

interface ListProps {
  scope: ChecksScope;
  kind: CheckKind;
  total: number;
  first: Finding[];
  firstShown: number;
  openChart: OpenChart;
}

function FindingList({ scope, kind, total, first, firstShown, openChart }: ListProps) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  const { findings, shown, more } = useFindingPages(scope, kind, total, first, firstShown);
  const rest = total - shown;
  return (
    <>
      <ol className="finding-list">
        {findings.map((f, i) => (
          <FindingItem key={i} finding={f} onOpenChart={openChart(f.figure)} />
        ))}
      </ol>
      {rest > 0 && (
        <p className="checks__more">
          <span className="muted">{s.shownOf(formatCount(shown, lang), formatCount(total, lang))}</span>{' '}
          <button type="button" className="button button--small" data-testid="checks-show-more" onClick={more}>
            {s.showMore(Math.min(rest, PAGE_SIZE))}
          </button>
        </p>
      )}
    </>
  );
}
