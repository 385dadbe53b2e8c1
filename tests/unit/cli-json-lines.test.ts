import { describe, expect, it } from 'vitest';
import { jsonObjectLines, type JsonField } from '../../electron/cli/json-lines.js';

/** The lines joined as the CLI prints them (one per io.out). */
const written = (fields: JsonField[]): string => [...jsonObjectLines(fields)].join('\n');

function* counted<T>(items: T[], seen: { n: number }): Generator<T> {
  for (const item of items) {
    seen.n++;
    yield item;
  }
}

describe('jsonObjectLines', () => {
  it('writes what JSON.stringify(object, null, 2) writes, lists from iterables included', () => {
    const nested = { a: [1, { b: 'x"y', c: [] }], d: {}, e: null, f: -0 };
    const object = { id: null, when: '2024-03-31', list: [nested, { ...nested, a: [] }, 3, 'ä'], empty: [], tail: { k: [1, 2] } };
    const fields: JsonField[] = [
      { key: 'id', value: object.id },
      { key: 'when', value: object.when },
      { key: 'list', items: new Set(object.list) },
      { key: 'empty', items: [] },
      { key: 'tail', value: object.tail },
    ];
    expect(written(fields)).toBe(JSON.stringify(object, null, 2));
  });

  it('ends with a list, has one item, or nothing, as JSON.stringify does', () => {
    expect(written([{ key: 'only', items: [[1]] }])).toBe(JSON.stringify({ only: [[1]] }, null, 2));
    expect(
      written([
        { key: 'x', value: 1 },
        { key: 'last', items: [] },
      ]),
    ).toBe(JSON.stringify({ x: 1, last: [] }, null, 2));
    expect(written([{ key: 'gone', value: undefined }])).toBe(JSON.stringify({ gone: undefined }, null, 2));
    expect(
      written([
        { key: 'x', value: 1 },
        { key: 'gone', value: undefined },
      ]),
    ).toBe(JSON.stringify({ x: 1, gone: undefined }, null, 2));
    expect(written([{ key: 'holes', items: [undefined, 2] }])).toBe(JSON.stringify({ holes: [undefined, 2] }, null, 2));
  });

  it('asks a list for its items as it writes them, one ahead at most', () => {
    const seen = { n: 0 };
    const lines = jsonObjectLines([{ key: 'list', items: counted([1, 2, 3, 4], seen) }]);
    expect(lines.next().value).toBe('{');
    expect(lines.next().value).toBe('  "list": [');
    expect(seen.n).toBe(1);
    expect(lines.next().value).toBe('    1,');
    expect(seen.n).toBe(2);
  });
});
