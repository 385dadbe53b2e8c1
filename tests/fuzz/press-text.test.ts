// The press-text reader fuzzed: see tests/helpers/fuzz-readers.ts for what each case must hold.
import { describe, it } from 'vitest';
import { fixturesIn, fuzzReader } from '../helpers/fuzz-readers.js';

describe('press-text reader, fuzzed', () => {
  it('reads every random or mutated file, or refuses it with an ImportError naming the file and the place, in bounded time', async () => {
    await fuzzReader({
      name: 'press-text',
      format: 'text',
      fileName: 'article.txt',
      fixtures: fixturesIn('press-text', ['.txt']),
      tokens: [
        'tăng 9,3%',
        ' so với cùng kỳ năm trước',
        'tháng 5/2024',
        ' IIP ',
        '. ',
        'giảm 1,2%',
        'increased 7.1 per cent',
        '0.8 percentage points',
        '\\n\\n',
        ' | ',
        '\\t',
        'Hà Nội, ngày 5 tháng 6 năm 2024',
        '(',
        ')',
        '9'.repeat(400) + '%',
      ],
    });
  });
});
