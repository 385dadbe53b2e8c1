// Which value to show when several releases state the same figure.
//  - A % change and an index against the same comparison are one figure (index − 100 = % change).
//  - The newest publication wins; older values that differ from it are revisions, kept as history.
//  - Sources that agree with the newest up to rounding (34 and 34.3) are the same figure stated at
//    different precision: all are kept as sources and the most precise value is shown.
import type { CitedRelease, FigureValue, PointSource, SeriesPoint } from '../../shared/contract/figures.js';
import { figureOfPoint } from '../../shared/series-points.js';
import type { FigureCandidate } from './repository.js';
import { agreeUpToRounding, roundTo, shownUnit } from './shown-value.js';

export { agreeUpToRounding, roundTo, shownUnit } from './shown-value.js';

/** The candidate's value in the shown unit. */
export function normalisedValue(c: Pick<FigureCandidate, 'basis' | 'unit' | 'value' | 'decimals'>): number {
  if ((c.basis === 'yoy' || c.basis === 'mom') && c.unit === 'index') return roundTo(c.value - 100, c.decimals);
  return c.value;
}

/** Groups candidates into figures: same series, period, basis, shown unit and base year. */
export function groupCandidates(candidates: FigureCandidate[]): FigureCandidate[][] {
  const groups = new Map<string, FigureCandidate[]>();
  for (const c of candidates) {
    const key = `${c.seriesId}|${c.period}|${c.basis}|${shownUnit(c.basis, c.unit)}|${c.baseYear}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

/** What choosing a shown value reads of a candidate: all but its row's id. */
export type PointCandidate = Omit<FigureCandidate, 'id'>;

const newestFirst = (a: PointCandidate, b: PointCandidate): number =>
  a.publishedOn !== b.publishedOn ? (a.publishedOn < b.publishedOn ? 1 : -1) : b.releaseId - a.releaseId;

/** A candidate's own statement, its release by id. */
const toSource = (c: PointCandidate): PointSource => ({
  releaseId: c.releaseId,
  status: c.status,
  quote: c.quote,
  location: c.location,
  value: c.value,
  decimals: c.decimals,
  unit: c.unit,
  statedPeriod: c.statedPeriod,
  flags: c.flags,
  note: c.note,
});

/** The point shown from the candidates of one group (see groupCandidates), its releases by id. */
export function choosePoint(group: PointCandidate[]): SeriesPoint {
  if (group.length === 0) throw new Error('choosePoint needs at least one candidate');
  const ordered = [...group].sort(newestFirst);
  const newest = ordered[0]!;
  const newestValue = normalisedValue(newest);
  const agreeing: PointCandidate[] = [];
  const revised: PointCandidate[] = [];
  for (const c of ordered) (agreeUpToRounding(normalisedValue(c), c.decimals, newestValue, newest.decimals) ? agreeing : revised).push(c);
  // Most precise first; among equals an unflagged source, then the newest.
  const ranked = agreeing.sort((a, b) => b.decimals - a.decimals || a.flags.length - b.flags.length || newestFirst(a, b));
  const shown = ranked[0]!;
  const unit = shownUnit(shown.basis, shown.unit);
  return {
    period: shown.period,
    periodKind: shown.periodKind,
    periodStart: shown.periodStart,
    periodEnd: shown.periodEnd,
    unit,
    value: normalisedValue(shown),
    decimals: shown.decimals,
    status: shown.status,
    derived: unit !== shown.unit,
    statedPeriod: ordered.find((c) => c.statedPeriod)?.statedPeriod ?? null,
    flags: [...new Set(ordered.flatMap((c) => c.flags))],
    note:
      ordered
        .map((c) => c.note)
        .filter(Boolean)
        .join(' ') || null,
    quantityUnit: shown.quantityUnit,
    sources: [...ranked, ...revised].map(toSource),
    revisions: [...revised].reverse().map((c) => ({ value: normalisedValue(c), decimals: c.decimals, releaseId: c.releaseId })),
  };
}

/** The releases of candidates, as a point's sources cite them. */
export function releasesOf(candidates: FigureCandidate[]): Map<number, CitedRelease> {
  const releases = new Map<number, CitedRelease>();
  for (const c of candidates) {
    if (!releases.has(c.releaseId))
      releases.set(c.releaseId, {
        id: c.releaseId,
        name: c.releaseName,
        publisher: c.publisher,
        publishedOn: c.publishedOn,
        publishedOnNote: c.publishedOnNote,
        sourceFile: c.sourceFile,
      });
  }
  return releases;
}

/** One shown figure from the candidates of one group (see groupCandidates), with its releases in full. */
export function chooseShown(group: FigureCandidate[], codes: { geo: string; item: string; measure: FigureValue['measure'] }): FigureValue {
  const point = choosePoint(group);
  const { seriesId, basis } = group[0]!;
  return figureOfPoint(point, { seriesId, ...codes, basis }, releasesOf(group));
}
