// Long lines are thinned by Chart.js's own decimation (LTTB: about one point per pixel of width)
// before they are drawn. It runs on unparsed {x, y} data (parsing: false) on a linear x axis and
// only on datasets of more than DECIMATION_THRESHOLD points, so the IIP's ordinary series (at most
// a few hundred periods) are drawn whole, as before. What decimation could lose is kept apart:
// - a gap: LTTB reads a missing value as 0 and may bridge it; so a long line is drawn as one
//   dataset per unbroken run (no gap inside any), under one legend entry that shows and hides them
//   together;
// - a marked point (a check mark, a note): the marks are drawn from their own place and value, not
//   from the line's points; the points behind them are kept in a dataset of their own, too few to be
//   decimated, so the pointer still reaches them and their tooltips. Pure.
import type { Chart, LegendElement, LegendItem } from 'chart.js';

/** More points than this in a dataset and Chart.js decimates it (about twice a wide chart's width in pixels). */
export const DECIMATION_THRESHOLD = 2000;

/** The decimation plugin's options for our line charts. */
export const lineDecimation = () => ({ enabled: true, algorithm: 'lttb', threshold: DECIMATION_THRESHOLD }) as const;

/** True for a line long enough to be decimated (and so drawn as runs, without dots). */
export const isLongLine = (pointCount: number): boolean => pointCount > DECIMATION_THRESHOLD;

/** A line's points split at its gaps (points without a value) into runs, each holding values only. */
export function unbrokenRuns<P extends { y: number | null }>(points: readonly P[]): P[][] {
  const runs: P[][] = [];
  let run: P[] = [];
  for (const p of points) {
    if (p.y === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(p);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The points of a line at the given x places (the marked ones), with a value, in the line's order. */
export const keptPoints = <P extends { x: number; y: number | null }>(points: readonly P[], xs: ReadonlySet<number>): P[] =>
  xs.size === 0 ? [] : points.filter((p) => p.y !== null && xs.has(p.x));

/**
 * A legend of lines drawn as several datasets each: `lineOf[i]` is dataset i's line. Only a line's
 * first dataset has an entry, and clicking it shows or hides all the line's datasets.
 */
export function linesLegend(lineOf: readonly number[]) {
  const first = lineOf.map((line, i) => lineOf.indexOf(line) === i);
  return {
    filter: (item: LegendItem): boolean => item.datasetIndex === undefined || first[item.datasetIndex] === true,
    onClick: (_event: unknown, item: LegendItem, legend: LegendElement<'line'>): void => {
      const index = item.datasetIndex;
      if (index === undefined) return;
      const chart: Chart = legend.chart;
      const show = !chart.isDatasetVisible(index);
      lineOf.forEach((line, i) => {
        if (line !== lineOf[index]) return;
        if (show) chart.show(i);
        else chart.hide(i);
      });
    },
  };
}
