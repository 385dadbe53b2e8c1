// The bar value labels on screen: labels come preformatted in the plugin options, one per bar
// (the drawing is @shared/charts/bar-value-labels, which exported pictures use too).
import type { Chart, Plugin } from 'chart.js';
import { drawBarValueLabels } from '@shared/charts/bar-value-labels.js';
import { BAR_VALUE_LABELS_ID } from './pluginIds.js';

export const barValueLabels: Plugin<'bar'> = {
  id: BAR_VALUE_LABELS_ID,
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: { labels?: string[]; colour?: string }) {
    drawBarValueLabels(chart, options.labels ?? [], {
      font: `600 11px ${String(chart.options.font?.family ?? 'sans-serif')}`,
      colour: options.colour ?? '#1f2933',
      gap: 4,
    });
  },
};
