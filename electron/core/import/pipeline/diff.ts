// What an import would change: each figure is new, a revision of what the store shows, unchanged, or
// kept as history — it differs from the shown figure but that one comes from a newer release, which
// stays shown (the newest publication wins, see figures/select.ts).
import type { FigureInput } from '../../../shared/domain.js';
import type { Change } from '../../../shared/contract/import.js';
import { parsePeriod } from '../../../shared/period.js';
import type { Db } from '../../db/connection.js';
import { candidatesForSeries, type FigureCandidate } from '../../figures/repository.js';
import { findSeries } from '../../catalog/repository.js';
import { agreeUpToRounding, chooseShown, groupCandidates, normalisedValue, shownUnit } from '../../figures/select.js';
import { inSteps } from './progress.js';

export type { Change };

interface Shown {
  value: number;
  decimals: number;
  /** The newest publication date among the figure's sources: a release published before it does not change what is shown. */
  newestOn: string;
}

/**
 * The change each figure makes against the store as it shows figures now, a step at a time (see
 * inSteps). `publishedOn` is the incoming release's date: a release stored later wins a tie (its id is
 * higher), so only an earlier date keeps a differing figure as history.
 */
export async function diffAgainstStore(db: Db, figures: FigureInput[], publishedOn: string, onStep?: (done: number, total: number) => void): Promise<Change[]> {
  const changeOf = changeFinder(db, publishedOn);
  const changes: Change[] = [];
  await inSteps(figures, (f) => changes.push(changeOf(f)), onStep);
  return changes;
}

/** The change of one figure at a time, each series' shown figures read once (for files read a figure at a time). */
export function changeFinder(db: Db, publishedOn: string): (f: FigureInput) => Change {
  const cache = new Map<string, Map<string, Shown>>();
  const shownFor = (seriesId: number, basis: FigureInput['basis']): Map<string, Shown> => {
    const key = `${seriesId}|${basis}`;
    let shown = cache.get(key);
    if (!shown) {
      shown = new Map();
      for (const group of groupCandidates(candidatesForSeries(db, seriesId, basis))) {
        const f = chooseShown(group, { geo: '', item: '', measure: 'iip' });
        const first = group[0] as FigureCandidate;
        const newestOn = group.reduce((on, c) => (c.publishedOn > on ? c.publishedOn : on), first.publishedOn);
        shown.set(`${f.period}|${f.unit}|${first.baseYear}`, { value: f.value, decimals: f.decimals, newestOn });
      }
      cache.set(key, shown);
    }
    return shown;
  };
  const seriesIds = new Map<string, number | null>();
  const seriesIdOf = (f: FigureInput): number | null => {
    const key = `${f.geo}|${f.item}|${f.measure}`;
    if (!seriesIds.has(key)) seriesIds.set(key, findSeries(db, f.geo, f.item, f.measure)?.id ?? null);
    return seriesIds.get(key)!;
  };
  const changeOf = (f: FigureInput): Change => {
    const seriesId = seriesIdOf(f);
    if (seriesId === null) return { change: 'new' };
    const period = parsePeriod(f.period)!.code;
    const current = shownFor(seriesId, f.basis).get(`${period}|${shownUnit(f.basis, f.unit)}|${f.baseYear ?? 0}`);
    if (!current) return { change: 'new' };
    const value = normalisedValue({ basis: f.basis, unit: f.unit, value: f.value, decimals: f.decimals });
    if (agreeUpToRounding(value, f.decimals, current.value, current.decimals)) return { change: 'unchanged' };
    if (publishedOn < current.newestOn)
      return { change: 'history', shownValue: current.value, shownDecimals: current.decimals, shownPublishedOn: current.newestOn };
    return { change: 'revised', oldValue: current.value, oldDecimals: current.decimals };
  };
  return changeOf;
}
