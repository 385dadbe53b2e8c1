import type { Chart, LegendElement, LegendItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { DECIMATION_THRESHOLD, isLongLine, keptPoints, lineDecimation, linesLegend, unbrokenRuns } from './decimation.js';

const xy = (x: number, y: number | null) => ({ x, y });

describe('line decimation', () => {
  it("asks for Chart.js's LTTB past the threshold, which only long lines cross", () => {
    expect(lineDecimation()).toEqual({ enabled: true, algorithm: 'lttb', threshold: DECIMATION_THRESHOLD });
    expect(isLongLine(240)).toBe(false);
    expect(isLongLine(DECIMATION_THRESHOLD)).toBe(false);
    expect(isLongLine(DECIMATION_THRESHOLD + 1)).toBe(true);
  });

  it('splits a line at its gaps into runs holding values only', () => {
    const line = [xy(1, null), xy(2, 5), xy(3, 6), xy(4, null), xy(5, null), xy(6, 7), xy(7, null)];
    expect(unbrokenRuns(line)).toEqual([[xy(2, 5), xy(3, 6)], [xy(6, 7)]]);
    expect(unbrokenRuns([xy(1, 1), xy(2, 2)])).toEqual([[xy(1, 1), xy(2, 2)]]);
    expect(unbrokenRuns([xy(1, null)])).toEqual([]);
  });

  it('keeps the marked points that have a value, in order', () => {
    const line = [xy(1, 5), xy(2, null), xy(3, 6), xy(4, 7)];
    expect(keptPoints(line, new Set([4, 2, 1, 9]))).toEqual([xy(1, 5), xy(4, 7)]);
    expect(keptPoints(line, new Set())).toEqual([]);
  });
});

describe('the legend of lines drawn as several datasets', () => {
  // Datasets 0–2 draw line 0 (two runs and its kept points), dataset 3 draws line 1.
  const lineOf = [0, 0, 0, 1];
  const item = (datasetIndex: number) => ({ datasetIndex, text: `d${datasetIndex}` }) as LegendItem;

  it('lists each line once, by its first dataset', () => {
    const { filter } = linesLegend(lineOf);
    expect([0, 1, 2, 3].map((i) => filter(item(i)))).toEqual([true, false, false, true]);
  });

  it('hides and shows all of a line’s datasets together, leaving the others', () => {
    const visible = [true, true, true, true];
    const chart = {
      isDatasetVisible: (i: number) => visible[i]!,
      hide: (i: number) => void (visible[i] = false),
      show: (i: number) => void (visible[i] = true),
    } as unknown as Chart;
    const legend = { chart } as LegendElement<'line'>;
    const { onClick } = linesLegend(lineOf);
    onClick(null, item(0), legend);
    expect(visible).toEqual([false, false, false, true]);
    onClick(null, item(3), legend);
    expect(visible).toEqual([false, false, false, false]);
    onClick(null, item(0), legend);
    expect(visible).toEqual([true, true, true, false]);
  });
});
