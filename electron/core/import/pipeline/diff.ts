// What an import would change: each figure is new, a revision of what the store shows, unchanged, or
// kept as history — it differs from the shown figure but that one comes from a newer release, which
// stays shown (the newest publication wins, see figures/select.ts).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Basis, FigureInput } from '../../../shared/domain.js';
import type { Change } from '../../../shared/contract/import.js';
import { parsePeriod } from '../../../shared/period.js';
import type { Db } from '../../db/connection.js';
import { candidatesForPeriodSeries, type FigureCandidate } from '../../figures/repository.js';
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

/** Series ids asked per query of a period's stored figures: a step between two turns of the event loop. */
const SERIES_PER_READ = 2000;

/**
 * The change each figure makes against the store as it shows figures now, a step at a time (see
 * inSteps). `publishedOn` is the incoming release's date: a release stored later wins a tie (its id is
 * higher), so only an earlier date keeps a differing figure as history. Only the stored figures of the
 * release's own series, periods and bases are read (a seek of the period index each), so the work
 * follows the release, not the store.
 */
export async function diffAgainstStore(db: Db, figures: FigureInput[], publishedOn: string, onStep?: (done: number, total: number) => void): Promise<Change[]> {
  const seriesIds = new Map<string, number | null>();
  const seriesIdOf = (f: FigureInput): number | null => {
    const key = `${f.geo}|${f.item}|${f.measure}`;
    let id = seriesIds.get(key);
    if (id === undefined) seriesIds.set(key, (id = findSeries(db, f.geo, f.item, f.measure)?.id ?? null));
    return id;
  };
  const keyed = figures.map((f) => ({ seriesId: seriesIdOf(f), period: parsePeriod(f.period)!.code }));
  const shown = await shownFiguresOf(db, figures, keyed);
  const changeOf = (f: FigureInput, i: number): Change => {
    const { seriesId, period } = keyed[i]!;
    const current = seriesId === null ? undefined : shown.get(shownKey(seriesId, period, f.basis, shownUnit(f.basis, f.unit), f.baseYear ?? 0));
    if (!current) return { change: 'new' };
    const value = normalisedValue({ basis: f.basis, unit: f.unit, value: f.value, decimals: f.decimals });
    if (agreeUpToRounding(value, f.decimals, current.value, current.decimals)) return { change: 'unchanged' };
    if (publishedOn < current.newestOn)
      return { change: 'history', shownValue: current.value, shownDecimals: current.decimals, shownPublishedOn: current.newestOn };
    return { change: 'revised', oldValue: current.value, oldDecimals: current.decimals };
  };
  const changes: Change[] = [];
  await inSteps(figures, (f, i) => changes.push(changeOf(f, i)), onStep);
  return changes;
}

const shownKey = (seriesId: number, period: string, basis: Basis, unit: string, baseYear: number): string =>
  `${seriesId}|${period}|${basis}|${unit}|${baseYear}`;

/** What the store shows for the release's (series, period, basis) keys: read per period and basis, for those series only. */
async function shownFiguresOf(db: Db, figures: FigureInput[], keyed: { seriesId: number | null; period: string }[]): Promise<Map<string, Shown>> {
  const wanted = new Map<string, { period: string; basis: Basis; seriesIds: Set<number> }>();
  figures.forEach((f, i) => {
    const { seriesId, period } = keyed[i]!;
    if (seriesId === null) return;
    const key = `${period}|${f.basis}`;
    let group = wanted.get(key);
    if (!group) wanted.set(key, (group = { period, basis: f.basis, seriesIds: new Set() }));
    group.seriesIds.add(seriesId);
  });
  const shown = new Map<string, Shown>();
  for (const { period, basis, seriesIds } of wanted.values()) {
    const ids = [...seriesIds];
    for (let start = 0; start < ids.length; start += SERIES_PER_READ) {
      for (const group of groupCandidates(candidatesForPeriodSeries(db, period, basis, ids.slice(start, start + SERIES_PER_READ)))) {
        const f = chooseShown(group, { geo: '', item: '', measure: 'iip' });
        const first = group[0] as FigureCandidate;
        const newestOn = group.reduce((on, c) => (c.publishedOn > on ? c.publishedOn : on), first.publishedOn);
        shown.set(shownKey(first.seriesId, first.period, first.basis, f.unit, first.baseYear), { value: f.value, decimals: f.decimals, newestOn });
      }
      await nextTurn();
    }
  }
  return shown;
}
