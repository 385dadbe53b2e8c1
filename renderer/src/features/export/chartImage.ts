// A chart on screen as a PNG at 1×, 2× or 3× its size, on white or transparent: Chart.js draws it
// again at that pixel ratio (sharp text and lines, not an enlarged bitmap), then the screen's
// ratio is put back.
import { Chart } from 'chart.js';

export async function chartPng(canvas: HTMLCanvasElement, scale: number, transparent: boolean): Promise<Blob> {
  const chart = Chart.getChart(canvas);
  if (!chart) throw new Error('the chart is not drawn yet');
  const screenRatio = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = scale;
  chart.resize();
  try {
    const out = document.createElement('canvas');
    out.width = chart.canvas.width;
    out.height = chart.canvas.height;
    const ctx = out.getContext('2d')!;
    if (!transparent) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
    }
    ctx.drawImage(chart.canvas, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
    );
  } finally {
    chart.options.devicePixelRatio = screenRatio;
    chart.resize();
  }
}
