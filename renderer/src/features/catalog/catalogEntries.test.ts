import { describe, expect, it } from 'vitest';
import { TOTAL, VN, geo, item, series } from '../../../../tests/helpers/contract-fixtures.js';
import { catalogEntry } from './catalogEntries.js';

describe('renderer catalog', () => {
  const phuTho = geo('P25', 'Phú Thọ', 'Phu Tho');
  const C = item('C', 'section', 'Công nghiệp chế biến, chế tạo', 'Manufacturing');
  const car = item('P_CAR', 'product', 'Ô tô', 'Automobiles');

  it('names localities in Vietnamese, diacritics kept, in both languages', () => {
    expect(catalogEntry(series(4, phuTho, TOTAL), 'locality', 'en')).toMatchObject({ name: 'Phú Thọ', subName: null, code: null });
    expect(catalogEntry(series(4, phuTho, TOTAL), 'locality', 'vi')).toMatchObject({ name: 'Phú Thọ', subName: null });
    expect(catalogEntry(series(2, VN, C), 'section', 'en')).toMatchObject({ name: 'Manufacturing', subName: null, code: 'C', measure: null });
  });

  it('tells a contribution series apart from the IIP series of the same industry', () => {
    const entry = catalogEntry(series(3, VN, C, { measure: 'contribution', views: [{ basis: 'yoy', unit: 'pp' }] }), 'section', 'en');
    expect(entry.measure).toBe('Contribution to IIP growth');
    expect(catalogEntry(series(5, VN, car, { measure: 'output' }), 'product', 'en').measure).toBeNull();
  });
});
