// The JSON-stat reader fuzzed: see tests/helpers/fuzz-readers.ts for what each case must hold.
import { describe, it } from 'vitest';
import { fixturesIn, fuzzReader } from '../helpers/fuzz-readers.js';

describe('jsonstat reader, fuzzed', () => {
  it('reads every random or mutated file, or refuses it with an ImportError naming the file and the place, in bounded time', async () => {
    await fuzzReader({
      name: 'jsonstat',
      format: 'json-stat',
      fileName: 'dataset.json',
      fixtures: [...fixturesIn('jsonstat', ['.json']), ...fixturesIn('malformed', ['.json'])],
      tokens: [
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '"value":',
        '"size":[1000000,1000000]',
        '"index":',
        '"label":',
        'null',
        '1e999',
        '"class":"dataset"',
        '\\u00',
        '"id":["a"]',
      ],
    });
  });
});
