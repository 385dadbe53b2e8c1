// A chart's numbers as tab-separated text for the clipboard: a header row (the series, or the
// measure for bars), then one row per category. Numbers are written as the UI language's Excel
// expects to read them when pasted, each with its published decimals — a decimal comma in Vietnamese, a point in English — without
// grouping, so they paste as numbers; text is neutralised against formula injection.
import type { ChartSpec } from './chart-spec.js';
import { neutralise } from './neutralise.js';

const cellText = (text: string): string => neutralise(text.replace(/[\t\r\n]+/g, ' '));

function numberText(value: number, decimals: number, lang: ChartSpec['lang']): string {
  const fixed = value.toFixed(decimals);
  return lang === 'vi' ? fixed.replace('.', ',') : fixed;
}

export function chartTsv(spec: ChartSpec): string {
  const header = ['', ...spec.series.map((s) => s.name)].map(cellText);
  const rows = spec.categories.map((category, i) => [
    cellText(category),
    ...spec.series.map((s) => {
      const value = s.values[i];
      return value === null || value === undefined ? '' : numberText(value, s.decimals[i] ?? spec.decimals, spec.lang);
    }),
  ]);
  return [header, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
}
