import { describe, expect, it } from 'vitest';
import type { Vintage } from '@shared/contract/figures.js';
import { dayOf, revisionChartConfig } from './state.js';

const vintage = (releaseId: number, publishedOn: string, value: number, kind: Vintage['kind']): Vintage => ({
  releaseId,
  releaseName: `Release ${releaseId}`,
  publisher: 'GSO',
  publishedOn,
  status: 'estimate',
  sourceFile: 'x.csv',
  value,
  decimals: 1,
  change: null,
  kind,
});

describe('revisionChartConfig', () => {
  const vintages = [vintage(1, '2025-12-06', 9.3, 'first'), vintage(2, '2026-01-06', 9.4, 'revision')];
  const config = revisionChartConfig(vintages, { lang: 'en', unit: 'pct', quantityUnit: null, axisTitle: '% change', renderKey: 'k' });

  it('places each vintage at its publication day, in order', () => {
    expect(config.data.datasets[0]!.data).toEqual([
      { x: dayOf('2025-12-06'), y: 9.3 },
      { x: dayOf('2026-01-06'), y: 9.4 },
    ]);
    expect(dayOf('2026-01-06') - dayOf('2025-12-06')).toBe(31);
  });

  it('holds each value until the next release (horizontal first) and pads the axis either side', () => {
    expect(config.data.datasets[0]!.stepped).toBe('before');
    const x = config.options.scales!.x as { min: number; max: number };
    expect(x.min).toBeLessThan(dayOf('2025-12-06'));
    expect(x.max).toBeGreaterThan(dayOf('2026-01-06'));
  });

  it('names the release on hover', () => {
    const title = config.options.plugins!.tooltip!.callbacks!.title as unknown as (items: { dataIndex: number }[]) => string;
    const label = config.options.plugins!.tooltip!.callbacks!.label as unknown as (item: { dataIndex: number }) => string;
    expect(title([{ dataIndex: 1 }])).toBe('Release 2');
    expect(label({ dataIndex: 0 })).toBe('+9.3% · 6 Dec 2025');
  });
});
