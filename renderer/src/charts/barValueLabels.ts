// Draws each bar's formatted value just past its end, so a horizontal bar chart reads without
// hovering (and prints). Labels come preformatted in the plugin options, one per bar.
import type { BarElement, Chart, Plugin } from 'chart.js';
import { BAR_VALUE_LABELS_ID } from './pluginIds.js';

export const barValueLabels: Plugin<'bar'> = {
  id: BAR_VALUE_LABELS_ID,
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: { labels?: string[]; colour?: string }) {
    const labels = options.labels;
    if (!labels || labels.length === 0) return;
    const meta = chart.getDatasetMeta(0);
    const { ctx } = chart;
    const zero = chart.scales.x?.getPixelForValue(0);
    if (zero === undefined) return;
    ctx.save();
    ctx.font = `600 11px ${String(chart.options.font?.family ?? 'sans-serif')}`;
    ctx.fillStyle = options.colour ?? '#1f2933';
    ctx.textBaseline = 'middle';
    meta.data.forEach((element, i) => {
      const text = labels[i];
      if (!text) return;
      const bar = element as unknown as BarElement & { x: number; y: number };
      const leftward = bar.x < zero;
      ctx.textAlign = leftward ? 'right' : 'left';
      ctx.fillText(text, bar.x + (leftward ? -4 : 4), bar.y);
    });
    ctx.restore();
  },
};
