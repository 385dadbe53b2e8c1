import { describe, expect, it } from 'vitest';
import { parseTransform } from '../../shared/analysis/spec.js';
import { parsePeriod } from '../../shared/period.js';
import { BadInputError } from '../errors.js';
import { inputKindFor, pointAt, readTransform, resultPeriodFor, startingBases } from './transformed.js';

describe('which stored figures a transformation starts from', () => {
  it('prefers the index on its base year, quantities for products, and lets a moving average smooth changes', () => {
    expect(startingBases('yoy', 'iip')).toEqual(['base', 'level']);
    expect(startingBases('ytd', 'output')).toEqual(['level', 'base']);
    expect(startingBases('rebase:2020', 'iip')).toEqual(['base']);
    expect(startingBases('chain', 'iip')).toEqual(['mom']);
    expect(startingBases('ma3', 'iip')).toEqual(['base', 'level', 'yoy', 'mom']);
  });

  it('reads months for what is built from months, and the period kind asked for otherwise', () => {
    const kind = (spec: string, wanted?: Parameters<typeof inputKindFor>[1]) => inputKindFor(parseTransform(spec), wanted);
    expect(kind('yoy')).toBe('month');
    expect(kind('yoy', 'quarter')).toBe('quarter');
    expect(kind('yoy', 'cumulative')).toBe('cumulative');
    expect(kind('ytd', 'cumulative')).toBe('month');
    expect(kind('tet', 'cumulative')).toBe('month');
    expect(kind('annual', 'year')).toBe('month');
    expect(kind('rebase:2020', 'year')).toBe('year');
    expect(kind('ma3', 'quarter')).toBe('quarter'); // where every point then says it needs months
    expect(() => kind('tet', 'year')).toThrow(BadInputError);
  });

  it('reads a month asked of ytd or tet as January to that month', () => {
    expect(resultPeriodFor(parseTransform('ytd'), parsePeriod('2024-04')!).code).toBe('2024-01..2024-04');
    expect(resultPeriodFor(parseTransform('yoy'), parsePeriod('2024-04')!).code).toBe('2024-04');
  });

  it('says why a period the result does not reach has no value', () => {
    const points = [
      { period: '2024-02', value: 1.5, decimals: 1 },
      { period: '2024-04', value: 2, decimals: 1 },
    ];
    expect(pointAt({ points }, parsePeriod('2024-04')!)).toEqual({ period: '2024-04', value: 2, decimals: 1 });
    expect(pointAt({ points }, parsePeriod('2024-01')!)).toMatchObject({ value: null, reason: 'too-short' });
    expect(pointAt({ points }, parsePeriod('2024-03')!)).toMatchObject({ value: null, reason: 'missing-month' });
    expect(pointAt({ points }, parsePeriod('2024-Q3')!)).toMatchObject({ value: null, reason: 'missing-period' });
  });

  it('refuses an unknown spec as bad input', () => {
    expect(() => readTransform('median')).toThrow(BadInputError);
  });
});
