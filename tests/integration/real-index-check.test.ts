// The real-index check, on what the statistics office actually publishes. Its monthly workbooks
// (2018–2024) give no index on a base year: only "this month against the previous month" and
// "against the same month last year", each as an index where the comparison period is 100 (a
// footnote says the IIP is computed on base year 2015 since January 2018, but no level is printed).
// So no test here can compare changes computed from a real 2015 = 100 index with the published
// ones. What can be checked: an index chained from the published month-on-month changes, with
// December of the year before as 100, is that December's year-on-year index, which the same
// workbooks also publish. docs/analysis.md says what this proves and what it does not.
import fs, { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chainChanges } from '../../electron/shared/analysis/chain.js';
import { yoyChange } from '../../electron/shared/analysis/changes.js';
import { asInput, type InputSeries, type OutputPoint } from '../../electron/shared/analysis/model.js';
import { createCore } from '../../electron/core/handlers.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { listReleases, undoRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import type { Db } from '../../electron/core/db/connection.js';
import { runIip } from '../helpers/cli.js';
import { call } from '../helpers/staging.js';
import { tempStorePath } from '../helpers/temp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const WORKBOOKS = path.resolve(here, '../../../shared/gso-releases');

interface Published {
  period: string;
  value: number;
  decimals: number;
}

/** The whole industry's shown figures of one basis, as the chart reads them (figures:series). */
async function published(db: Db, basis: 'mom' | 'yoy'): Promise<Map<string, Published>> {
  const core = createCore({ db, storePath: '' });
  try {
    const list = await call(core.handlers, 'catalog:list', {});
    const total = list.groups.flatMap((g) => g.series).find((s) => s.geo.code === 'VN' && s.item.code === 'TOTAL' && s.measure === 'iip')!;
    const series = await call(core.handlers, 'figures:series', { seriesId: total.id, basis });
    return new Map(series.points.filter((p) => p.periodKind === 'month').map((p) => [p.period, { period: p.period, value: p.value, decimals: p.decimals }]));
  } finally {
    core.close();
  }
}

const months = (year: number): string[] => [`${year - 1}-12`, ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)];

interface DecemberCheck {
  /** December's index with the December before as 100, chained from the published monthly changes, unrounded. */
  chained: number;
  /** The worst case the monthly changes' rounding allows in it: Σ level × ½ unit of each change's last place / (100 + change). */
  roundingError: number;
  /** Year-on-year change at December computed from the chained index, as the transformation shows it. */
  yoy: OutputPoint;
  /** The published year-on-year index for December (100 + change). */
  publishedYoyIndex: number;
}

function checkDecember(year: number, mom: Map<string, Published>, yoy: Map<string, Published>): DecemberCheck {
  const points = months(year).map((m) => mom.get(m)!);
  const input: InputSeries = { kind: 'month', basis: 'mom', unit: 'pct', points: points.map((p) => ({ ...p })) };
  const chain = chainChanges(input);
  const changes = points.slice(1);
  const chained = changes.reduce((level, p) => (level * (100 + p.value)) / 100, 100);
  const roundingError = changes.reduce((sum, p) => sum + (chained * 0.5 * 10 ** -p.decimals) / (100 + p.value), 0);
  return {
    chained,
    roundingError,
    yoy: yoyChange(asInput(chain)).points.find((p) => p.period === `${year}-12`)!,
    publishedYoyIndex: 100 + yoy.get(`${year}-12`)!.value,
  };
}

describe('the real-index check, on the embedded 2018–2024 history (the 83 workbooks as imported)', () => {
  const { db } = openStore(tempStorePath());

  it('December 2024: the chained published monthly changes give the published year-on-year change, within their rounding', async () => {
    const check = checkDecember(2024, await published(db, 'mom'), await published(db, 'yoy'));
    expect(check.chained).toBeCloseTo(108.87, 2);
    expect(check.publishedYoyIndex).toBe(108.84);
    // August 2024's change is stated as 102.0 (one decimal), so the rounding allows about ±0.11.
    expect(check.roundingError).toBeCloseTo(0.114, 2);
    expect(Math.abs(check.chained - check.publishedYoyIndex)).toBeLessThanOrEqual(check.roundingError + 0.005);
    // The transformation's yoy at December, at the one decimal it claims, agrees within that plus its own rounding.
    expect(check.yoy).toEqual({ period: '2024-12', value: 8.9, decimals: 1 });
    expect(Math.abs(100 + check.yoy.value! - check.publishedYoyIndex)).toBeLessThanOrEqual(check.roundingError + 0.05 + 0.005);
  });

  it('Decembers 2020–2023: the published monthly changes do not chain to the published year-on-year change (gaps of 6 to 22 points)', async () => {
    const mom = await published(db, 'mom');
    const yoy = await published(db, 'yoy');
    const gaps = [2020, 2021, 2022, 2023].map((year) => {
      const check = checkDecember(year, mom, yoy);
      return Math.round((check.chained - check.publishedYoyIndex) * 10) / 10;
    });
    expect(gaps).toEqual([21.2, 6.3, 21.4, 18]);
  });
});

const IMPORTED = fs.existsSync(WORKBOOKS) ? fs.readdirSync(WORKBOOKS).filter((f) => f.startsWith('2023-12-') || f.startsWith('2024-')) : [];

describe.skipIf(IMPORTED.length !== 13)('the real-index check from the workbooks themselves (../shared/gso-releases)', () => {
  it('imports December 2023 and 2024, chains the monthly changes and prints what the office published, within rounding', async () => {
    const file = tempStorePath();
    const { db } = openStore(file);
    // Only what these 13 workbooks say: the embedded workbook releases are removed first.
    for (const release of listReleases(db).filter((r) => r.sourceKind === 'workbook')) undoRelease(db, release.id);
    const preview = await previewImport(
      db,
      IMPORTED.map((name) => ({ fileName: name, bytes: fs.readFileSync(path.join(WORKBOOKS, name)) })),
    );
    expect(preview.errors).toEqual([]);
    expect(commitImport(db, preview).releases).toHaveLength(13);
    db.close();

    const get = (...args: string[]) => runIip(['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2024-12', ...args, '--db', file]);
    // The chain starts at the first month the store has (December 2023 = 100), so December 2024's level is its yoy index.
    expect(await get('--transform', 'chain')).toEqual({ code: 0, out: '108.9', err: '' });
    expect(await get('--basis', 'yoy')).toEqual({ code: 0, out: '8.84', err: '' });
    const json = JSON.parse((await get('--transform', 'chain', '--json')).out);
    expect(json).toMatchObject({ value: 108.9, decimals: 1, from: { basis: 'mom', unit: 'pct', baseYear: null } });
  }, 120_000);
});

if (!existsSync(WORKBOOKS)) console.warn(`real-index check: ${WORKBOOKS} is not here; the workbook part is skipped`);
