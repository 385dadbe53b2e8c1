import { describe, expect, it } from 'vitest';
import type { FigureValue, SourceRef } from '../../shared/contract/figures.js';
import { vintagesOf } from './history.js';

const source = (releaseId: number, publishedOn: string, value: number, decimals: number, unit: SourceRef['unit'] = 'pct'): SourceRef => ({
  releaseId,
  releaseName: `release ${releaseId}`,
  publisher: 'GSO',
  publishedOn,
  publishedOnNote: null,
  status: 'estimate',
  sourceFile: `${releaseId}.csv`,
  quote: null,
  location: null,
  value,
  decimals,
  unit,
  statedPeriod: null,
  flags: [],
  note: null,
});

describe('a figure’s vintages', () => {
  it('are oldest first, read in the shown unit, each with its change and whether it revised', () => {
    // Sources as a shown figure carries them: the shown one first, revised ones after.
    const figure = {
      basis: 'yoy',
      sources: [source(3, '2026-02-01', 9.42, 2), source(2, '2026-01-06', 109.4, 1, 'index'), source(1, '2025-12-06', 9.3, 1)],
    } as unknown as FigureValue;
    expect(vintagesOf(figure).map((v) => [v.publishedOn, v.value, v.change, v.kind])).toEqual([
      ['2025-12-06', 9.3, null, 'first'],
      ['2026-01-06', 9.4, 0.1, 'revision'],
      ['2026-02-01', 9.42, 0.02, 'restated'],
    ]);
  });
});
