import { describe, expect, it } from 'vitest';
import { NO_VALUE_WORDS } from './labels.js';
import { NO_VALUE_REASONS } from './model.js';
import { parseTransform, TRANSFORM_SPECS, TransformSpecError } from './spec.js';
import { monthlyIndex, show } from './test-series.js';

const series = monthlyIndex([
  ['2024-01', 100.0],
  ['2024-02', 100.0],
  ['2024-03', 100.0],
  ['2025-01', 110.0],
  ['2025-02', 90.0],
  ['2025-03', 101.0],
]);

describe('transformation specs', () => {
  it('reads each spec into its transformation', () => {
    expect(show(parseTransform('yoy').apply(series).points).at(-1)).toBe('2025-03 1.0');
    expect(show(parseTransform('mom').apply(series).points).at(-1)).toBe('2025-03 12.2'); // 101 / 90 → +12.22
    expect(show(parseTransform('ytd').apply(series).points).at(-1)).toBe('2025-01..2025-03 0.3'); // 301 / 300
    expect(show(parseTransform('ma3').apply(series).points).at(-1)).toBe('2025-03 100.3');
    expect(show(parseTransform('tet').apply(series).points)).toEqual(['2024-01..2024-02 too-short', '2025-01..2025-02 0.0']);
    expect(parseTransform('rebase:2024').apply(series).basePeriod).toBe('2024');
    expect(parseTransform('quarterly').apply(series).kind).toBe('quarter');
    expect(parseTransform('annual').apply(series).kind).toBe('year');
    expect(parseTransform('cumulative').apply(series).kind).toBe('cumulative');
    expect(parseTransform('ma12').apply(series).points[0]).toMatchObject({ reason: 'too-short' });
    expect(parseTransform('chain').apply(series).points[0]).toMatchObject({ reason: 'needs-mom' });
  });

  it('labels each in both languages, the rebase with its year', () => {
    expect(parseTransform('ma3').label).toEqual({ vi: 'Trung bình trượt 3 tháng', en: '3-month moving average' });
    expect(parseTransform(' Rebase:2020 ').label).toEqual({ vi: 'Chỉ số, năm 2020 = 100', en: 'Index, 2020 = 100' });
    for (const spec of TRANSFORM_SPECS) {
      const { label } = parseTransform(spec.replace('YEAR', '2020'));
      expect(label.vi && label.en && label.vi !== label.en).toBeTruthy();
    }
  });

  it('refuses an unknown spec, naming it and the accepted ones', () => {
    expect(() => parseTransform('ma6')).toThrow(TransformSpecError);
    expect(() => parseTransform('ma6')).toThrow(
      /unknown transformation 'ma6'.*accepted: yoy, mom, ytd, rebase:YEAR, chain, ma3, ma12, annual, quarterly, cumulative, tet/,
    );
    expect(() => parseTransform('rebase:20')).toThrow(/'rebase:20': rebase needs a four-digit base year/);
    expect(() => parseTransform('toString')).toThrow(TransformSpecError);
  });

  it('has words for every reason a point may lack a value', () => {
    for (const reason of NO_VALUE_REASONS) expect(NO_VALUE_WORDS.vi[reason] && NO_VALUE_WORDS.en[reason]).toBeTruthy();
  });
});
