// A figure stated twice with different values: an article's clash waits for the user's choice (in the
// preview, at commit, on the command line); a spreadsheet's or CSV's is still refused, naming both places.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { getFigure } from '../../electron/core/figures/queries.js';
import { openStore } from '../../electron/core/store.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const ARTICLE = [
  'Hanoi, March 3, 2020 (VNA) – The IIP rose 5.5% in January–February from a year earlier, preliminary figures showed.',
  'According to revised data, the index of industrial production rose 5.8% in January–February.',
  'Mining fell 3.1% in January–February.',
].join('\n');
const KEY = 'VN/TOTAL/iip/2020-01..2020-02/yoy/pct';
const text = (t = ARTICLE) => ({ fileName: 'article.txt', text: t });

describe('figures an article states with different values', () => {
  it('are shown with both values and where each is said, and hold the import until chosen', async () => {
    const { db } = openStore(tempStorePath());
    const preview = await previewImport(db, [text()]);
    expect(preview.errors).toEqual([]);
    expect(preview.ready).toBe(false);
    const file = preview.files[0]!;
    expect(file.clashes).toEqual([
      expect.objectContaining({
        key: KEY,
        period: '2020-01..2020-02',
        options: [expect.objectContaining({ value: 5.5, location: 'line 1' }), expect.objectContaining({ value: 5.8, location: 'line 2' })],
        chosen: null,
      }),
    ]);
    // the figures not in question are previewed as usual
    expect(file.figures.map((f) => [f.item.code, f.value])).toEqual([['B', -3.1]]);
    expect(() => commitImport(db, preview)).toThrow(/stated as 5.5 and 5.8; choose one/);
  });

  it('keep the value chosen, or leave the figure out, and commit the rest', async () => {
    const { db } = openStore(tempStorePath());
    const chosen = await previewImport(db, [text()], { clashChoices: [{ file: 'article.txt', key: KEY, choice: 5.8 }] });
    expect(chosen.ready).toBe(true);
    expect(chosen.files[0]!.clashes[0]!.chosen).toBe(5.8);
    commitImport(db, chosen);
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', measure: 'iip', period: '2020-01..2020-02', basis: 'yoy' })?.value).toBe(5.8);

    const other = openStore(tempStorePath()).db;
    const left = await previewImport(other, [text()], { clashChoices: [{ file: 'article.txt', key: KEY, choice: 'leave-out' }] });
    expect(left.ready).toBe(true);
    expect(left.files[0]!.figures.map((f) => f.item.code)).toEqual(['B']);
    // a value that is not one of the stated ones decides nothing
    const wrong = await previewImport(other, [text()], { clashChoices: [{ file: 'article.txt', key: KEY, choice: 6 }] });
    expect(wrong.ready).toBe(false);
  });

  it('are still refused in a CSV, naming both places', async () => {
    const { db } = openStore(tempStorePath());
    const csv = ['geo,item,measure,period,basis,unit,value', 'VN,TOTAL,iip,2025-12,yoy,pct,10.1', 'VN,TOTAL,iip,2025-12,yoy,pct,10.3'].join('\n');
    const preview = await previewImport(db, [{ fileName: 'r.csv', bytes: Buffer.from(csv) }]);
    expect(preview.ready).toBe(false);
    expect(preview.errors[0]!.message).toMatch(/gives 10.3 .* but .* gives 10.1 for the same figure/);
  });

  it('are chosen on the command line with --pick or --pick-all', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, ARTICLE);
    const store = path.join(dir, 'store.sqlite');
    const refused = await runIip(['import', file, '--db', store]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`${KEY} — `);
    expect(refused.out).toMatch(/5\.5 \(line 1\) · 5\.8 \(line 2\) — undecided/);
    expect(refused.out).toContain('Nothing stored.');

    const picked = await runIip(['import', file, '--db', store, '--pick', `${KEY}=5.8`]);
    expect(picked.code).toBe(0);
    expect(picked.out).toMatch(/keeps 5\.8/);
    const got = await runIip(['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2020-01..2020-02', '--basis', 'yoy', '--json', '--db', store]);
    expect(JSON.parse(got.out)).toMatchObject({ value: 5.8 });

    const last = await runIip(['import', file, '--db', path.join(dir, 'other.sqlite'), '--pick-all', 'first', '--dry-run']);
    expect(last.out).toMatch(/keeps 5\.5/);
    expect(last.code).toBe(0);
    expect((await runIip(['import', file, '--db', store, '--pick', 'nonsense'])).code).toBe(2);
    expect((await runIip(['import', file, '--db', store, '--pick-all', 'middle'])).code).toBe(2);
  });
});
