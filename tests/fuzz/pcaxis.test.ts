// The PC-Axis reader fuzzed: see tests/helpers/fuzz-readers.ts for what each case must hold.
import { describe, it } from 'vitest';
import { fixturesIn, fuzzReader } from '../helpers/fuzz-readers.js';

describe('pcaxis reader, fuzzed', () => {
  it('reads every random or mutated file, or refuses it with an ImportError naming the file and the place, in bounded time', async () => {
    await fuzzReader({
      name: 'pcaxis',
      format: 'pc-axis',
      fileName: 'table.px',
      fixtures: fixturesIn('pcaxis', ['.px']),
      tokens: [
        'DATA=',
        ';',
        '"',
        '"\\n"',
        'VALUES("Quarter")=',
        'STUB=',
        'HEADING=',
        'CODEPAGE="windows-1258";',
        '[vi]',
        '("a","b")',
        '..',
        '"-"',
        '1.5 2.5 ',
        'TIMEVAL("Quarter")=TLIST(Q1),',
      ],
    });
  });
});
