// The chart bench's page: the app's own series chart (its Chart.js setup, state and React
// component, as the explore view draws it) against a bare Chart.js line of the same data with
// LTTB decimation and nothing of the app. Each run builds a fresh chart and times from the start
// of the build to the end of Chart.js's first draw. scripts/bench/chart.js bundles and drives it.
import '../../../renderer/src/charts/setup.js';
import { Chart, Decimation } from 'chart.js';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SeriesChart } from '../../../renderer/src/charts/SeriesChart/SeriesChart.js';
import type { ChartSeries } from '../../../renderer/src/charts/SeriesChart/state.js';
import { LangContext } from '../../../renderer/src/i18n/useLang.js';
import { barePoints, benchSeries } from './data.js';

Chart.register(Decimation);

let drawnAt: number | null = null;
Chart.register({
  id: 'benchFirstDraw',
  afterRender() {
    drawnAt ??= performance.now();
  },
});

const stage = document.getElementById('stage')!;
const cases = new Map<string, ChartSeries[]>();
const seriesFor = (count: number, months: number): ChartSeries[] => {
  const key = `${count}x${months}`;
  if (!cases.has(key)) cases.set(key, benchSeries(count, months));
  return cases.get(key)!;
};

/** Resolves once the first draw has happened (at once when it already has). */
async function firstDraw(): Promise<number> {
  while (drawnAt === null) await new Promise((resolve) => setTimeout(resolve, 0));
  return drawnAt;
}

/** A run's time and the points the chart drew on its first line (fewer than given once decimated). */
export interface Run {
  ms: number;
  drawn: number;
}

const drawnPoints = (within: HTMLElement): number => {
  const canvas = within.querySelector('canvas');
  const chart = canvas ? Chart.getChart(canvas) : undefined;
  return chart?.getDatasetMeta(0).data.length ?? 0;
};

/** The app's series chart of `count` series × `months` months: milliseconds to its first draw. */
async function app(count: number, months: number): Promise<Run> {
  const series = seriesFor(count, months);
  const host = document.createElement('div');
  stage.append(host);
  const root = createRoot(host);
  drawnAt = null;
  const start = performance.now();
  flushSync(() =>
    root.render(
      <LangContext.Provider value="en">
        <SeriesChart seriesId={1} series={series} unit="pct" axisTitle="% change on same period last year" label="bench" />
      </LangContext.Provider>,
    ),
  );
  const end = await firstDraw();
  const drawn = drawnPoints(host);
  root.unmount();
  host.remove();
  return { ms: end - start, drawn };
}

/** A bare Chart.js line of the same values with LTTB decimation: milliseconds to its first draw. */
async function bare(count: number, months: number): Promise<Run> {
  const datasets = seriesFor(count, months).map((s) => ({ label: s.name, data: barePoints(s) }));
  const box = document.createElement('div');
  box.className = 'bare';
  const canvas = document.createElement('canvas');
  box.append(canvas);
  stage.append(box);
  drawnAt = null;
  const start = performance.now();
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      scales: { x: { type: 'linear' } },
      plugins: { decimation: { enabled: true, algorithm: 'lttb' } },
    },
  });
  const end = await firstDraw();
  const drawn = drawnPoints(box);
  chart.destroy();
  box.remove();
  return { ms: end - start, drawn };
}

declare global {
  interface Window {
    iipChartBench: { app: typeof app; bare: typeof bare; ready: Promise<void> };
  }
}
window.iipChartBench = { app, bare, ready: document.fonts.ready.then(() => undefined) };
