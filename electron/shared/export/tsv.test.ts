import { describe, expect, it } from 'vitest';
import { figure, source } from '../../../tests/helpers/contract-fixtures.js';
import { seriesChartSpec } from './chart-spec.js';
import { chartTsv } from './tsv.js';

describe('the clipboard table', () => {
  const figures = [figure('2025-10', 2.1, { sources: [source()] }), figure('2025-11', -0.35, { decimals: 2 })];

  it('pastes numbers with their published decimals, the decimal comma in Vietnamese and a point in English', () => {
    const vi = chartTsv(seriesChartSpec(figures, 'Toàn ngành', { lang: 'vi', title: 'x' }));
    expect(vi.split('\r\n')[1]).toMatch(/\t2,1$/);
    expect(vi.split('\r\n')[2]).toMatch(/\t-0,35$/);
    const en = chartTsv(seriesChartSpec(figures, 'Whole industry', { lang: 'en', title: 'x' }));
    expect(en.split('\r\n')[2]).toMatch(/\t-0.35$/);
    expect(en.split('\r\n')[0]).toBe('\tMonth');
  });

  it('neutralises text that a spreadsheet would read as a formula, and keeps tabs out of cells', () => {
    const spec = { ...seriesChartSpec(figures, 'x', { lang: 'en', title: 'x' }), categories: ['=HYPERLINK("x")', 'a\tb'] };
    const [, first, second] = chartTsv(spec).split('\r\n');
    expect(first!.startsWith(`'=HYPERLINK("x")\t`)).toBe(true);
    expect(second!.startsWith('a b\t')).toBe(true);
  });
});
