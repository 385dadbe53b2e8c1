// The tidy CSV reader fuzzed: see tests/helpers/fuzz-readers.ts for what each case must hold.
import { describe, it } from 'vitest';
import { fixturesIn, fuzzReader } from '../helpers/fuzz-readers.js';

describe('tidy-csv reader, fuzzed', () => {
  it('reads every random or mutated file, or refuses it with an ImportError naming the file and the place, in bounded time', async () => {
    await fuzzReader({
      name: 'tidy-csv',
      format: 'csv',
      fileName: 'figures.csv',
      fixtures: [...fixturesIn('tidy-csv', ['.csv']), ...fixturesIn('e2e', ['.csv'])],
      tokens: [
        ',',
        ';',
        '"',
        '""',
        '\\r\\n',
        '\\n',
        'VN,TOTAL,iip,2025-11,yoy,pct,10.8',
        '1e999',
        'NaN',
        '-',
        'geo,item,measure,period,basis,unit,value\\n',
        ',,,,,,,,,,,,',
      ],
    });
  });
});
