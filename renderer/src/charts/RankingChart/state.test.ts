import { describe, expect, it } from 'vitest';
import { INK, NEGATIVE, POSITIVE } from '@shared/charts/palette.js';
import { rankBars } from '@shared/charts/ranking.js';
import { VN, item, row } from '../../../../tests/helpers/contract-fixtures.js';
import { rankingChartConfig } from './state.js';

const B = item('B', 'section', 'Khai khoáng', 'Mining and quarrying');
const C = item('C', 'section', 'Công nghiệp chế biến, chế tạo', 'Manufacturing');
const D = item('D', 'section', 'Sản xuất và phân phối điện', 'Electricity');
const E = item('E', 'section', 'Cung cấp nước', 'Water supply');
const rows = [row(VN, B, -3.4), row(VN, D, 4.2), row(VN, C, 10.8), row(VN, E, 10)];

describe('renderer ranking chart state', () => {
  it('colours falls differently from rises (colour-blind-safe pair)', () => {
    const config = rankingChartConfig(rankBars(rows, 'en'), { lang: 'en', axisTitle: 'x', renderKey: 'k' });
    expect(config.data.datasets[0]!.backgroundColor).toEqual([POSITIVE, POSITIVE, POSITIVE, NEGATIVE]);
    expect(POSITIVE).not.toBe(NEGATIVE);
  });

  it('draws horizontal bars labelled in the UI language, values formatted per language', () => {
    const vi = rankingChartConfig(rankBars(rows, 'vi'), { lang: 'vi', axisTitle: 'x', renderKey: 'k' });
    expect(vi.options.indexAxis).toBe('y');
    expect(vi.data.labels?.[0]).toEqual(['Công nghiệp chế biến, chế tạo']);
    expect(vi.options.plugins?.iipBarValueLabels?.labels).toEqual(['+10,8%', '+10,0%', '+4,2%', '\u22123,4%']);
    const en = rankingChartConfig(rankBars(rows, 'en'), { lang: 'en', axisTitle: 'x', renderKey: 'k' });
    expect(en.options.plugins?.iipBarValueLabels?.labels).toEqual(['+10.8%', '+10.0%', '+4.2%', '\u22123.4%']);
  });

  it('marks the whole country with a labelled line kept on the axis, and nothing when there is no reference', () => {
    const bars = rankBars(rows, 'vi');
    const config = rankingChartConfig(bars, { lang: 'vi', axisTitle: 'x', renderKey: 'k', reference: { value: 12.5, label: 'Cả nước +12,5%' } });
    expect(config.options.plugins?.iipReferenceLine).toEqual({ value: 12.5, label: 'Cả nước +12,5%', colour: INK });
    // Past the highest bar (10.8), so the axis must reach it.
    expect(config.options.scales?.x?.suggestedMax).toBe(12.5);
    expect(config.options.scales?.x?.suggestedMin).toBe(0);
    expect(config.options.layout?.padding).toEqual({ right: 52, top: 20 });
    const falling = rankingChartConfig(bars, { lang: 'vi', axisTitle: 'x', renderKey: 'k', reference: { value: -6, label: 'Cả nước −6,0%' } });
    expect(falling.options.scales?.x?.suggestedMin).toBe(-6);

    const none = rankingChartConfig(bars, { lang: 'vi', axisTitle: 'x', renderKey: 'k', reference: null });
    expect(none.options.plugins?.iipReferenceLine).toEqual({});
    expect(none.options.scales?.x?.suggestedMax).toBeUndefined();
    expect(none.options.layout?.padding).toEqual({ right: 52, top: 0 });
  });
});
