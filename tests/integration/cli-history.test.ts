// `iip history` on a real store: a figure's vintages after importing two releases that revise it,
// the revisions over a series (the statistics office's own, in the embedded 2018–2024 history),
// and the figures:history channel against its schema.
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

const db = tempStorePath();
const cli = (...args: string[]) => runIip([...args, '--db', db]);

async function importRelease(name: string, published: string, status: string, rows: string[]): Promise<void> {
  const file = path.join(tempDir(), `${published}.csv`);
  fs.writeFileSync(file, ['geo,item,measure,period,basis,unit,value,status', ...rows].join('\n'));
  const r = await cli('import', file, '--name', name, '--publisher', 'Test office', '--published', published, '--status', status);
  expect(r.code, r.err).toBe(0);
}

beforeAll(async () => {
  // The embedded Hà Nội mới article (2025-12-06) first put Jan–Nov 2025 at +9.3 %.
  await importRelease('December release', '2026-01-06', 'preliminary', [`VN,TOTAL,iip,2025-01..2025-11,yoy,index,109.42,preliminary`]);
  await importRelease('Yearbook', '2026-06-30', 'official', [
    `VN,TOTAL,iip,2025-01..2025-11,yoy,pct,9.42,official`,
    `VN,TOTAL,iip,2025-11,yoy,pct,11.2,official`,
  ]);
});

describe('iip history', () => {
  it('prints a figure’s vintages oldest first, with the change from each to the next', async () => {
    const r = await cli('history', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-01..2025-11', '--basis', 'yoy');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('VN / TOTAL (iip), 2025-01..2025-11, yoy (pct): shown 9.42');
    expect(lines[1]).toMatch(/^published\s+value\s+change\s+vintage\s+status\s+release\s+publisher$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 6))).toEqual([
      [
        '2025-12-06',
        '9.3',
        'first',
        'estimate',
        'Hà Nội mới: industrial production in 11 months of 2025 up 9.3%',
        'Hà Nội mới newspaper, citing the General Statistics Office',
      ],
      ['2026-01-06', '9.42', '+0.12', 'revision', 'preliminary', 'December release'],
      ['2026-06-30', '9.42', '0.00', 'restated', 'official', 'Yearbook'],
    ]);
  });

  it('gives JSON per basis stated for the period, and the history as known on a date', async () => {
    const all = JSON.parse((await cli('history', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--json')).out) as {
      basis: string;
      vintages: { value: number; change: number | null; kind: string; publisher: string }[];
    }[];
    expect(all.map((h) => h.basis)).toEqual(['yoy', 'mom']);
    expect(all[0]!.vintages.map((v) => [v.value, v.change, v.kind])).toEqual([
      [10.8, null, 'first'],
      [11.2, 0.4, 'revision'],
    ]);
    const before = JSON.parse(
      (await cli('history', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', '--as-of', '2026-01-31', '--json')).out,
    );
    expect(before[0].vintages).toHaveLength(1);
  });

  it('prints each period’s first and latest value and the mean absolute revision over a series', async () => {
    const json = JSON.parse((await cli('history', '--geo', 'VN', '--item', 'TOTAL', '--basis', 'yoy', '--json')).out) as {
      periods: { period: string; first: { value: number }; latest: { value: number }; revision: number; vintages: number }[];
      meanAbsoluteRevision: { kind: string; value: number; restated: number; periods: number }[];
    };
    // The statistics office's own revision: November 2024 first put at +8.94 %, the next month at +7.95 %.
    expect(json.periods.find((p) => p.period === '2024-11')).toMatchObject({ first: { value: 8.94 }, latest: { value: 7.95 }, revision: -0.99, vintages: 2 });
    expect(json.periods.find((p) => p.period === '2025-11')).toMatchObject({ revision: 0.4, vintages: 2 });
    const months = json.meanAbsoluteRevision.find((m) => m.kind === 'month')!;
    const restated = json.periods.filter((p) => /^\d{4}-\d{2}$/.test(p.period) && p.vintages > 1);
    expect(months.restated).toBe(restated.length);
    expect(months.value).toBeCloseTo(restated.reduce((s, p) => s + Math.abs(p.revision), 0) / restated.length, 1);
    const text = await cli('history', '--geo', 'VN', '--item', 'TOTAL', '--basis', 'yoy');
    expect(text.out).toMatch(/^Mean absolute revision, month: \d+\.\d+ \(over \d+ of \d+ periods stated by two or more releases\)$/m);
  });

  it('exits 1 for a figure no release states, 2 for bad arguments', async () => {
    expect((await cli('history', '--geo', 'VN', '--item', 'TOTAL', '--period', '1999-01')).code).toBe(1);
    expect((await cli('history', '--geo', 'VN', '--item', 'TOTAL')).code).toBe(2);
    expect((await cli('history', '--geo', 'Atlantis', '--item', 'TOTAL', '--period', '2025-11')).code).toBe(2);
    expect((await cli('history', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'weekly')).code).toBe(2);
  });

  it('figures:history and figures:revisions answer within their schemas', async () => {
    const store = openStore(db);
    const core = createCore({ db: store.db, storePath: store.path });
    try {
      const history = await call(core.handlers, 'figures:history', { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' });
      expect(contract['figures:history'].output.safeParse(history).success).toBe(true);
      expect(history[0]!.vintages.map((v) => v.releaseName)).toEqual([expect.stringMatching(/^Hà Nội mới/), 'December release', 'Yearbook']);
      const revisions = await call(core.handlers, 'figures:revisions', { geo: 'VN', item: 'TOTAL', basis: 'mom' });
      expect(contract['figures:revisions'].output.safeParse(revisions).success).toBe(true);
      expect(await dispatch(core.handlers, 'figures:history', { geo: 'VN', item: 'TOTAL', period: 'March', basis: 'yoy' })).toMatchObject({
        ok: false,
        error: { code: 'bad-input' },
      });
    } finally {
      core.close();
      store.db.close();
    }
  });
});
