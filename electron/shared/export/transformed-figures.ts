// A transformed line as figures a chart spec can draw: each computed point carries the provenance of
// the stored figure of its period (or, where there is none, the series' newest one, without sources);
// the points not computed are named with their reason. One function for the core's exports and the
// window's clipboard copy, so both show the same numbers.
import { NO_VALUE_WORDS } from '../analysis/labels.js';
import type { NoValueReason } from '../analysis/model.js';
import type { FigureValue } from '../contract/figures.js';
import type { Basis, Unit } from '../domain.js';
import { formatPeriod } from '../format.js';
import type { Lang } from '../lang.js';
import { parsePeriod } from '../period.js';

/** A point of a transformed series: a value at its decimals, or the reason it has none. */
export type TransformedPoint = { period: string; value: number; decimals: number } | { period: string; value: null; reason: NoValueReason };

/**
 * The computed points as figures (of the result's basis and unit), and one line per reason for the
 * points not computed ("Whole industry: the series is too short (Jan 2018, Feb 2018)").
 */
export function transformedFigures(
  points: readonly TransformedPoint[],
  stored: readonly FigureValue[],
  result: { basis: Basis; unit: Unit },
  subject: string,
  lang: Lang,
): { figures: FigureValue[]; notComputed: string[] } {
  const byPeriod = new Map(stored.map((f) => [f.period, f]));
  const template = stored.at(-1);
  const figures: FigureValue[] = [];
  const missing = new Map<NoValueReason, string[]>();
  for (const p of points) {
    if (p.value === null) {
      missing.set(p.reason, [...(missing.get(p.reason) ?? []), formatPeriod(p.period, lang)]);
      continue;
    }
    const period = parsePeriod(p.period);
    const own = byPeriod.get(p.period);
    const base = own ?? template;
    if (!period || !base) continue;
    figures.push({
      ...base,
      period: period.code,
      periodKind: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      basis: result.basis,
      unit: result.unit,
      value: p.value,
      decimals: p.decimals,
      derived: false,
      statedPeriod: null,
      sources: own?.sources ?? [],
      revisions: [],
    });
  }
  const words = NO_VALUE_WORDS[lang];
  const notComputed = [...missing].map(([reason, periods]) => `${subject}: ${words[reason]} (${periods.join(', ')})`);
  return { figures, notComputed };
}
