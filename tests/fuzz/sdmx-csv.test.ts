// The SDMX-CSV reader fuzzed: see tests/helpers/fuzz-readers.ts for what each case must hold.
import { describe, it } from 'vitest';
import { fixturesIn, fuzzReader } from '../helpers/fuzz-readers.js';

describe('sdmx-csv reader, fuzzed', () => {
  it('reads every random or mutated file, or refuses it with an ImportError naming the file and the place, in bounded time', async () => {
    await fuzzReader({
      name: 'sdmx-csv',
      format: 'sdmx-csv',
      fileName: 'data.csv',
      fixtures: fixturesIn('sdmx-csv', ['.csv']),
      tokens: [
        'DATAFLOW,',
        ',',
        ';',
        '"',
        '\\n',
        'OBS_VALUE',
        'TIME_PERIOD',
        '2025-M11',
        ': ',
        'IMF:IFS(1.0),M: Monthly,VN: Viet Nam',
        'NaN',
        '1e999',
        'ACTION,',
        'I,',
        'D,',
      ],
    });
  });
});
