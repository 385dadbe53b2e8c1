import { describe, expect, it } from 'vitest';
import { parseWeightsFile } from '../../electron/core/contributions/weights-file.js';

const vocabulary = { geos: new Set(['VN', 'P01']), sections: ['B', 'C', 'D', 'E'] };

describe('weights file', () => {
  it('reads columns in any order and case, a byte-order mark, quoted sources, VN by default', () => {
    const rows = parseWeightsFile(
      'w.csv',
      '\uFEFFItem,Weight_Percent,BASE_YEAR,source,geo\r\nc,75.25,2020,"Table 3, p. 12",\r\nB,15,2020,,P01\r\n',
      vocabulary,
    );
    expect(rows).toEqual([
      { geo: 'VN', baseYear: 2020, item: 'C', weight: 75.25, decimals: 2, source: 'Table 3, p. 12', row: 2 },
      { geo: 'P01', baseYear: 2020, item: 'B', weight: 15, decimals: 0, source: null, row: 3 },
    ]);
  });

  it('accepts four weights adding up to 100 within their rounding, and refuses beyond it', () => {
    const file = (e: string) => `base_year,item,weight_percent\n2020,B,15.1\n2020,C,74.9\n2020,D,8.1\n2020,E,${e}\n`;
    // 15.1 + 74.9 + 8.1 + 2.1 = 100.2: exactly the allowance of four half-tenths.
    expect(parseWeightsFile('w.csv', file('2.1'), vocabulary)).toHaveLength(4);
    expect(() => parseWeightsFile('w.csv', file('2.2'), vocabulary)).toThrow('add up to 100.3, not 100 within rounding (±0.2)');
  });

  it('refuses an empty file, a header without rows, an unknown column and a row too long', () => {
    expect(() => parseWeightsFile('w.csv', '', vocabulary)).toThrow(
      'w.csv: the file is empty; expected a header line: base_year,item,weight_percent,geo,source',
    );
    expect(() => parseWeightsFile('w.csv', 'base_year,item,weight_percent\n', vocabulary)).toThrow('the file has a header but no weights');
    expect(() => parseWeightsFile('w.csv', 'base_year,item,weight,x\n', vocabulary)).toThrow("w.csv (row 1, column 3): unknown column 'weight'");
    expect(() => parseWeightsFile('w.csv', 'base_year,item,weight_percent\n2020,C,75.0,extra\n', vocabulary)).toThrow(
      'w.csv (row 2): 4 fields but the header has 3 columns',
    );
  });

  it('refuses a weight with a decimal comma or a per cent sign', () => {
    expect(() => parseWeightsFile('w.csv', 'base_year,item,weight_percent\n2020,C,"75,0"\n', vocabulary)).toThrow(
      "(row 2, column 3 (weight_percent)): '75,0' is not a number",
    );
    expect(() => parseWeightsFile('w.csv', 'base_year,item,weight_percent\n2020,C,75%\n', vocabulary)).toThrow("'75%' is not a number");
  });
});
