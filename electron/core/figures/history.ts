// Vintages: a figure as each release stated it, first estimate to latest revision (the sources a
// shown figure already carries, oldest first), and the size of revisions over a series.
import type { FigureHistory, FigureValue, SeriesRevisions, SourceRef, Vintage } from '../../shared/contract/figures.js';
import { BASES, type Basis, type Measure, type PeriodKind } from '../../shared/domain.js';
import { comparePeriods, parsePeriod } from '../../shared/period.js';
import type { Db } from '../db/connection.js';
import { BadInputError } from '../errors.js';
import { shownFigure } from './figure.js';
import { candidatesForSeries } from './repository.js';
import { agreeUpToRounding, chooseShown, groupCandidates, normalisedValue, roundTo } from './select.js';
import { resolveSeries } from './transformed.js';

const oldestFirst = (a: SourceRef, b: SourceRef): number =>
  a.publishedOn !== b.publishedOn ? (a.publishedOn < b.publishedOn ? -1 : 1) : a.releaseId - b.releaseId;

/** A figure's vintages, oldest first, each with its change from the one before. */
export function vintagesOf(figure: FigureValue): Vintage[] {
  const vintages: Vintage[] = [];
  for (const source of [...figure.sources].sort(oldestFirst)) {
    const value = normalisedValue({ basis: figure.basis, unit: source.unit, value: source.value, decimals: source.decimals });
    const previous = vintages.at(-1);
    vintages.push({
      releaseId: source.releaseId,
      releaseName: source.releaseName,
      publisher: source.publisher,
      publishedOn: source.publishedOn,
      status: source.status,
      sourceFile: source.sourceFile,
      value,
      decimals: source.decimals,
      change: previous ? roundTo(value - previous.value, Math.max(previous.decimals, source.decimals)) : null,
      kind: !previous ? 'first' : agreeUpToRounding(value, source.decimals, previous.value, previous.decimals) ? 'restated' : 'revision',
    });
  }
  return vintages;
}

export interface HistoryQuery {
  geo: string;
  item: string;
  measure?: Measure;
  period: string;
  /** One basis; else every basis stated for the period. */
  basis?: Basis;
  asOf?: string;
}

/** The history of one figure per basis stated for the period (the one asked for, if any). */
export function figureHistory(db: Db, q: HistoryQuery): FigureHistory[] {
  const period = parsePeriod(q.period);
  if (!period) throw new BadInputError(`'${q.period}' is not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025)`);
  const series = resolveSeries(db, q, period.end);
  if (!series) return [];
  const histories: FigureHistory[] = [];
  for (const basis of q.basis ? [q.basis] : BASES) {
    const figure = shownFigure(db, series, period.code, basis, q.asOf);
    if (!figure) continue;
    histories.push({
      seriesId: series.id,
      geo: series.geoCode,
      item: series.itemCode,
      measure: series.measure,
      period: figure.period,
      basis,
      unit: figure.unit,
      shown: { value: figure.value, decimals: figure.decimals },
      vintages: vintagesOf(figure),
    });
  }
  return histories;
}

type PeriodRevision = SeriesRevisions['periods'][number];

/** Each period's first statement against the value shown now, and the mean absolute revision per period kind. */
export function seriesRevisions(db: Db, q: { geo: string; item: string; measure?: Measure; basis: Basis; asOf?: string }): SeriesRevisions | null {
  const series = resolveSeries(db, q);
  if (!series) return null;
  const codes = { geo: series.geoCode, item: series.itemCode, measure: series.measure };
  const byPeriod = new Map<string, FigureValue>();
  for (const group of groupCandidates(candidatesForSeries(db, series.id, q.basis, q.asOf))) {
    const figure = chooseShown(group, codes);
    const held = byPeriod.get(figure.period);
    if (!held || (held.unit !== 'pct' && figure.unit === 'pct')) byPeriod.set(figure.period, figure);
  }
  if (byPeriod.size === 0) return null;
  const periods = [...byPeriod.values()]
    .sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!))
    .map((figure): PeriodRevision => {
      const vintages = vintagesOf(figure);
      const first = vintages[0]!;
      const latest = {
        value: figure.value,
        decimals: figure.decimals,
        publishedOn: figure.sources[0]!.publishedOn,
        releaseName: figure.sources[0]!.releaseName,
      };
      const decimals = Math.min(first.decimals, latest.decimals);
      return {
        period: figure.period,
        kind: figure.periodKind,
        first: { value: first.value, decimals: first.decimals, publishedOn: first.publishedOn, releaseName: first.releaseName },
        latest,
        revision: roundTo(latest.value - first.value, decimals),
        decimals,
        vintages: new Set(vintages.map((v) => v.releaseId)).size,
      };
    });
  return { seriesId: series.id, ...codes, basis: q.basis, periods, meanAbsoluteRevision: meanAbsoluteRevisions(periods) };
}

/**
 * Per period kind, over the periods two or more releases stated (a period stated once has not had
 * the chance to be revised), at the coarsest precision of the revisions averaged.
 */
function meanAbsoluteRevisions(periods: PeriodRevision[]): SeriesRevisions['meanAbsoluteRevision'] {
  const kinds: PeriodKind[] = ['month', 'cumulative', 'quarter', 'year'];
  return kinds.flatMap((kind) => {
    const ofKind = periods.filter((p) => p.kind === kind);
    const restated = ofKind.filter((p) => p.vintages > 1);
    if (restated.length === 0) return [];
    const decimals = Math.min(...restated.map((p) => p.decimals));
    const mean = restated.reduce((sum, p) => sum + Math.abs(p.revision), 0) / restated.length;
    return [{ kind, value: roundTo(mean, decimals), decimals, periods: ofKind.length, restated: restated.length }];
  });
}
