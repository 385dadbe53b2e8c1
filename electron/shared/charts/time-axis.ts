// A time axis that tells the truth: each period sits at the month it ends in (a month at itself,
// Jan–Nov at November, Q2 at June, a year at December) on a linear scale of month ordinals, each
// period kind is its own line, and a missing period breaks the line instead of being bridged.
// Ordinals, not a date adapter: the IIP has no unit finer than a month, so months are the scale.
import { PERIOD_KINDS, type PeriodKind } from '../domain.js';
import type { Lang } from '../lang.js';
import { comparePeriods, parsePeriod, type Period } from '../period.js';

/** Months since year 0: "2025-01" → 24300. */
export const monthOrdinal = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Where a period sits: the month it ends in, so a year-to-date figure is placed where it is known through. */
export const periodX = (period: Period): number => monthOrdinal(period.end);

/** The month and year of an ordinal. */
export const ordinalMonth = (x: number): { year: number; month: number } => ({ year: Math.floor(x / 12), month: (x % 12) + 1 });

/** A point of a line: its place and value; `point` is null for the break put where a period is missing. */
export interface LinePoint<P> {
  x: number;
  y: number | null;
  point: P | null;
}

export interface TimeLine<P> {
  kind: PeriodKind;
  points: LinePoint<P>[];
}

interface Placed<P> {
  period: Period;
  point: P;
  /** Where it sits (periodX), and the months it spans: worked out once a point, as lines can be long. */
  x: number;
  months: number;
}

/**
 * True when `next` follows `previous` with nothing missing between them. Year-to-date periods of
 * one length (Jan–Feb each year, as the Tết comparison gives) follow each other a year apart; a
 * run of growing ones starts again in January, where Jan..Jan is usually the month itself.
 */
function follows(previous: Placed<unknown>, next: Placed<unknown>, kind: PeriodKind, oneSpan: boolean): boolean {
  const step = next.x - previous.x;
  switch (kind) {
    case 'month':
      return step === 1;
    case 'quarter':
      return step === 3;
    case 'year':
      return step === 12;
    case 'cumulative':
      if (oneSpan) return step === 12;
      return step === 1 || (step === 2 && previous.period.end.endsWith('-12') && next.period.end.endsWith('-02'));
  }
}

/**
 * Splits points by period kind into lines in time order. A point without a value stays in its line
 * with y null (a gap); where periods of the kind are missing, a null point is put one step after
 * the last one present, so the line breaks there. Points whose period does not parse are left out.
 */
export function timeLines<P extends { period: string; value: number | null }>(points: P[]): TimeLine<P>[] {
  const byKind = new Map<PeriodKind, Placed<P>[]>();
  const seen = new Set<string>();
  for (const point of points) {
    const period = parsePeriod(point.period);
    if (!period || seen.has(period.code)) continue;
    seen.add(period.code);
    const list = byKind.get(period.kind) ?? [];
    const x = periodX(period);
    list.push({ period, point, x, months: period.start === period.end ? 1 : x - monthOrdinal(period.start) + 1 });
    byKind.set(period.kind, list);
  }
  const lines: TimeLine<P>[] = [];
  for (const kind of PERIOD_KINDS) {
    const placed = byKind.get(kind);
    if (!placed) continue;
    // By the month each ends in (comparePeriods' order), the numbers compared first.
    placed.sort((a, b) => a.x - b.x || comparePeriods(a.period, b.period));
    const oneSpan = placed[0]!.months > 1 && placed.every((p) => p.months === placed[0]!.months);
    const out: LinePoint<P>[] = [];
    placed.forEach((entry, i) => {
      const previous = placed[i - 1];
      if (previous && !follows(previous, entry, kind, oneSpan)) out.push({ x: (previous.x + entry.x) / 2, y: null, point: null });
      out.push({ x: entry.x, y: entry.point.value, point: entry.point });
    });
    lines.push({ kind, points: out });
  }
  return lines;
}

export interface TimeTicks {
  /** Tick places (month ordinals). */
  values: number[];
  /** Months between ticks: 1, 3, 12 or a multiple of 12. */
  step: number;
}

/** Years between ticks on long spans: 5, 10, 20, 50, 100, … */
const yearsStep = (years: number): number => {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const k of [5, 10, 20]) if (years <= k * magnitude * 12) return k * magnitude;
  }
};

/**
 * Ticks for a span of ordinals: every month, quarter, year, two years or, on longer spans, 5, 10,
 * 20, 50, … years: the fewest first that fit about a dozen (a tick's label is measured when drawn).
 */
export function timeTicks(min: number, max: number): TimeTicks {
  const span = max - min;
  const step = span <= 14 ? 1 : span <= 42 ? 3 : span <= 12 * 12 ? 12 : span <= 12 * 24 ? 24 : 12 * yearsStep(span / 12);
  const first = Math.ceil(min / step) * step;
  const values: number[] = [];
  for (let x = first; x <= max; x += step) values.push(x);
  return { values, step };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A tick's label: the year alone on yearly ticks, else the month ("T3/2025", "Mar 2025"). */
export function tickLabel(x: number, step: number, lang: Lang): string {
  const { year, month } = ordinalMonth(x);
  if (step >= 12) return String(year);
  return lang === 'vi' ? `T${month}/${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

/** The axis range for lines: half a step of room each side, at least a month either way. */
export function timeRange(lines: TimeLine<unknown>[]): { min: number; max: number } | null {
  let [lo, hi] = [Infinity, -Infinity];
  for (const line of lines) {
    for (const p of line.points) {
      if (p.x < lo) lo = p.x;
      if (p.x > hi) hi = p.x;
    }
  }
  if (lo > hi) return null;
  const pad = Math.max(1, Math.round((hi - lo) / 40));
  return { min: lo - pad, max: hi + pad };
}
