// Options of our own Chart.js plugins, so chart configs that set them typecheck.
import 'chart.js';
import type { ChartType } from 'chart.js';
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
  }
}
