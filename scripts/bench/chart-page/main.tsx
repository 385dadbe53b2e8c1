// The chart page: the app's own series chart (its Chart.js setup, state and React component, as the
// explore view draws it) against a bare Chart.js line of the same data with LTTB decimation and
// nothing of the app. Each bench run builds a fresh chart and times from the start of the build to
// the end of Chart.js's first draw (scripts/bench/chart.js). longLine() draws a long line with a gap
// and a check mark and leaves it up, for tests/e2e/chart-decimation.test.ts to look into.
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

/** What a long line's chart drew: per dataset the points drawn, the legend, and the marked point's place in the page. */
export interface LongLineView {
  drawn: number[];
  legend: string[];
  marked: { x: number; y: number };
}

let longLineHost: HTMLElement | null = null;
const chartIn = (host: HTMLElement | null): Chart | undefined => {
  const canvas = host?.querySelector('canvas');
  return canvas ? Chart.getChart(canvas) : undefined;
};

/**
 * The app's chart of 5,000 months from January 1000, months 2,400–2,409 missing, the point of
 * month 3,000 (January 1250) marked by the checks; left up for the test to point at.
 */
async function longLine(): Promise<LongLineView> {
  const [whole] = benchSeries(1, 5000);
  const series = [{ ...whole!, points: whole!.points.filter((_, i) => i < 2400 || i >= 2410) }];
  const markedPoint = whole!.points[3000]!;
  const marks = [{ x: 1000 * 12 + 3000, value: markedPoint.value! }];
  longLineHost = document.createElement('div');
  stage.append(longLineHost);
  drawnAt = null;
  flushSync(() =>
    createRoot(longLineHost!).render(
      <LangContext.Provider value="en">
        <SeriesChart seriesId={2} series={series} unit="pct" axisTitle="%" label="long line" marks={marks} />
      </LangContext.Provider>,
    ),
  );
  await firstDraw();
  const chart = chartIn(longLineHost)!;
  const metas = chart.data.datasets.map((_, i) => chart.getDatasetMeta(i));
  const kept = metas.at(-1)!.data[0]!;
  const box = chart.canvas.getBoundingClientRect();
  return {
    drawn: metas.map((meta) => meta.data.length),
    legend: (chart.legend?.legendItems ?? []).map((item) => item.text),
    marked: { x: box.left + kept.x, y: box.top + kept.y },
  };
}

/** The long line's tooltip title as it stands (empty when none shows). */
const tooltipTitle = (): string[] => chartIn(longLineHost)?.tooltip?.title ?? [];

declare global {
  interface Window {
    iipChartBench: { app: typeof app; bare: typeof bare; longLine: typeof longLine; tooltipTitle: typeof tooltipTitle; ready: Promise<void> };
  }
}
window.iipChartBench = { app, bare, longLine, tooltipTitle, ready: document.fonts.ready.then(() => undefined) };
