// Each bar's formatted value written just past its end (left of it for a fall), so a horizontal
// bar chart reads without hovering: drawn the same on screen and in exported pictures.
import type { BarElement, Chart } from 'chart.js';

export interface BarLabelStyle {
  /** A CSS font, e.g. `600 11px "Be Vietnam Pro"`. */
  font: string;
  colour: string;
  /** Pixels between the bar's end and its label. */
  gap: number;
}

export function drawBarValueLabels(chart: Chart<'bar'>, labels: readonly string[], style: BarLabelStyle): void {
  const zero = chart.scales.x?.getPixelForValue(0);
  if (zero === undefined || labels.length === 0) return;
  const { ctx } = chart;
  ctx.save();
  ctx.font = style.font;
  ctx.fillStyle = style.colour;
  ctx.textBaseline = 'middle';
  chart.getDatasetMeta(0).data.forEach((element, i) => {
    const text = labels[i];
    if (!text) return;
    const bar = element as unknown as BarElement & { x: number; y: number };
    const leftward = bar.x < zero;
    ctx.textAlign = leftward ? 'right' : 'left';
    ctx.fillText(text, bar.x + (leftward ? -style.gap : style.gap), bar.y);
  });
  ctx.restore();
}
