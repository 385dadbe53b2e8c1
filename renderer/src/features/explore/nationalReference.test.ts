import { describe, expect, it } from 'vitest';
import { figure } from '../../../../tests/helpers/contract-fixtures.js';
import { nationalReference } from './useNationalReference.js';

describe("a ranking's whole-country reference", () => {
  const national = figure('2025-11', 8.4);

  it('draws the figure when it is in the bars’ unit', () => {
    expect(nationalReference('locality', national, 'pct')).toEqual({ figure: national, missing: null });
  });

  it('says it is missing when the store has none, or only in another unit', () => {
    expect(nationalReference('division', null, 'pct')).toEqual({ figure: null, missing: 'no-figure' });
    expect(nationalReference('division', figure('2025-11', 108.4, { unit: 'index', basis: 'base' }), 'pct').missing).toBe('no-figure');
  });

  it('says nothing while asking, and that products have no reference at all', () => {
    expect(nationalReference('section', undefined, 'pct')).toEqual({ figure: null, missing: null });
    expect(nationalReference('product', national, 'pct')).toEqual({ figure: null, missing: 'product' });
  });
});
