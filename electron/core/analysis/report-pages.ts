// A whole checks report served as the checks worker serves its kept findings (kept-checks.ts): the
// counts per kind and one page of one kind at a time. For stores the worker does not run on (a store
// in memory, the sources unbuilt), and the reference the worker's pages are tested against.
import { CHECK_KINDS, type ChecksOverview, type ChecksReport, type CheckKind, type Finding, type SeriesOnBasis } from '../../shared/contract/analysis.js';
import { sortRevisions } from '../../shared/analysis/finding-order.js';

export interface PageQuery {
  kind: CheckKind;
  offset: number;
  limit: number;
  series?: SeriesOnBasis | undefined;
}

const ofSeries =
  (series: SeriesOnBasis | undefined) =>
  (f: Finding): boolean =>
    !series || (f.figure.seriesId === series.seriesId && f.figure.basis === series.basis);

/** The report's summary, its counts per kind and each kind's first `first` findings (of one series, if given). */
export function overviewOfReport(report: ChecksReport, first: number, series?: SeriesOnBasis): ChecksOverview {
  const found = Object.fromEntries(CHECK_KINDS.map((kind) => [kind, 0])) as Record<CheckKind, number>;
  for (const f of [...report.inconsistencies, ...report.revisions].filter(ofSeries(series))) found[f.kind]++;
  const firstPages = Object.fromEntries(CHECK_KINDS.map((kind) => [kind, pageOfReport(report, { kind, offset: 0, limit: first, series })]));
  return { releaseId: report.releaseId, asOf: report.asOf, summary: report.summary, found, first: firstPages as Record<CheckKind, Finding[]>, complete: true };
}

/** One page of a kind's findings: inconsistencies in the report's order, revisions largest first. */
export function pageOfReport(report: ChecksReport, { kind, offset, limit, series }: PageQuery): Finding[] {
  const findings =
    kind === 'revision-vs-first-estimate'
      ? sortRevisions(report.revisions.filter(ofSeries(series)))
      : report.inconsistencies.filter((f) => f.kind === kind && ofSeries(series)(f));
  return findings.slice(offset, offset + limit);
}
