import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importErrorOf } from '../helpers/errors.js';
import { parseSdmxCsv } from '../../electron/core/import/formats/sdmx-csv/index.js';
import { warningTexts } from '../helpers/warnings.js';

const fx = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/sdmx-csv', name));
const errorOf = importErrorOf;

describe('parseSdmxCsv', () => {
  it('reads SDMX-CSV 1.0 with "ID: Label" headers and "code: label" cells', () => {
    const r = parseSdmxCsv(fx('v1-labels.csv'), 'v1.csv');
    expect(r.figures.map((f) => [f.geoLabel, f.itemLabel, f.period, f.basis, f.unit, f.baseYear ?? null, f.value, f.status ?? null, f.location])).toEqual([
      ['VN', 'TOTAL', '2025-10', 'base', 'index', 2010, 212.05, 'official', 'row 2'],
      ['VN', 'TOTAL', '2025-11', 'yoy', 'pct', null, 10.8, 'estimate', 'row 3'],
      ['VN', 'TOTAL', '2025-Q3', 'mom', 'pct', null, 2.1, null, 'row 4'],
    ]);
    expect(warningTexts(r)).toContain('1 observation(s) without a value (empty or NaN) were skipped');
    expect(r.release).toMatchObject({ name: 'IMF:IFS(1.0)', sourceKind: 'sdmx' });
  });

  it('reads SDMX-CSV 2.0 with ACTION, UNIT_MEASURE/TRANSFORMATION and DECIMALS', () => {
    const r = parseSdmxCsv(fx('v2-action.csv'), 'v2.csv');
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.basis, f.unit, f.value, f.decimals, f.status ?? null])).toEqual([
      ['C', '2025-11', 'yoy', 'pct', 11.8, 1, 'preliminary'],
      ['B', '2025-11', 'yoy', 'pct', 7, 1, 'preliminary'],
      ['TOTAL', '2024', 'base', 'index', 215.3, 1, 'official'],
    ]);
    expect(warningTexts(r)).toContain('1 row(s) with ACTION "D" (delete) were skipped');
  });

  it('reports errors with row and column', () => {
    expect(errorOf(() => parseSdmxCsv('DATAFLOW,FREQ,TIME_PERIOD,OBS_VALUE\nX,M,2025-11,abc\n', 'e.csv'))).toMatchObject({
      place: 'row 2, column OBS_VALUE',
      detail: 'OBS_VALUE "abc" is not a number',
    });
    expect(errorOf(() => parseSdmxCsv('DATAFLOW,INDICATOR,TIME_PERIOD,OBS_VALUE\nX,AIP_IX,2025-13,1\n', 'e.csv')).place).toBe('row 2, column TIME_PERIOD');
    expect(errorOf(() => parseSdmxCsv('FREQ,TIME_PERIOD,OBS_VALUE\nM,2025-11,1\n', 'e.csv')).place).toBe('row 1, column 1');
    expect(errorOf(() => parseSdmxCsv('DATAFLOW,INDICATOR,TIME_PERIOD,OBS_VALUE\nX,FOO,2025-11,1\n', 'e.csv')).detail).toMatch(/no figures: .*FOO/);
  });
});
