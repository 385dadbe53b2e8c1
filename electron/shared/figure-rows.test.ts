import { describe, expect, it } from 'vitest';
import { figureRows } from './figure-rows.js';
import { figure, source } from '../../tests/helpers/contract-fixtures.js';

describe('figure table rows', () => {
  it('lists the newest period first with formatted cells', () => {
    const rows = figureRows([figure('2025-05', 1), figure('2025-11', 10.8), figure('2025-01..2025-11', 9.3)], 'vi');
    expect(rows.map((r) => r.period)).toEqual(['2025-01..2025-11', '2025-11', '2025-05']);
    expect(rows[1]).toMatchObject({
      periodLabel: 'Tháng 11/2025',
      value: '+10,8%',
      unit: '%',
      status: 'ước tính',
      statusCode: 'estimate',
      sourceDate: '06/12/2025',
    });
    expect(rows[1]!.sourceDetail).toBe('IIP rose 10.8%');
  });

  it('flags a mislabelled period with a warning and the note', () => {
    const f = figure('2025-01..2025-05', 8.8, { flags: ['period-mislabelled'], note: 'The article says "second quarter".', statedPeriod: '2025-Q2' });
    const [row] = figureRows([f], 'en');
    const note = row!.notes.find((n) => n.kind === 'mislabelled')!;
    expect(note.text).toBe('⚠ The article says "second quarter".');
    expect(note.detail).toContain('source says: Q2 2025');
  });

  it('counts sources and shows revisions', () => {
    const f = figure('2025-01..2025-05', 8.8, {
      sources: [source({ value: 8.8 }), source({ releaseName: 'Other', value: 8.8 })],
      revisions: [{ value: 8.5, decimals: 1, publishedOn: '2025-06-01', releaseName: 'First estimate' }],
    });
    const [row] = figureRows([f], 'en');
    expect(row!.notes.map((n) => n.text)).toEqual(['2 sources', 'revised from +8.5%']);
    expect(row!.notes[0]!.detail).toContain('Other');
    expect(figureRows([f], 'vi')[0]!.notes.map((n) => n.text)).toEqual(['2 nguồn', 'điều chỉnh từ +8,5%']);
  });
});
