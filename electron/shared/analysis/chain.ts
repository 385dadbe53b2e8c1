// Chaining stated month-on-month % changes into an index: level(t) = level(t−1) × (1 + mom(t)/100).
// A missing month breaks the chain: only the stretch of consecutive months holding the reference
// (the first month, or the anchor) can be placed; every other point says why it has no value.
import { parsePeriod } from '../period.js';
import { unvalued, type InputSeries, type TransformedSeries } from './model.js';
import { monthFromOrdinal, monthOrdinal } from './months.js';
import { everyPoint, inputProblem, readSeries, type ReadPoint } from './points.js';
import { measuredPoint, product, quotient, scaled, shifted, stated, type Estimate } from './precision.js';

/** A known level of the index: the chain is scaled to pass through it. */
export interface ChainAnchor {
  /** A month of the series, or the month just before a stretch of it. */
  period: string;
  value: number;
  decimals?: number;
  /** The base year of the anchor's index, which the chained one then shares. */
  baseYear?: number | null;
}

/** Consecutive months, as ordinals of their first and last. */
interface Stretch {
  first: number;
  last: number;
}

function stretchesOf(points: ReadPoint[]): Stretch[] {
  const stretches: Stretch[] = [];
  for (const point of points) {
    const ordinal = monthOrdinal(point.period.code);
    const current = stretches.at(-1);
    if (current && ordinal === current.last + 1) current.last = ordinal;
    else stretches.push({ first: ordinal, last: ordinal });
  }
  return stretches;
}

/** The index the stated changes imply: 100 at the first month, or through `anchor`. */
export function chainChanges(series: InputSeries, anchor?: ChainAnchor): TransformedSeries {
  if (anchor && parsePeriod(anchor.period)?.kind !== 'month') throw new Error(`a chain's anchor is a month, not '${anchor.period}'`);
  const read = readSeries(series);
  const basePeriod = anchor ? (anchor.baseYear ? String(anchor.baseYear) : null) : (read.points[0]?.period.code ?? null);
  const result = (points: TransformedSeries['points']): TransformedSeries => ({ kind: 'month', basis: 'base', unit: 'index', basePeriod, points });
  const problem = inputProblem(series, { values: 'mom', months: true });
  if (problem) return result(everyPoint(read, problem));

  const stretches = stretchesOf(read.points);
  const reference = anchor ? monthOrdinal(anchor.period) : stretches[0]?.first;
  const stretch = stretches.find((s) => reference !== undefined && reference >= s.first - 1 && reference <= s.last);
  if (!stretch || reference === undefined) return result(everyPoint(read, 'chain-broken'));

  const change = (ordinal: number): Estimate => read.byCode.get(monthFromOrdinal(ordinal))!.estimate;
  const factor = (ordinal: number): Estimate => shifted(scaled(change(ordinal), 1 / 100), 1);
  const stretchOrdinals = Array.from({ length: stretch.last - stretch.first + 1 }, (_, i) => stretch.first + i);
  const fewestDecimals = Math.min(...stretchOrdinals.map((t) => change(t).decimals));
  const levels = new Map<number, Estimate>();
  levels.set(reference, anchor ? stated(anchor.value, anchor.decimals) : { value: 100, error: 0, decimals: fewestDecimals });
  for (let t = reference + 1; t <= stretch.last; t++) levels.set(t, product(levels.get(t - 1)!, factor(t)));
  for (let t = reference; t > stretch.first; t--) levels.set(t - 1, quotient(levels.get(t)!, factor(t)));

  const points = read.points.map(({ period }) => {
    const level = levels.get(monthOrdinal(period.code));
    return level ? measuredPoint(period.code, level) : unvalued(period.code, 'chain-broken');
  });
  return result(points);
}
