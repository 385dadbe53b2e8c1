// What one release changed against the store as it stood before it (the releases published earlier,
// or the same day and stored earlier): the same notions as the import preview (figures/select.ts
// decides what is shown; new, revised or unchanged as import/pipeline/diff.ts has them), but looking
// back from a stored release rather than forward from a staged one.
import type { ReleaseChanges, RevisedFigure } from '../../shared/contract/release-changes.js';
import type { Basis } from '../../shared/domain.js';
import { comparePeriods, parsePeriod } from '../../shared/period.js';
import { seriesById } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { candidatesForSeries, type FigureCandidate } from '../figures/repository.js';
import { agreeUpToRounding, chooseShown, groupCandidates, roundTo, shownUnit } from '../figures/select.js';
import { geoByCode, itemByCode, toGeoRef, toItemRef } from '../reference/repository.js';

interface NamedRelease {
  id: number;
  name: string;
  publisher: string;
  publishedOn: string;
  status: ReleaseChanges['release']['status'];
  figureCount: number;
}

const RELEASE = `SELECT r.id, r.name, r.publisher, r.publishedOn, r.status,
       (SELECT COUNT(*) FROM figures f WHERE f.releaseId = r.id) AS figureCount FROM releases r`;

export interface ReleaseChangesQuery {
  releaseId?: number;
  period?: string;
  asOf?: string;
}

function chooseRelease(db: Db, q: ReleaseChangesQuery): NamedRelease | undefined {
  if (q.releaseId !== undefined) return statement<NamedRelease>(db, `${RELEASE} WHERE r.id = ?`).get(q.releaseId);
  const period = q.period === undefined ? null : parsePeriod(q.period)?.code;
  if (period === undefined) throw new BadInputError(`'${q.period}' is not a period`);
  const sql = `${RELEASE} WHERE (? IS NULL OR r.publishedOn <= ?)
                 AND (? IS NULL OR EXISTS (SELECT 1 FROM figures f WHERE f.releaseId = r.id AND f.period = ?))
               ORDER BY r.publishedOn DESC, r.id DESC LIMIT 1`;
  return statement<NamedRelease>(db, sql).get(q.asOf ?? null, q.asOf ?? null, period, period);
}

/** Known before the release: published earlier, or the same day and stored earlier (the tie rule of select.ts). */
const knownBefore = (c: Pick<FigureCandidate, 'publishedOn' | 'releaseId'>, r: NamedRelease): boolean =>
  c.publishedOn < r.publishedOn || (c.publishedOn === r.publishedOn && c.releaseId < r.id);

const groupKey = (c: FigureCandidate): string => `${c.period}|${shownUnit(c.basis, c.unit)}|${c.baseYear}`;

export function releaseChanges(db: Db, q: ReleaseChangesQuery): ReleaseChanges | null {
  const release = chooseRelease(db, q);
  if (!release) {
    if (q.releaseId !== undefined) throw new NotFoundError(`no release with id ${q.releaseId}`);
    return null;
  }
  const pairs = statement<{ seriesId: number; basis: Basis }>(db, 'SELECT DISTINCT seriesId, basis FROM figures WHERE releaseId = ?').all(release.id);
  const revised: RevisedFigure[] = [];
  const newByPeriod = new Map<string, number>();
  let unchanged = 0;
  for (const { seriesId, basis } of pairs) {
    const series = seriesById(db, seriesId);
    if (!series) continue;
    const codes = { geo: series.geoCode, item: series.itemCode, measure: series.measure };
    const candidates = candidatesForSeries(db, seriesId, basis);
    const before = new Map<string, FigureCandidate[]>();
    for (const group of groupCandidates(candidates.filter((c) => knownBefore(c, release)))) before.set(groupKey(group[0]!), group);
    for (const group of groupCandidates(candidates.filter((c) => c.releaseId === release.id))) {
      const stated = chooseShown(group, codes);
      const earlier = before.get(groupKey(group[0]!));
      if (!earlier) {
        newByPeriod.set(stated.period, (newByPeriod.get(stated.period) ?? 0) + 1);
        continue;
      }
      const old = chooseShown(earlier, codes);
      if (agreeUpToRounding(stated.value, stated.decimals, old.value, old.decimals)) {
        unchanged++;
        continue;
      }
      const geo = geoByCode(db, series.geoCode);
      const item = itemByCode(db, series.itemCode);
      if (!geo || !item) continue;
      const decimals = Math.min(stated.decimals, old.decimals);
      revised.push({
        geo: toGeoRef(geo),
        item: toItemRef(item),
        measure: series.measure,
        period: stated.period,
        basis,
        unit: stated.unit,
        quantityUnit: stated.quantityUnit,
        old: { value: old.value, decimals: old.decimals, releaseName: old.sources[0]!.releaseName, publishedOn: old.sources[0]!.publishedOn },
        new: { value: stated.value, decimals: stated.decimals },
        change: roundTo(stated.value - old.value, decimals),
        decimals,
      });
    }
  }
  const periodKnown = statement(
    db,
    `SELECT 1 FROM figures f JOIN releases r ON r.id = f.releaseId
      WHERE f.period = ? AND (r.publishedOn < ? OR (r.publishedOn = ? AND r.id < ?)) LIMIT 1`,
  );
  const newPeriods = [...newByPeriod]
    .map(([period, figures]) => ({
      period,
      figures,
      newToStore: periodKnown.get(period, release.publishedOn, release.publishedOn, release.id) === undefined,
    }))
    .sort((a, b) => comparePeriods(parsePeriod(b.period)!, parsePeriod(a.period)!));
  revised.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || comparePeriods(parsePeriod(b.period)!, parsePeriod(a.period)!));
  return { release, newPeriods, revised, unchanged };
}
