import { describe, expect, it } from 'vitest';
import type { CatalogGroup } from '../../electron/shared/contract/catalog.js';
import { catalogEntry, orderGroups } from '../../renderer/src/features/catalog/catalogEntries.js';
import { defaultView, orderedViews, resolveView } from '../../renderer/src/features/explore/views.js';
import { figureTitle, initialLang } from '../../renderer/src/i18n.js';
import { TOTAL, VN, geo, item, series } from './renderer-fixtures.js';

describe('renderer language choice', () => {
  it('prefers the stored choice, else Vietnamese for Vietnamese browsers, else English', () => {
    expect(initialLang('en', 'vi-VN')).toBe('en');
    expect(initialLang(null, 'vi-VN')).toBe('vi');
    expect(initialLang(null, 'vi')).toBe('vi');
    expect(initialLang(null, 'en-US')).toBe('en');
    expect(initialLang('fr', 'de-DE')).toBe('en');
    expect(initialLang(null, undefined)).toBe('en');
  });

  it('says what a figure is in both languages', () => {
    expect(figureTitle('en', 'iip', 'yoy', 'pct')).toBe('IIP, % change on same period last year');
    expect(figureTitle('vi', 'iip', 'yoy', 'pct')).toBe('Chỉ số sản xuất công nghiệp, % so với cùng kỳ năm trước');
    expect(figureTitle('en', 'iip', 'mom', 'pct')).toBe('IIP, % change on previous month');
    expect(figureTitle('vi', 'contribution', 'yoy', 'pp')).toBe('Đóng góp vào tăng trưởng IIP, điểm %, so với cùng kỳ năm trước');
    expect(figureTitle('en', 'output', 'level', 'qty', 'thousand tonnes')).toBe('Output (thousand tonnes)');
  });
});

describe('renderer catalog', () => {
  const phuTho = geo('P25', 'Phú Thọ', 'Phu Tho');
  const C = item('C', 'section', 'Công nghiệp chế biến, chế tạo', 'Manufacturing');
  const car = item('P_CAR', 'product', 'Ô tô', 'Automobiles');

  it('puts groups in reading order and drops empty ones', () => {
    const groups: CatalogGroup[] = [
      { key: 'product', series: [series(5, VN, car, { measure: 'output' })] },
      { key: 'locality', series: [series(4, phuTho, TOTAL)] },
      { key: 'division', series: [] },
      { key: 'section', series: [series(2, VN, C)] },
      { key: 'total', series: [series(1, VN, TOTAL)] },
    ];
    expect(orderGroups(groups).map((g) => g.key)).toEqual(['total', 'section', 'locality', 'product']);
  });

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

describe('renderer series views', () => {
  it('opens on same period last year as a % change', () => {
    const views = [
      { basis: 'mom' as const, unit: 'pct' as const },
      { basis: 'yoy' as const, unit: 'index' as const },
      { basis: 'yoy' as const, unit: 'pct' as const },
    ];
    expect(defaultView(views)).toEqual({ basis: 'yoy', unit: 'pct' });
    expect(orderedViews(views).map((v) => `${v.basis}/${v.unit}`)).toEqual(['yoy/pct', 'yoy/index', 'mom/pct']);
    expect(resolveView(views, 'mom/pct')).toEqual({ basis: 'mom', unit: 'pct' });
    expect(resolveView(views, 'base/index')).toEqual({ basis: 'yoy', unit: 'pct' });
    expect(defaultView([])).toBeNull();
  });
});
