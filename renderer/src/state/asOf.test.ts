import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract } from '@shared/contract/index.js';
import { asOfStore, DATED_CHANNELS, readAsOf, withAsOf } from './asOf.js';

describe('the app-wide as-of date', () => {
  it('knows every channel whose input takes asOf, and only those', () => {
    const takesAsOf = CHANNELS.filter((c) => {
      const input = contract[c].input;
      return input instanceof z.ZodObject && 'asOf' in input.shape;
    });
    expect([...DATED_CHANNELS].sort()).toEqual(takesAsOf.sort());
    expect(DATED_CHANNELS.has('catalog:list')).toBe(true);
    expect(DATED_CHANNELS.has('notes:list')).toBe(false);
  });

  it('adds the date to a dated channel only, and never over a date the caller gave', () => {
    expect(withAsOf('figures:ranking', { period: '2024-03', basis: 'yoy', group: 'section' }, '2024-03-05')).toEqual({
      period: '2024-03',
      basis: 'yoy',
      group: 'section',
      asOf: '2024-03-05',
    });
    expect(withAsOf('catalog:list', {}, null)).toEqual({});
    expect(withAsOf('notes:list', {}, '2024-03-05')).toEqual({});
    expect(withAsOf('app:info', {}, '2024-03-05')).toEqual({});
    expect(withAsOf('analysis:checks', { asOf: '2023-01-01' }, '2024-03-05')).toEqual({ asOf: '2023-01-01' });
  });

  it('leaves the input it was given as it was (queries key on it)', () => {
    const input = { search: 'phu tho' };
    const dated = withAsOf('catalog:list', input, '2024-03-05');
    expect(input).toEqual({ search: 'phu tho' });
    expect(dated).not.toBe(input);
  });

  it('reads a finished day from the date input; an empty or impossible one is no date', () => {
    expect(readAsOf('2024-03-05')).toBe('2024-03-05');
    expect(readAsOf('')).toBeNull();
    expect(readAsOf('2024-02-30')).toBeNull();
    expect(readAsOf('0002-03-05')).toBeNull();
    expect(readAsOf('05/03/2024')).toBeNull();
  });

  it('starts on today (no date)', () => {
    expect(asOfStore.get()).toBeNull();
  });
});
