// A series' figures as a chart model: each period kind (month, year-to-date, quarter, year) its
// own line on one ordered period axis. They measure different things and are never joined.
import type { FigureValue } from '../contract/figures.js';
import { PERIOD_KINDS, type PeriodKind } from '../domain.js';
import { comparePeriods, parsePeriod, type Period } from '../period.js';

export interface KindSeries {
  kind: PeriodKind;
  /** One entry per x label; null where this kind has no figure. */
  values: (number | null)[];
  figures: (FigureValue | null)[];
  /** Label indices where the line from this point to the next of its kind skips missing periods. */
  gapStarts: Set<number>;
}

export interface SeriesModel {
  /** Period codes in time order (x axis). */
  periods: string[];
  kinds: KindSeries[];
}

/** How many months apart consecutive periods of a kind end, when none is missing. */
const STEP_MONTHS: Record<PeriodKind, number> = { month: 1, cumulative: 1, quarter: 3, year: 12 };

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Splits figures by period kind and lines them up on one ordered period axis. */
export function buildSeriesModel(figures: FigureValue[]): SeriesModel {
  const byCode = new Map<string, { period: Period; figure: FigureValue }>();
  for (const figure of figures) {
    const period = parsePeriod(figure.period);
    if (!period || byCode.has(period.code)) continue;
    byCode.set(period.code, { period, figure });
  }
  const ordered = [...byCode.values()].sort((a, b) => comparePeriods(a.period, b.period));
  const periods = ordered.map((e) => e.period.code);

  const kinds: KindSeries[] = [];
  for (const kind of PERIOD_KINDS) {
    if (!ordered.some((e) => e.period.kind === kind)) continue;
    const values: (number | null)[] = [];
    const kindFigures: (FigureValue | null)[] = [];
    const gapStarts = new Set<number>();
    let previous: { index: number; end: string } | null = null;
    ordered.forEach((entry, index) => {
      const mine = entry.period.kind === kind;
      values.push(mine ? entry.figure.value : null);
      kindFigures.push(mine ? entry.figure : null);
      if (!mine) return;
      if (previous && monthIndex(entry.period.end) - monthIndex(previous.end) !== STEP_MONTHS[kind]) gapStarts.add(previous.index);
      previous = { index, end: entry.period.end };
    });
    kinds.push({ kind, values, figures: kindFigures, gapStarts });
  }
  return { periods, kinds };
}
