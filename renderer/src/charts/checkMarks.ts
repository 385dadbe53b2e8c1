// Marks on the points the consistency checks found at odds with other figures: a red ring round the
// point and a small red triangle above it, pointing at it. The places come in the plugin's options
// (x on the time axis, the value drawn), so the chart's state decides what is marked.
import type { Chart, Plugin } from 'chart.js';
import { CHECK_MARK } from '@shared/charts/palette.js';
import { CHECK_MARKS_ID } from './pluginIds.js';

/** A point to mark: its place on the x scale and its value. */
export interface MarkedPoint {
  x: number;
  value: number;
}

const RING_RADIUS = 7;
const TRIANGLE = { gap: 5, height: 8, halfWidth: 5 };

export const checkMarks: Plugin<'line'> = {
  id: CHECK_MARKS_ID,
  afterDatasetsDraw(chart: Chart<'line'>, _args, options: { marks?: readonly MarkedPoint[] }) {
    const { ctx, chartArea } = chart;
    const xScale = chart.scales.x;
    const yScale = chart.scales.y;
    if (!xScale || !yScale) return;
    ctx.save();
    ctx.strokeStyle = CHECK_MARK;
    ctx.fillStyle = CHECK_MARK;
    ctx.lineWidth = 2;
    for (const mark of options.marks ?? []) {
      const px = xScale.getPixelForValue(mark.x);
      const py = yScale.getPixelForValue(mark.value);
      if (px < chartArea.left - 1 || px > chartArea.right + 1) continue;
      ctx.beginPath();
      ctx.arc(px, py, RING_RADIUS, 0, 2 * Math.PI);
      ctx.stroke();
      const tip = py - RING_RADIUS - TRIANGLE.gap;
      ctx.beginPath();
      ctx.moveTo(px, tip);
      ctx.lineTo(px - TRIANGLE.halfWidth, tip - TRIANGLE.height);
      ctx.lineTo(px + TRIANGLE.halfWidth, tip - TRIANGLE.height);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  },
};
