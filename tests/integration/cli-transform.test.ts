// `iip get --transform` on a real store: a small monthly index on 2015 = 100 imported from a tidy CSV,
// every expected value worked out by hand below; the reason printed for a point that cannot be
// computed; what the store lacks when it holds no index; and the figures:transformed channel giving
// the same numbers as the command line.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { contract } from '../../electron/shared/contract/index.js';
import { runIip } from '../helpers/cli.js';
import { call } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

// The whole industry's index, 2015 = 100, one decimal, May 2023 left out on purpose.
const INDEX: [string, string][] = [
  ['2023-01', '100.0'],
  ['2023-02', '90.0'],
  ['2023-03', '110.0'],
  ['2023-04', '105.0'],
  ['2023-06', '108.0'],
  ['2023-07', '112.0'],
  ['2023-08', '115.0'],
  ['2023-09', '111.0'],
  ['2023-10', '114.0'],
  ['2023-11', '116.0'],
  ['2023-12', '120.0'],
  ['2024-01', '104.0'],
  ['2024-02', '95.0'],
  ['2024-03', '118.0'],
  ['2024-04', '110.0'],
  ['2024-05', '112.0'],
  ['2024-06', '113.4'],
];

const CSV = ['geo,item,measure,period,basis,unit,value,status,base_year', ...INDEX.map(([p, v]) => `VN,TOTAL,iip,${p},base,index,${v},official,2015`)].join(
  '\n',
);

const indexed = tempStorePath();
const plain = tempStorePath();
const get = (db: string, ...args: string[]) => runIip(['get', '--geo', 'VN', '--item', 'TOTAL', ...args, '--db', db]);

beforeAll(async () => {
  const file = path.join(tempDir(), 'index-2015.csv');
  fs.writeFileSync(file, CSV);
  const imported = await runIip(['import', file, '--name', 'Index 2015 = 100', '--publisher', 'Test', '--published', '2025-01-15', '--db', indexed]);
  expect(imported.code, imported.err).toBe(0);
});

describe('iip get --transform', () => {
  it('computes each transformation from the index, at the precision its inputs allow', async () => {
    const cases: [string, string, string][] = [
      // 100 × (118.0 / 110.0 − 1) = 7.27…; rounding error ±0.09, so one decimal.
      ['yoy', '2024-03', '7.3'],
      // 100 × (113.4 / 108.0 − 1) = 5 exactly, shown to the inputs' one decimal.
      ['yoy', '2024-06', '5.0'],
      // 100 × (110.0 / 118.0 − 1) = −6.78…
      ['mom', '2024-04', '-6.8'],
      // Jan..Apr: 100 × ((104 + 95 + 118 + 110) / (100 + 90 + 110 + 105) − 1) = 100 × (427 / 405 − 1) = 5.43…; error ±0.10.
      ['ytd', '2024-04', '5.4'],
      ['ytd', '2024-01..2024-04', '5.4'],
      // (104.0 + 95.0 + 118.0) / 3 = 105.67
      ['ma3', '2024-03', '105.7'],
      // Jan + Feb: 100 × (199 / 190 − 1) = 4.74…
      ['tet', '2024-01..2024-02', '4.7'],
    ];
    for (const [spec, period, expected] of cases) {
      expect(await get(indexed, '--period', period, '--transform', spec), `${spec} ${period}`).toEqual({ code: 0, out: expected, err: '' });
    }
  });

  it('gives JSON with the label in both languages and what it started from', async () => {
    const r = await get(indexed, '--period', '2024-03', '--transform', 'YoY', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      value: 7.3,
      decimals: 1,
      transform: 'yoy',
      label: { vi: 'So với cùng kỳ năm trước (%)', en: 'Year-on-year change (%)' },
      period: '2024-03',
      from: { basis: 'base', unit: 'index', baseYear: 2015 },
    });
  });

  it('prints the reason instead of a number when a month is missing, and exits 1', async () => {
    // May 2024 against May 2023, which is not in the store.
    expect(await get(indexed, '--period', '2024-05', '--transform', 'yoy')).toEqual({
      code: 1,
      out: '',
      err: 'iip get: no value for VN / TOTAL, 2024-05, yoy: a month is missing',
    });
    const json = await get(indexed, '--period', '2024-05', '--transform', 'yoy', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ value: null, decimals: null, reason: 'missing-month', reasonText: { en: 'a month is missing' } });
    // 2023 lacks May, so it cannot be the base of a rebased index; and 2022 is before the series.
    expect((await get(indexed, '--period', '2024-03', '--transform', 'rebase:2023')).err).toBe(
      'iip get: no value for VN / TOTAL, 2024-03, rebase:2023: the base year lacks months',
    );
    expect((await get(indexed, '--period', '2023-03', '--transform', 'yoy')).err).toMatch(/the series is too short$/);
  });

  it('says what the store lacks when it holds no index on a base year', async () => {
    expect(await get(plain, '--period', '2024-03', '--transform', 'yoy')).toEqual({
      code: 1,
      out: '',
      err: 'iip get: no index on a base year for VN/TOTAL; this store has yoy and mom changes only',
    });
    const json = JSON.parse((await get(plain, '--period', '2024-03', '--transform', 'rebase:2020', '--json')).out);
    expect(json).toMatchObject({
      value: null,
      reason: 'lacks',
      from: null,
      lacks: { en: 'no index on a base year for VN/TOTAL; this store has yoy and mom changes only' },
    });
  });

  it('smooths the year-on-year series where there is no index, or the basis given', async () => {
    // The store's own year-on-year figures (the statistics office's, as revised): Jan 2024 +18.86, Feb −5.92, Mar +4.78; mean 5.907.
    const r = await get(plain, '--period', '2024-03', '--transform', 'ma3', '--json');
    expect(JSON.parse(r.out)).toMatchObject({ value: 5.91, decimals: 2, from: { basis: 'yoy', unit: 'pct', baseYear: null } });
    // With --basis the transformation starts there even where it cannot work: yoy of yoy changes.
    expect((await get(indexed, '--period', '2024-03', '--transform', 'yoy', '--basis', 'yoy')).err).toMatch(/needs an index \(or a quantity\)$/);
    // A chain of the office's month-on-month changes stops at its first gap (no release for December 2018).
    expect((await get(plain, '--period', '2019-03', '--transform', 'chain')).err).toMatch(/a missing month breaks the chain$/);
  });

  it('keeps `iip get` without --transform as it was, and refuses a spec or period that is none (exit 2)', async () => {
    expect(await get(indexed, '--period', '2025-01..2025-11', '--basis', 'yoy')).toEqual({ code: 0, out: '9.3', err: '' });
    const bad = await get(indexed, '--period', '2024-03', '--transform', 'median');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^iip get: unknown transformation 'median'; accepted: yoy, mom, ytd, rebase:YEAR/);
    expect((await get(indexed, '--period', '2024-03', '--transform', 'rebase:20')).code).toBe(2);
    expect((await get(indexed, '--period', 'March', '--transform', 'yoy')).code).toBe(2);
    expect((await runIip(['get', '--geo', 'Atlantis', '--item', 'TOTAL', '--period', '2024-03', '--transform', 'yoy', '--db', indexed])).code).toBe(2);
  });

  it('figures:transformed answers the whole series with the numbers the command line prints', async () => {
    const store = openStore(indexed);
    const core = createCore({ db: store.db, storePath: store.path });
    try {
      const { groups } = await call(core.handlers, 'catalog:list', { search: 'toàn ngành' });
      const total = groups.flatMap((g) => g.series).find((s) => s.geo.code === 'VN' && s.item.code === 'TOTAL')!;
      const answer = await call(core.handlers, 'figures:transformed', { seriesId: total.id, spec: 'yoy' });
      expect(contract['figures:transformed'].output.safeParse(answer).success).toBe(true);
      expect(answer).toMatchObject({ spec: 'yoy', from: { basis: 'base', baseYear: 2015, kind: 'month' }, kind: 'month', basis: 'yoy', unit: 'pct' });
      const shown = answer.points.map((p) => (p.value === null ? `${p.period} ${p.reason}` : `${p.period} ${p.value.toFixed(p.decimals)}`));
      expect(shown.slice(-6)).toEqual(['2024-01 4.0', '2024-02 5.6', '2024-03 7.3', '2024-04 4.8', '2024-05 missing-month', '2024-06 5.0']);
      const bad = await dispatch(core.handlers, 'figures:transformed', { seriesId: total.id, spec: 'median' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    } finally {
      core.close();
      store.db.close();
    }
  });
});
