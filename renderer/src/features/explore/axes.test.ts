import { describe, expect, it } from 'vitest';
import { itemRefSchema } from '@shared/contract/reference.js';
import { item, series, TOTAL, VN } from '../../../../tests/helpers/contract-fixtures.js';
import { axesOf, axisTitleOf, comparedView, joinUnits, offeredViews, seriesUnitKey, unitKey } from './axes.js';

const cement = itemRefSchema.parse({
  code: 'P1',
  kind: 'product',
  parent: null,
  nameVi: 'Xi măng',
  nameEn: 'Cement',
  quantityUnitVi: 'Triệu tấn',
  quantityUnitEn: 'Million tonnes',
});
const cars = itemRefSchema.parse({
  code: 'P2',
  kind: 'product',
  parent: null,
  nameVi: 'Ô tô',
  nameEn: 'Cars',
  quantityUnitVi: 'Nghìn chiếc',
  quantityUnitEn: 'Thousand units',
});

describe('explore: units and axes of series on one chart', () => {
  it('draws a compared series in the first series’ view where it has it, else in its own first choice', () => {
    const both = series(2, VN, item('B', 'section', 'Khai khoáng', 'Mining'), {
      views: [
        { basis: 'yoy', unit: 'pct' },
        { basis: 'base', unit: 'index' },
      ],
    });
    const indexOnly = series(3, VN, item('C', 'section', 'Chế biến', 'Manufacturing'), { views: [{ basis: 'base', unit: 'index' }] });
    expect(comparedView(both, { basis: 'base', unit: 'index' })).toEqual({ basis: 'base', unit: 'index' });
    expect(comparedView(indexOnly, { basis: 'yoy', unit: 'pct' })).toEqual({ basis: 'base', unit: 'index' });
    // A view chosen for it wins where the series has it.
    expect(comparedView(both, { basis: 'base', unit: 'index' }, 'yoy/pct')).toEqual({ basis: 'yoy', unit: 'pct' });
    expect(comparedView(both, { basis: 'base', unit: 'index' }, 'mom/pct')).toEqual({ basis: 'base', unit: 'index' });
  });

  it('offers a series in the view shown and in each other unit it has', () => {
    const coal = series(6, VN, cement, {
      measure: 'output',
      views: [
        { basis: 'mom', unit: 'pct' },
        { basis: 'level', unit: 'qty' },
        { basis: 'yoy', unit: 'pct' },
      ],
    });
    expect(offeredViews(coal, { basis: 'yoy', unit: 'pct' })).toEqual([
      { basis: 'yoy', unit: 'pct' },
      { basis: 'level', unit: 'qty' },
    ]);
    // Without the view shown: its own first choice, then its other unit.
    expect(offeredViews(coal, { basis: 'base', unit: 'index' })).toEqual([
      { basis: 'yoy', unit: 'pct' },
      { basis: 'level', unit: 'qty' },
    ]);
    expect(
      offeredViews(
        series(1, VN, TOTAL, {
          views: [
            { basis: 'mom', unit: 'pct' },
            { basis: 'yoy', unit: 'pct' },
          ],
        }),
        { basis: 'mom', unit: 'pct' },
      ),
    ).toEqual([{ basis: 'mom', unit: 'pct' }]);
  });

  it('tells bases and quantity units apart', () => {
    expect(unitKey('yoy', 'pct', null)).toBe('yoy/pct');
    expect(unitKey('level', 'qty', 'Triệu tấn')).toBe('level/qty:Triệu tấn');
    const cementOutput = series(4, VN, cement, { measure: 'output', views: [{ basis: 'level', unit: 'qty' }] });
    const carOutput = series(5, VN, cars, { measure: 'output', views: [{ basis: 'level', unit: 'qty' }] });
    expect(seriesUnitKey(cementOutput, { basis: 'level', unit: 'qty' })).not.toBe(seriesUnitKey(carOutput, { basis: 'level', unit: 'qty' }));
    expect(seriesUnitKey(series(1, VN, TOTAL), { basis: 'mom', unit: 'pct' })).not.toBe(seriesUnitKey(series(1, VN, TOTAL), { basis: 'yoy', unit: 'pct' }));
  });

  it('lets a second unit join and refuses a third', () => {
    expect(joinUnits(['pct', 'pct'], 'pct')).toEqual({ ok: true, units: ['pct'] });
    expect(joinUnits(['pct'], 'index')).toEqual({ ok: true, units: ['pct', 'index'] });
    expect(joinUnits(['pct', 'index', 'pct'], 'index')).toEqual({ ok: true, units: ['pct', 'index'] });
    expect(joinUnits(['pct', 'index'], 'qty:Triệu tấn')).toEqual({ ok: false, units: ['pct', 'index'] });
  });

  it('puts the first series’ unit on the left axis and the other on the right', () => {
    expect(axesOf(['index', 'pct', 'index', 'pct'])).toEqual(['y', 'y2', 'y', 'y2']);
    expect(axesOf(['pct', 'pct'])).toEqual(['y', 'y']);
    expect(axesOf([])).toEqual([]);
  });

  it('titles an axis by its figures, or by the transformation, naming the basis where an average keeps it', () => {
    const index = { basis: 'base', unit: 'index', quantityUnit: null } as const;
    expect(axisTitleOf('en', index, null)).toBe('index, base year = 100');
    expect(axisTitleOf('en', index, { label: '3-month moving average', keepsBasis: true })).toBe('3-month moving average — index, base year = 100');
    expect(axisTitleOf('en', index, { label: 'Month-on-month change (%)', keepsBasis: false })).toBe('Month-on-month change (%)');
    expect(axisTitleOf('vi', { basis: 'level', unit: 'qty', quantityUnit: 'Triệu tấn' }, null)).toBe('Triệu tấn');
  });
});
