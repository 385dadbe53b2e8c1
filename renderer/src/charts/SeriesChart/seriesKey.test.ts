import { describe, expect, it } from 'vitest';
import { pointsHash, seriesKey } from './seriesKey.js';

const points = [
  { period: '2025-01', value: 8.1 },
  { period: '2025-02', value: -2.3 },
  { period: '2025-03', value: null },
];

describe('the series chart’s render key', () => {
  it('is the same for the same points, and changes with any period or value', () => {
    expect(pointsHash(points.map((p) => ({ ...p })))).toBe(pointsHash(points));
    expect(pointsHash([{ ...points[0]!, value: 8.100000000000001 }, points[1]!, points[2]!])).not.toBe(pointsHash(points));
    expect(pointsHash([points[0]!, { ...points[1]!, period: '2025-Q1' }, points[2]!])).not.toBe(pointsHash(points));
    expect(pointsHash([points[0]!, points[1]!, { ...points[2]!, value: 0 }])).not.toBe(pointsHash(points));
    expect(pointsHash([points[1]!, points[0]!, points[2]!])).not.toBe(pointsHash(points));
  });

  it('names each series, its axis and its number of points', () => {
    const key = seriesKey([
      { name: 'Manufacturing', points },
      { name: 'Mining', axis: 'y2', points: [] },
    ]);
    expect(key).toBe(`Manufacturing:3:${pointsHash(points)};Mining@y2:0:${pointsHash([])}`);
    expect(pointsHash([])).toBe((0x811c9dc5).toString(36)); // FNV-1a's offset: nothing mixed in
  });
});
