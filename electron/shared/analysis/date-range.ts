// A date range over a series' periods: a preset (all, the last N months or years, a span of whole
// years) or a chosen span of months, resolved against the periods the data hold. A period belongs
// to a range by the month it ends in, as the time axis places it: Jan–Jul 2024 by July, Q2 by June,
// a year by December. Applied after a transformation, so a moving average at the start of a range
// still averages the months before it. Pure.
import { monthOrdinal, ordinalMonth } from '../charts/time-axis.js';
import { monthCode, parsePeriod } from '../period.js';

/**
 * What is chosen, as text kept in state: 'all', 'last-months:24', 'last-years:5',
 * 'years:2018-2024' (whole calendar years, one or several), 'months:2020-03..2024-06'.
 */
export type RangeSpec = string;

/** A span of months, both ends included ("2024-01"); null ends are open. */
export interface MonthSpan {
  from: string | null;
  to: string | null;
}

export const ALL: RangeSpec = 'all';
const OPEN: MonthSpan = { from: null, to: null };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthAt = (x: number): string => {
  const { year, month } = ordinalMonth(x);
  return monthCode(year, month);
};

/** The first month any period starts in and the last one any ends in; null without periods. */
export function dataSpan(periods: readonly string[]): { first: string; last: string } | null {
  const parsed = periods.map(parsePeriod).filter((p) => p !== null);
  if (parsed.length === 0) return null;
  const first = parsed.reduce((a, p) => (p.start < a ? p.start : a), parsed[0]!.start);
  const last = parsed.reduce((a, p) => (p.end > a ? p.end : a), parsed[0]!.end);
  return { first, last };
}

/** The calendar years the data cover whole: from a January they reach back to, to a December they reach. */
export function wholeYears(periods: readonly string[]): number[] {
  const span = dataSpan(periods);
  if (!span) return [];
  const firstYear = Number(span.first.slice(0, 4)) + (span.first.endsWith('-01') ? 0 : 1);
  const lastYear = Number(span.last.slice(0, 4)) - (span.last.endsWith('-12') ? 0 : 1);
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  return years;
}

/** The months a spec stands for, given the periods shown; an unknown or empty spec is everything. */
export function resolveRange(spec: RangeSpec, periods: readonly string[]): MonthSpan {
  const last = dataSpan(periods)?.last ?? null;
  let m = /^last-months:(\d+)$/.exec(spec);
  if (m) return last && Number(m[1]) > 0 ? { from: monthAt(monthOrdinal(last) - Number(m[1]) + 1), to: last } : OPEN;
  m = /^last-years:(\d+)$/.exec(spec);
  if (m) return last && Number(m[1]) > 0 ? { from: `${Number(last.slice(0, 4)) - Number(m[1]) + 1}-01`, to: last } : OPEN;
  m = /^years:(\d{4})-(\d{4})$/.exec(spec);
  if (m) return Number(m[1]) <= Number(m[2]) ? { from: `${m[1]}-01`, to: `${m[2]}-12` } : OPEN;
  m = /^months:(\d{4}-\d{2})?\.\.(\d{4}-\d{2})?$/.exec(spec);
  if (m) {
    const from = m[1] && MONTH.test(m[1]) ? m[1] : null;
    const to = m[2] && MONTH.test(m[2]) ? m[2] : null;
    return from && to && from > to ? { from: to, to: from } : { from, to };
  }
  return OPEN;
}

/** True when the period ends inside the span. */
export function endsWithin(period: string, span: MonthSpan): boolean {
  const p = parsePeriod(period);
  if (!p) return false;
  return (span.from === null || p.end >= span.from) && (span.to === null || p.end <= span.to);
}

/** The points whose period ends inside the span, in their order. */
export const withinRange = <P extends { period: string }>(points: readonly P[], span: MonthSpan): P[] =>
  span.from === null && span.to === null ? [...points] : points.filter((p) => endsWithin(p.period, span));

/** A custom span as a spec: 'months:2020-01..2024-12' (either end may be left open). */
export const monthsSpec = (from: string | null, to: string | null): RangeSpec => `months:${from ?? ''}..${to ?? ''}`;

export type RangePreset =
  | { kind: 'all'; spec: RangeSpec }
  | { kind: 'last-months'; spec: RangeSpec; count: number }
  | { kind: 'last-years'; spec: RangeSpec; count: number }
  | { kind: 'years'; spec: RangeSpec; from: number; to: number };

/**
 * The presets the data offer: everything, the last 24 months and last 5 years (where the data are
 * longer), the whole years they cover as one span, then each whole year, newest first.
 */
export function rangePresets(periods: readonly string[]): RangePreset[] {
  const span = dataSpan(periods);
  const presets: RangePreset[] = [{ kind: 'all', spec: ALL }];
  if (!span) return presets;
  const months = monthOrdinal(span.last) - monthOrdinal(span.first) + 1;
  if (months > 24) presets.push({ kind: 'last-months', spec: 'last-months:24', count: 24 });
  if (Number(span.last.slice(0, 4)) - Number(span.first.slice(0, 4)) + 1 > 5) presets.push({ kind: 'last-years', spec: 'last-years:5', count: 5 });
  const years = wholeYears(periods);
  if (years.length > 1) presets.push({ kind: 'years', spec: `years:${years[0]}-${years.at(-1)}`, from: years[0]!, to: years.at(-1)! });
  for (const year of [...years].reverse()) presets.push({ kind: 'years', spec: `years:${year}-${year}`, from: year, to: year });
  return presets;
}

/** The spec in force: chosen months as they are, a preset while the data still offer it, else everything. */
export function offeredRange(spec: RangeSpec, periods: readonly string[]): RangeSpec {
  if (spec.startsWith('months:')) return spec;
  return rangePresets(periods).some((p) => p.spec === spec) ? spec : ALL;
}
