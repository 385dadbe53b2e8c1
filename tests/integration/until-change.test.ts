// Results kept until the store changes: a write from this connection or from another process
// (another window, the CLI) must be seen at once.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { untilChange } from '../../electron/core/db/until-change.js';
import { latestPeriods } from '../../electron/core/figures/queries.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

const store = openStore(tempStorePath());
afterAll(() => store.db.close());

describe('untilChange', () => {
  it('computes once while the store is unchanged, again after any write', () => {
    let computed = 0;
    const read = () => untilChange(store.db, 'test', () => ++computed);
    expect([read(), read()]).toEqual([1, 1]);
    store.db.prepare("INSERT INTO meta (key, value) VALUES ('until-change-test', 'x')").run();
    expect(read()).toBe(2);
    const other = new Database(store.path);
    other.prepare("UPDATE meta SET value = 'y' WHERE key = 'until-change-test'").run();
    other.close();
    expect(read()).toBe(3);
    expect(read()).toBe(3);
  });

  it('offers a period the moment a release brings it, and drops it when the release is undone', () => {
    expect(latestPeriods(store.db).map((p) => p.period)).not.toContain('2031-01');
    const id = store.db.transaction(() => {
      const releaseId = insertRelease(store.db, {
        name: 'test',
        publisher: 'test',
        publishedOn: '2031-02-01',
        status: 'estimate',
        sourceKind: 'csv',
        sourceFile: 'test.csv',
      });
      insertFigures(store.db, releaseId, [
        { geo: 'VN', item: 'TOTAL', measure: 'iip', period: '2031-01', basis: 'yoy', unit: 'pct', value: 5, decimals: 1, status: 'estimate' },
      ]);
      return releaseId;
    })();
    expect(latestPeriods(store.db)[0]).toEqual({ period: '2031-01', kind: 'month', rankable: false });
    // Undone by another connection, as the app's connections do it (its kept periods go with it).
    const other = new Database(store.path);
    other.pragma('foreign_keys = ON');
    other.prepare('DELETE FROM figures WHERE releaseId = ?').run(id);
    other.prepare('DELETE FROM releases WHERE id = ?').run(id);
    other.close();
    expect(latestPeriods(store.db).map((p) => p.period)).not.toContain('2031-01');
  });
});
