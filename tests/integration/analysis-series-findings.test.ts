// One series' findings for its chart's marks: a store emptied of the embedded history, then one tidy
// CSV imported with `iip import` that states March 2024's month-on-month change as +28.0 % where its
// year-on-year changes give +30.9 % (120 × 120 / 110), and a newspaper's March year-on-year change of
// 21.5 % against the office's 20.0. analysis:series-findings answers each basis with its own finding,
// the very objects of the kept whole-store report. Invented values.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSeries } from '../../electron/core/catalog/repository.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { contract } from '../../electron/shared/contract/index.js';
import { runIip } from '../helpers/cli.js';
import { call } from '../helpers/staging.js';
import { PLANTED_MARCH, PLANTED_NEWSPAPER } from '../helpers/planted.js';
import { emptyStorePath } from '../helpers/store.js';
import { tempDir } from '../helpers/temp.js';

const MARCH = [...PLANTED_MARCH, 'VN,P-COAL,output,2024-03,level,qty,300.0,estimate'];

async function plantedStore(): Promise<string> {
  const db = emptyStorePath();
  const dir = tempDir();
  const files: [string, readonly string[], string, string][] = [
    ['march', MARCH, 'General Statistics Office', '2024-03-29'],
    ['newspaper', PLANTED_NEWSPAPER, 'Example Daily', '2024-04-02'],
  ];
  for (const [name, lines, publisher, published] of files) {
    const file = path.join(dir, `${name}.csv`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const run = await runIip(['import', file, '--name', name, '--publisher', publisher, '--published', published, '--json', '--db', db]);
    expect(run.code, run.err).toBe(0);
  }
  return db;
}

describe('analysis:series-findings', () => {
  it('gives one series its findings on one basis, taken from the kept whole-store checks', async () => {
    const store = openStore(await plantedStore());
    const core = createCore({ db: store.db, storePath: store.path });
    try {
      const total = findSeries(store.db, 'VN', 'TOTAL', 'iip')!;
      const coal = findSeries(store.db, 'VN', 'P-COAL', 'output')!;

      const mom = await call(core.handlers, 'analysis:series-findings', { seriesId: total.id, basis: 'mom' });
      contract['analysis:series-findings'].output.parse(mom);
      expect(mom.findings.map((f) => [f.kind, f.figure.period, f.figure.basis, f.stated.value])).toEqual([['mom-vs-yoy', '2024-03', 'mom', 28]]);
      expect(mom.findings[0]!.gap).toBeCloseTo(128 - 14400 / 110, 6);

      const yoy = await call(core.handlers, 'analysis:series-findings', { seriesId: total.id, basis: 'yoy' });
      expect(yoy.findings.map((f) => [f.kind, f.figure.period, f.stated.value, f.against.value])).toEqual([['sources-disagree', '2024-03', 21.5, 20]]);
      expect((await call(core.handlers, 'analysis:series-findings', { seriesId: coal.id, basis: 'level' })).findings).toEqual([]);

      // the same findings as the whole store's report (both read from the checks kept in their worker)
      const report = await call(core.handlers, 'analysis:checks', {});
      expect(report.inconsistencies).toHaveLength(2);
      expect(report.inconsistencies).toContainEqual(mom.findings[0]);
      expect(report.inconsistencies).toContainEqual(yoy.findings[0]);

      // as of a date before the newspaper: its disagreement is not there yet
      const before = await call(core.handlers, 'analysis:series-findings', { seriesId: total.id, basis: 'yoy', asOf: '2024-03-31' });
      expect(before.findings).toEqual([]);

      expect(await dispatch(core.handlers, 'analysis:series-findings', { seriesId: total.id, basis: 'weekly' })).toMatchObject({
        ok: false,
        error: { code: 'bad-input' },
      });
      expect(await dispatch(core.handlers, 'analysis:series-findings', { seriesId: 0, basis: 'mom' })).toMatchObject({
        ok: false,
        error: { code: 'bad-input' },
      });
    } finally {
      core.close();
      store.db.close();
    }
  }, 60_000);
});
