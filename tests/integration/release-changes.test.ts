// releases:changes: what one stored release changed against the store as it stood before it.
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { ReleaseChanges } from '../../electron/shared/contract/release-changes.js';
import type { FigureInput } from '../../electron/shared/domain.js';
import { tempStorePath } from '../helpers/temp.js';

const opened: { store: Store; core: Core }[] = [];
afterAll(() => {
  for (const { store, core } of opened) {
    core.close();
    store.db.close();
  }
});

function freshStore(): { store: Store; core: Core } {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });
  opened.push({ store, core });
  return { store, core };
}

const figure = (item: string, period: string, value: number, unit: FigureInput['unit'] = 'pct', decimals = 1): FigureInput => ({
  geo: 'VN',
  item,
  measure: 'iip',
  period,
  basis: 'yoy',
  unit,
  value,
  decimals,
  status: 'estimate',
});

function publish(store: Store, name: string, publishedOn: string, figures: FigureInput[]): number {
  return store.db.transaction(() => {
    const id = insertRelease(store.db, { name, publisher: 'test', publishedOn, status: 'preliminary', sourceKind: 'csv', sourceFile: `${name}.csv` });
    insertFigures(store.db, id, figures);
    return id;
  })();
}

async function changes(core: Core, input: unknown): Promise<ReleaseChanges | null> {
  const result = await dispatch(core.handlers, 'releases:changes', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ReleaseChanges | null;
}

describe('releases:changes', () => {
  it('names the newest release and lists its new periods and revisions, largest first, against the store before it', async () => {
    const { store, core } = freshStore();
    publish(store, 'June 2030', '2030-07-06', [figure('TOTAL', '2030-06', 8.0), figure('29', '2030-06', 12.0), figure('10', '2030-06', 3.0)]);
    const july = publish(store, 'July 2030', '2030-08-06', [
      figure('TOTAL', '2030-06', 108.3, 'index'), // revised by 0.3, stated as an index
      figure('29', '2030-06', 10.5), // revised by −1.5
      figure('10', '2030-06', 3.04, 'pct', 2), // the same up to rounding
      figure('TOTAL', '2030-07', 9.1),
      figure('29', '2030-07', 11.0),
    ]);
    const latest = (await changes(core, {}))!;
    expect(latest.release).toMatchObject({ id: july, name: 'July 2030', publisher: 'test', publishedOn: '2030-08-06', status: 'preliminary', figureCount: 5 });
    expect(latest.revised.map((r) => [r.item.code, r.period, r.old.value, r.new.value, r.change, r.old.releaseName])).toEqual([
      ['29', '2030-06', 12, 10.5, -1.5, 'June 2030'],
      ['TOTAL', '2030-06', 8, 8.3, 0.3, 'June 2030'],
    ]);
    expect(latest.revised[1]!.unit).toBe('pct');
    expect(latest.unchanged).toBe(1);
    expect(latest.newPeriods).toEqual([{ period: '2030-07', figures: 2, newToStore: true }]);
  });

  it('looks back from an older release too, and picks the newest release stating a period', async () => {
    const { store, core } = freshStore();
    const june = publish(store, 'June 2030', '2030-07-06', [figure('TOTAL', '2030-06', 8.0)]);
    publish(store, 'July 2030', '2030-08-06', [figure('TOTAL', '2030-07', 9.1)]);
    const ofJune = (await changes(core, { releaseId: june }))!;
    expect(ofJune.revised).toEqual([]);
    expect(ofJune.newPeriods.find((p) => p.period === '2030-06')).toMatchObject({ figures: 1, newToStore: true });
    expect((await changes(core, { period: '2030-06' }))!.release.name).toBe('June 2030');
    expect((await changes(core, { asOf: '2030-07-31' }))!.release.name).toBe('June 2030');
  });

  it('refuses a release that does not exist and a period that is not one', async () => {
    const { core } = freshStore();
    expect((await dispatch(core.handlers, 'releases:changes', { releaseId: 999_999 })).ok).toBe(false);
    expect((await dispatch(core.handlers, 'releases:changes', { period: 'soon-ish' })).ok).toBe(false);
  });
});
