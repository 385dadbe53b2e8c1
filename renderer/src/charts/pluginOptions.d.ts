// Options of our own Chart.js plugins, so chart configs that set them typecheck.
import 'chart.js';
import type { ChartType, InteractionModeFunction } from 'chart.js';
import type { MarkedPoint } from './checkMarks.js';

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    /** Tells React which data the chart last drew (see renderSignal.ts). */
    iipRenderSignal?: { key: string };
    /** Value labels at the end of bars (see barValueLabels.ts). */
    iipBarValueLabels?: { labels: string[]; colour?: string };
    /** A labelled vertical line at one value of the x axis (see RankingChart/referenceLine.ts); none when absent. */
    iipReferenceLine?: { value?: number; label?: string; colour?: string };
    /** Points with consistency findings, marked (see checkMarks.ts). */
    iipCheckMarks?: { marks: readonly MarkedPoint[] };
    /** Datasets of kept points on thinned lines, which the pointer reaches first (see keptPoints.ts). */
    iipKeptPoints?: { datasets: readonly number[] };
  }
  interface InteractionModeMap {
    /** 'nearest' along x, a kept point of a thinned line first (see keptPoints.ts). */
    iipNearestKept: InteractionModeFunction;
  }
}
