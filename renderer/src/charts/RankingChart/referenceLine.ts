// A reference value on a horizontal bar chart (the whole country's figure on a ranking): a dashed
// vertical line across the bars, its label written above them. Options come in the chart config.
import type { Chart, Plugin } from 'chart.js';
import { INK } from '@shared/charts/palette.js';
import { REFERENCE_LINE_ID } from '../pluginIds.js';

interface ReferenceLineOptions {
  value?: number;
  label?: string;
  colour?: string;
}

/** Pixels above the chart area the label needs (state.ts pads the layout by this much). */
export const REFERENCE_LABEL_ROOM_PX = 20;

export const referenceLine: Plugin<'bar'> = {
  id: REFERENCE_LINE_ID,
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: ReferenceLineOptions | null) {
    const x = options?.value === undefined ? undefined : chart.scales.x?.getPixelForValue(options.value);
    if (x === undefined || !Number.isFinite(x)) return;
    const { ctx, chartArea } = chart;
    const colour = options?.colour ?? INK;
    ctx.save();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top - 4);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
    if (options?.label) {
      ctx.setLineDash([]);
      ctx.fillStyle = colour;
      ctx.font = `600 11px ${String(chart.options.font?.family ?? 'sans-serif')}`;
      ctx.textBaseline = 'bottom';
      // Kept inside the canvas: centred on the line unless that would cut it off at an edge.
      const width = ctx.measureText(options.label).width;
      const left = Math.min(Math.max(x - width / 2, chartArea.left), chartArea.right - width);
      ctx.textAlign = 'left';
      ctx.fillText(options.label, left, chartArea.top - 6);
    }
    ctx.restore();
  },
};
