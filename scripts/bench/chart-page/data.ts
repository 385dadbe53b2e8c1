// The bench's series: monthly values as a seeded random walk, the same on every run and in both
// the app's chart and the bare ceiling. Long series start in year 1000 so 100,000 months stay
// within four-digit years (the period codes' form).
import type { ChartSeries } from '../../../renderer/src/charts/SeriesChart/state.js';

/** A deterministic generator of numbers in [0, 1) (a linear congruential one: enough for test data). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const monthCode = (ordinal: number): string => `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;

/** `count` series of `months` monthly changes in % ending December 2024 (or starting in 1000 when longer than 240). */
export function benchSeries(count: number, months: number): ChartSeries[] {
  const firstMonth = months <= 240 ? 2025 * 12 - months : 1000 * 12;
  return Array.from({ length: count }, (_, s) => {
    const next = seeded(s + 1);
    let value = 8;
    const points = Array.from({ length: months }, (_, i) => {
      value = Math.max(-30, Math.min(40, value + (next() - 0.5) * 3));
      return { period: monthCode(firstMonth + i), value: Math.round(value * 10) / 10, decimals: 1, figure: null };
    });
    return { name: `Series ${s + 1}`, points };
  });
}

/** The same values as {x, y} on month ordinals, as a bare Chart.js line takes them. */
export function barePoints(series: ChartSeries): { x: number; y: number | null }[] {
  return series.points.map((p) => {
    const [year, month] = p.period.split('-').map(Number) as [number, number];
    return { x: year * 12 + month - 1, y: p.value };
  });
}
