// The pointer on a chart with thinned lines (./decimation.ts): Chart.js's 'nearest' along x, except
// that a kept point (behind a check mark or a note) within a few pixels wins. At five months a pixel
// a thinned neighbour is often nearer by a fraction of a pixel, and would take the mark's tooltip
// and click. Registered once in setup.ts; the kept datasets are named in the chart's options.
import { Interaction, type Chart, type ChartEvent, type InteractionItem, type InteractionOptions } from 'chart.js';
import { KEPT_POINTS_ID } from './pluginIds.js';

/** How close (in pixels along x) the pointer must be for a kept point to win. */
export const KEPT_REACH_PX = 6;

export function nearestOrKept(chart: Chart, event: ChartEvent, options: InteractionOptions, useFinalPosition?: boolean): InteractionItem[] {
  const nearest = Interaction.modes.nearest(chart, event, options, useFinalPosition);
  const kept = chart.options.plugins?.[KEPT_POINTS_ID]?.datasets ?? [];
  if (kept.length === 0 || event.x === null) return nearest;
  let best: InteractionItem | null = null;
  let bestDistance = KEPT_REACH_PX;
  for (const datasetIndex of kept) {
    if (datasetIndex === undefined || !chart.isDatasetVisible(datasetIndex)) continue;
    chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
      const distance = Math.abs(element.x - event.x!);
      if (distance <= bestDistance) {
        best = { element, datasetIndex, index };
        bestDistance = distance;
      }
    });
  }
  return best ? [best] : nearest;
}
