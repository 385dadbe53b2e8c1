// The preview tells the truth: a figure that differs from the one shown but comes from an older
// release than it is kept as history (the newer one stays shown), not called "revised"; the headline
// counts the figures that will change what the user sees.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/iip.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { getFigure } from '../../electron/core/figures/queries.js';
import { openStore } from '../../electron/core/store.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import fs from 'node:fs';
import path from 'node:path';

// The seed articles show 9.3 for 2025-01..2025-11 (published December 2025).
const CSV = [
  'geo,item,measure,period,basis,unit,value,status',
  'VN,TOTAL,iip,2025-01..2025-11,yoy,index,109.42,preliminary',
  'VN,TOTAL,iip,2025-12,yoy,pct,10.1,estimate',
].join('\n');
const source = { fileName: 'older.csv', bytes: Buffer.from(CSV, 'utf8') };

describe('preview: kept as history', () => {
  it('calls a differing figure from an older release "history", and the commit leaves the shown value', async () => {
    const { db } = openStore(tempStorePath());
    const shownBefore = getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' })!;
    expect(shownBefore.value).toBe(9.3);
    const preview = await previewImport(db, [source], { release: { publishedOn: '2025-01-15' } });
    const file = preview.files[0]!;
    const [cumulative, december] = file.figures;
    expect(cumulative).toMatchObject({ change: 'history', shownValue: 9.3, shownDecimals: 1 });
    expect(december).toMatchObject({ change: 'new' });
    expect(file.counts).toMatchObject({ new: 1, revised: 0, history: 1, unchanged: 0, shown: 1 });
    commitImport(db, preview);
    const after = getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' })!;
    expect(after.value).toBe(9.3);
    expect(after.revisions.map((r) => r.value)).toContain(9.42);
  });

  it('still calls it "revised" when the incoming release is the newer one', async () => {
    const { db } = openStore(tempStorePath());
    const preview = await previewImport(db, [source], { release: { publishedOn: '2026-01-06' } });
    expect(preview.files[0]!.figures[0]).toMatchObject({ change: 'revised', oldValue: 9.3 });
    expect(preview.files[0]!.counts).toMatchObject({ new: 1, revised: 1, history: 0, shown: 2 });
    commitImport(db, preview);
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' })!.value).toBe(9.42);
  });

  it('iip import --dry-run says how many figures change what is shown and which are kept as history', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'older.csv');
    fs.writeFileSync(file, CSV);
    const out: string[] = [];
    const code = await runCli(['import', file, '--dry-run', '--published', '2025-01-15', '--db', tempStorePath()], {
      out: (l) => out.push(l),
      err: () => undefined,
      env: {},
    });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('1 new, 0 revised, 0 unchanged');
    expect(text).toContain('1 figures will change what is shown; 1 kept as history');
    expect(text).toMatch(/kept as history: VN .*2025-01\.\.2025-11 yoy: 109\.42 \(shown: 9\.3/);
    const json: string[] = [];
    await runCli(['import', file, '--dry-run', '--json', '--published', '2025-01-15', '--db', tempStorePath()], {
      out: (l) => json.push(l),
      err: () => undefined,
      env: {},
    });
    const parsed = JSON.parse(json.join('\n')) as { files: { counts: Record<string, number> }[]; figures: Record<string, unknown>[] };
    expect(parsed.files[0]!.counts).toMatchObject({ history: 1, shown: 1 });
    expect(parsed.figures[0]).toMatchObject({ change: 'history', shownValue: 9.3 });
  });
});
