// Contributions to growth on real stores: the fixture figures (tests/fixtures/contributions, invented
// values) imported with `iip import` into a store emptied of the embedded history; weights files
// imported with `iip weights import` (good, bad, again); the analysis:contributions channel and
// `iip contributions` on the result. Expected values are computed by hand in the comments.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { contract, type Out } from '../../electron/shared/contract/index.js';
import { runIip } from '../helpers/cli.js';
import { emptyStorePath } from '../helpers/store.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = path.resolve('tests/fixtures/contributions');
const FIGURES = path.join(FIXTURES, 'figures-2024.csv');
const CONTRIBUTIONS = path.join(FIXTURES, 'contributions-2024.csv');
const WEIGHTS = path.join(FIXTURES, 'weights-fixture.csv');

async function importFigures(db: string, file: string, published = '2024-04-29'): Promise<void> {
  const run = await runIip(['import', file, '--name', path.basename(file), '--publisher', 'GSO', '--published', published, '--json', '--db', db]);
  expect(run.code, run.err).toBe(0);
}

async function contributions(db: string, periods: string[], geo = 'VN', asOf?: string): Promise<Out<'analysis:contributions'>> {
  const store = openStore(db);
  const core = createCore({ db: store.db, storePath: db });
  try {
    const result = await dispatch(core.handlers, 'analysis:contributions', { geo, periods, asOf });
    if (!result.ok) throw new Error(result.error.message);
    return contract['analysis:contributions'].output.parse(result.value);
  } finally {
    core.close();
    store.db.close();
  }
}

const writeFile = (lines: string[]): string => {
  const file = path.join(tempDir(), 'weights.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
};

describe('weights files', () => {
  it('imports a weights file, and says a base year imported again is replaced', async () => {
    const db = emptyStorePath();
    const first = await runIip(['weights', 'import', WEIGHTS, '--db', db]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toBe('Imported base year 2020 (VN): 4 weights from weights-fixture.csv.');
    const again = await runIip(['weights', 'import', WEIGHTS, '--json', '--db', db]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toEqual({
      fileName: 'weights-fixture.csv',
      imported: 4,
      baseYears: [{ geo: 'VN', baseYear: 2020, weights: 4, replaced: 4 }],
    });
    const list = await runIip(['weights', 'list', '--json', '--db', db]);
    const listed = JSON.parse(list.out) as Out<'analysis:weights'>;
    expect(listed.imported.map((w) => `${w.item} ${w.weight}`)).toEqual(['B 15', 'C 75', 'D 8', 'E 2']);
  });

  it.each([
    [
      'a weight that is no number',
      ['base_year,item,weight_percent', '2020,C,75.0', '2020,D,eight'],
      "weights.csv (row 3, column 3 (weight_percent)): 'eight' is not a number",
    ],
    [
      'an item that is no section',
      ['base_year,item,weight_percent', '2020,C,75.0', '2020,10,5.0'],
      "weights.csv (row 3, column 2 (item)): '10' is not a section code",
    ],
    ['a base year that is no year', ['base_year,item,weight_percent', '20x0,C,75.0'], "weights.csv (row 2, column 1 (base_year)): '20x0' is not a base year"],
    ['an unknown geo', ['base_year,geo,item,weight_percent', '2020,ZZ,C,75.0'], "weights.csv (row 2, column 2 (geo)): 'ZZ' is not a geo code"],
    ['a missing column', ['base_year,item', '2020,C'], "weights.csv (row 1): the header lacks the column 'weight_percent'"],
    [
      'a section twice',
      ['base_year,item,weight_percent', '2020,C,75.0', '2020,C,70.0'],
      'weights.csv (row 3): a second weight for C, base year 2020, VN (the first is on row 2)',
    ],
    [
      'four sections not adding up to 100',
      ['base_year,item,weight_percent', '2020,B,15.0', '2020,C,70.0', '2020,D,8.0', '2020,E,2.0'],
      'weights.csv (rows 2, 3, 4, 5): the weights of base year 2020 (VN) add up to 95, not 100 within rounding (±0.2)',
    ],
  ])('refuses %s with exit 2, saying where, and stores nothing', async (_what, lines, message) => {
    const db = emptyStorePath();
    const run = await runIip(['weights', 'import', writeFile(lines), '--db', db]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    const list = await runIip(['weights', 'list', '--json', '--db', db]);
    expect((JSON.parse(list.out) as Out<'analysis:weights'>).imported).toEqual([]);
  });

  it('keeps the weights it had when a new file for the same base year is refused', async () => {
    const db = emptyStorePath();
    expect((await runIip(['weights', 'import', WEIGHTS, '--db', db])).code).toBe(0);
    const bad = await runIip(['weights', 'import', writeFile(['base_year,item,weight_percent', '2020,C,90.0', '2020,D,-1']), '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('(row 3, column 3 (weight_percent)): -1 is not a share in percent');
    const list = await runIip(['weights', 'list', '--json', '--db', db]);
    expect((JSON.parse(list.out) as Out<'analysis:weights'>).imported.find((w) => w.item === 'C')?.weight).toBe(75);
  });
});

describe('contributions on a store', () => {
  it('says no weights are known, with the base year a figure states, before any contribution or weights file', async () => {
    const db = emptyStorePath();
    await importFigures(db, FIGURES);
    const [period] = (await contributions(db, ['2024-01..2024-03'])).periods;
    expect(period!.baseYear).toEqual({ year: 2020, from: 'figure' });
    expect(period!.noWeights).toBe(true);
    expect(period!.sections.map((s) => s.computed)).toEqual([null, null, null, null]);
    const cli = await runIip(['contributions', '--period', '2024-01..2024-03', '--db', db]);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('No weights known for base year 2020');
  });

  it('implies weights from stated contributions, and uses them for the other periods of the base year', async () => {
    const db = emptyStorePath();
    await importFigures(db, FIGURES);
    await importFigures(db, CONTRIBUTIONS);
    const [month, quarter] = (await contributions(db, ['2024-01', '2024-01..2024-03'])).periods;
    // C: 100 × 9.6 / 12.0 = 80.0; error 100 × (0.05 / 12 + 9.6 × 0.05 / 144) = 0.75.
    const c = month!.sections.find((s) => s.item.code === 'C')!;
    expect(c.weight).toMatchObject({ origin: 'implied', baseYear: 2020, circular: false, impliedFrom: { period: '2024-01..2024-03' } });
    expect(c.weight!.value).toBeCloseTo(80, 10);
    expect(c.weight!.error).toBeCloseTo(0.75, 10);
    // January: 80.0 % × 11.0 % = 8.8 pp.
    expect(c.computed!.value).toBeCloseTo(8.8, 10);
    // In the period that implied them, the weights agree with its statements by construction, and say so.
    expect(quarter!.sections.every((s) => s.weight?.circular === true && s.versusStated?.flagged === false)).toBe(true);
  });

  it('computes with imported weights, flags the stated contribution beyond rounding, and adds up to the total', async () => {
    const db = emptyStorePath();
    await importFigures(db, FIGURES);
    await importFigures(db, CONTRIBUTIONS);
    expect((await runIip(['weights', 'import', WEIGHTS, '--db', db])).code).toBe(0);
    const [period] = (await contributions(db, ['2024-01..2024-03'])).periods;
    const byCode = Object.fromEntries(period!.sections.map((s) => [s.item.code, s]));
    // B 15.0 × −2.0 = −0.30; C 75.0 × 12.0 = 9.00; D 8.0 × 5.0 = 0.40; E 2.0 × 6.0 = 0.12 (÷ 100).
    expect(period!.sections.map((s) => s.computed!.value)).toEqual([-0.3, 9, 0.4, 0.12].map((v) => expect.closeTo(v, 10) as number));
    // C stated 9.6: 0.60 beyond 0.05 + (0.75 × 0.05 + 0.12 × 0.05 = 0.0435).
    expect(byCode.C!.versusStated).toEqual({ difference: expect.closeTo(0.6, 10) as number, allowance: expect.closeTo(0.0935, 10) as number, flagged: true });
    // E stated 0.1 vs 0.12: −0.02 within 0.05 + 0.004.
    expect(byCode.E!.versusStated!.flagged).toBe(false);
    expect(byCode.C!.weight).toMatchObject({ origin: 'file', baseYear: 2020, value: 75, decimals: 1 });
    // Σ 9.22 vs total 9.2: 0.02 within 0.0625 + 0.05.
    expect(period!.sumComputed!.value).toBeCloseTo(9.22, 10);
    expect(period!.sumVersusTotal).toEqual({ difference: expect.closeTo(0.02, 10) as number, allowance: expect.closeTo(0.1125, 10) as number, flagged: false });

    const cli = await runIip(['contributions', '--period', '2024-01..2024-03', '--db', db]);
    expect(cli.code).toBe(0);
    const line = cli.out.split('\n').find((l) => l.startsWith('C Manufacturing'))!;
    expect(line).toMatch(/\+12\.0\s+75\.0 \(file, base 2020: FIXTURE.*\)\s+\+9\.00\s+\+9\.6\s+0\.60 \(±0\.09\)\s+BEYOND ROUNDING/);
    expect(cli.out).toContain('Sum of computed contributions +9.22 pp vs whole industry +9.2 %: 0.02 (±0.11), within rounding.');
  });

  it('answers as of a date: a release published later neither states nor implies anything', async () => {
    const db = emptyStorePath();
    await importFigures(db, FIGURES);
    await importFigures(db, CONTRIBUTIONS, '2024-05-15');
    const [before] = (await contributions(db, ['2024-01..2024-03'], 'VN', '2024-05-01')).periods;
    expect(before).toMatchObject({ noWeights: true, total: { value: 9.2 } });
    expect(before!.sections.every((s) => s.stated === null)).toBe(true);
    const [after] = (await contributions(db, ['2024-01..2024-03'], 'VN', '2024-05-15')).periods;
    expect(after!.noWeights).toBe(false);
    expect(after!.sections.find((s) => s.item.code === 'C')!.stated!.value).toBe(9.6);
  });

  it('labels a period no figure gives a base year by its year, where nothing is imported', async () => {
    const db = emptyStorePath();
    const [period] = (await contributions(db, ['2023-05'], 'P01')).periods;
    expect(period).toMatchObject({ baseYear: { year: 2023, from: 'period-year' }, noWeights: true, total: null });
  });

  it('refuses a period that is none, and an unknown geo', async () => {
    const db = emptyStorePath();
    expect((await runIip(['contributions', '--period', '2024-13', '--db', db])).err).toContain("'2024-13' is not a period");
    const geo = await runIip(['contributions', '--period', '2024-01', '--geo', 'ZZ', '--db', db]);
    expect(geo.code).toBe(2);
    expect(geo.err).toContain("no geo 'ZZ'");
  });
});
