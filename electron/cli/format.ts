// Plain-text output of the CLI.
import type { FigureValue } from '../shared/contract/figures.js';

/** The value as published, at its own precision: 9.3, -3.4, 108.94. */
export function formatFigure(f: Pick<FigureValue, 'value' | 'decimals'>): string {
  return f.value.toFixed(f.decimals);
}

export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
