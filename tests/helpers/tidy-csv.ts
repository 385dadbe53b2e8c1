// Generated tidy CSVs of a chosen size whose names all match the store: provinces × sections × months,
// padded with an ignored column so a file reaches megabytes without more figures than a release has.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ITEMS = ['TOTAL', 'B', 'C', 'D', 'E'];

function provinceCodes(): string[] {
  const { geos } = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/reference/localities.json'), 'utf8')) as { geos: { code: string; kind: string }[] };
  return geos.filter((g) => g.kind === 'province').map((g) => g.code);
}

/** Up to 60,480 distinct figures (63 provinces × 5 sections × 2009–2024), about `bytes` long in all. */
export function tidyCsvOfSize(bytes: number, figures = 20_000): Buffer {
  const rows: string[] = [];
  outer: for (const geo of provinceCodes()) {
    for (const item of ITEMS) {
      for (let month = 0; month < 16 * 12; month++) {
        if (rows.length === figures) break outer;
        const period = `${2009 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
        rows.push(`${geo},${item},iip,${period},yoy,index,${(100 + (month % 23) / 10).toFixed(1)},official`);
      }
    }
  }
  const header = 'geo,item,measure,period,basis,unit,value,status,filler';
  const filler = 'x'.repeat(Math.max(0, Math.ceil(bytes / rows.length) - rows[0]!.length - 2));
  return Buffer.from([header, ...rows.map((r) => `${r},${filler}`)].join('\n') + '\n', 'utf8');
}
