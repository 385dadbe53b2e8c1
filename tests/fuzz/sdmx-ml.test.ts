// The SDMX-ML reader fuzzed: see tests/helpers/fuzz-readers.ts for what each case must hold.
import { describe, it } from 'vitest';
import { fixturesIn, fuzzReader } from '../helpers/fuzz-readers.js';

describe('sdmx-ml reader, fuzzed', () => {
  it('reads every random or mutated file, or refuses it with an ImportError naming the file and the place, in bounded time', async () => {
    await fuzzReader({
      name: 'sdmx-ml',
      format: 'sdmx-ml',
      fileName: 'message.xml',
      fixtures: fixturesIn('sdmx-ml', ['.xml']),
      tokens: [
        '<Obs TIME_PERIOD="2025-01" OBS_VALUE="1.5"/>',
        '<Series>',
        '</Series>',
        '<',
        '>',
        '/>',
        '&amp;',
        '&bogus;',
        '<![CDATA[x]]>',
        '<!--',
        'xmlns:x="urn:x"',
        '<x:a>',
        '"',
        '<?xml version="1.0" encoding="windows-1258"?>',
        '<!DOCTYPE a [<!ENTITY e "eeeeeeeeee">]>',
      ],
    });
  });
});
