// What of the series changes the chart's drawing, for the render signal's key: each series' name,
// axis and number of points, and a hash of every point's period and value. A hash, not the points
// written out: 100,000 points would make a key of over a megabyte on every render.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

const mix = (hash: number, word: number): number => Math.imul(hash ^ word, FNV_PRIME) >>> 0;

/** FNV-1a over the periods' characters and the values' bits (a missing value apart from every number). */
export function pointsHash(points: readonly { period: string; value: number | null }[]): string {
  let hash = FNV_OFFSET;
  for (const p of points) {
    for (let i = 0; i < p.period.length; i++) hash = mix(hash, p.period.charCodeAt(i));
    if (p.value === null) hash = mix(mix(hash, 0xffffffff), 0xffffffff);
    else {
      bits[0] = p.value;
      hash = mix(mix(hash, words[0]!), words[1]!);
    }
  }
  return hash.toString(36);
}

export const seriesKey = (series: readonly { name: string; axis?: 'y' | 'y2'; points: readonly { period: string; value: number | null }[] }[]): string =>
  series.map((s) => `${s.name}${s.axis === 'y2' ? '@y2' : ''}:${s.points.length}:${pointsHash(s.points)}`).join(';');
