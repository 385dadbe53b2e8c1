// A figures:points answer read back: its packed flags ((baseYear × 16 + status × 4 + unit) × 2 +
// revised) and its columns as one point each, as the charts that draw no sources take them.
import type { SeriesPoints } from './contract/figures.js';
import { STATUSES, UNITS, type Status, type Unit } from './domain-terms.js';
import { parsePeriod, type PeriodKind } from './period.js';

export interface PointFlags {
  revised: boolean;
  unit: Unit;
  status: Status;
  baseYear: number;
}

export function pointFlags(packed: number): PointFlags {
  const kind = Math.floor(packed / 2);
  return { revised: packed % 2 === 1, unit: UNITS[kind % 4]!, status: STATUSES[Math.floor(kind / 4) % 4]!, baseYear: Math.floor(kind / 16) };
}

/** A point as a chart draws it: no sources, no revision history (figures:history has them). */
export interface DrawnPoint extends PointFlags {
  period: string;
  periodKind: PeriodKind;
  value: number;
  decimals: number;
}

/** Every point of a figures:points answer, in its order. */
export function drawnPoints(answer: SeriesPoints): DrawnPoint[] {
  return answer.periods.map((period, i) => ({
    period,
    periodKind: parsePeriod(period)!.kind,
    value: answer.values[i]!,
    decimals: answer.decimals[i]!,
    ...pointFlags(answer.flags[i]!),
  }));
}
