// The import diff reads only the stored figures of the release's own series, periods and bases, and
// still tells new, revised, unchanged and kept-as-history apart as the whole history would; a
// commit stores the preview as it was shown unless its choices or the store changed since.
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { createCore } from '../../electron/core/handlers.js';
import { diffAgainstStore } from '../../electron/core/import/pipeline/diff.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import type { FigureInput } from '../../electron/shared/domain.js';
import type { ImportPreview, ImportProgress } from '../../electron/shared/contract/import.js';
import { onProgress } from '../helpers/staging.js';
import { call, stageBytes } from '../helpers/staging.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';

const figure = (period: string, value: number, over: Partial<FigureInput> = {}): FigureInput => ({
  geo: 'VN',
  item: 'TOTAL',
  measure: 'iip',
  period,
  basis: 'yoy',
  unit: 'index',
  value,
  decimals: 1,
  status: 'official',
  ...over,
});

function storeRelease(db: Db, name: string, publishedOn: string, figures: FigureInput[]): void {
  const id = insertRelease(db, { name, publisher: 'test', publishedOn, status: 'official', sourceKind: 'csv', sourceFile: `${name}.csv` });
  insertFigures(db, id, figures);
}

describe('the import diff, read per (series, period, basis)', () => {
  const store = openStore(tempStorePath());
  const db = store.db;
  emptyStore(db);
  afterAll(() => db.close());
  // 2020-01..2023-12 of VN TOTAL yoy published 2024-01-10 (value 100 + month number); 2023-12 restated 2024-02-10.
  const history = Array.from({ length: 48 }, (_, i) => figure(`${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 100 + (i % 12) + 1));
  storeRelease(db, 'first', '2024-01-10', [...history, figure('2023-12', 50, { basis: 'mom' })]);
  storeRelease(db, 'restated', '2024-02-10', [figure('2023-12', 120.5)]);

  it('compares each figure with the shown one of its own period and basis only', async () => {
    const incoming = [
      figure('2023-12', 120.5), // the restated value: unchanged
      figure('2023-11', 111.04, { decimals: 2 }), // 111 up to rounding: unchanged
      figure('2023-10', 99.9), // was 110: revised
      figure('2023-12', 51, { basis: 'mom' }), // the mom figure of that month: revised from 50
      figure('2024-01', 101), // no such period stored: new
      figure('2023-12', 120.5, { item: 'B' }), // another series: new
      figure('2023-12', 120.5, { unit: 'pct', value: 20.5 }), // yoy 20.5 % is the 120.5 index: unchanged
    ];
    expect(await diffAgainstStore(db, incoming, '2024-03-01')).toEqual([
      { change: 'unchanged' },
      { change: 'unchanged' },
      { change: 'revised', oldValue: 10, oldDecimals: 1 },
      { change: 'revised', oldValue: -50, oldDecimals: 1 },
      { change: 'new' },
      { change: 'new' },
      { change: 'unchanged' },
    ]);
  });

  it('keeps a differing figure published before the shown one as history', async () => {
    expect(await diffAgainstStore(db, [figure('2023-12', 119), figure('2023-06', 90)], '2024-01-20')).toEqual([
      { change: 'history', shownValue: 20.5, shownDecimals: 1, shownPublishedOn: '2024-02-10' },
      { change: 'revised', oldValue: 6, oldDecimals: 1 },
    ]);
  });
});

describe('committing a previewed import', () => {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });
  const handlers = core.handlers;
  afterAll(() => {
    core.close();
    store.db.close();
  });
  const csv = (value: string, extra = '') =>
    Buffer.from(`geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2031-01,yoy,index,${value},official\n${extra}`, 'utf8');
  const preview = async (fileName: string, bytes: Buffer, choices: { release?: { publishedOn: string } } = {}) => {
    const stagedId = await stageBytes(handlers, fileName, bytes);
    return (await call(handlers, 'import:preview', { stagedIds: [stagedId], ...choices })) as ImportPreview & { previewId: string };
  };
  const commit = async (previewId: string, choices: { release?: { publishedOn: string } } = {}) => {
    const phases: ImportProgress['phase'][] = [];
    const result = await dispatch(
      handlers,
      'import:commit',
      { previewId, ...choices },
      onProgress((p) => phases.push(p.phase)),
    );
    if (!result.ok) throw new Error(result.error.message);
    return { ...(result.value as { releases: { counts: { new: number; unchanged: number; revised: number } }[] }), phases: new Set(phases) };
  };

  it('stores the preview as shown, without reading the file again, when nothing changed since', async () => {
    const { previewId, files } = await preview('a.csv', csv('101.5'));
    expect(files[0]!.counts).toMatchObject({ new: 1 });
    const done = await commit(previewId);
    expect(done.releases[0]!.counts).toMatchObject({ new: 1 });
    expect([...done.phases]).toEqual(['storing']);
  });

  it('reads the file again when the store changed since the preview, or the choices differ', async () => {
    const first = await preview('b.csv', csv('102.5'));
    expect(first.files[0]!.counts).toMatchObject({ revised: 1 });
    // Another import of the same figure lands between this preview and its commit.
    const other = await preview('c.csv', csv('102.5', 'VN,TOTAL,iip,2031-02,yoy,index,99.0,official\n'));
    await commit(other.previewId);
    const done = await commit(first.previewId);
    expect(done.releases[0]!.counts).toMatchObject({ revised: 0, unchanged: 1 });
    // a CSV's names are matched and its figures compared as it is read: reading, then storing
    expect(done.phases).toEqual(new Set(['reading', 'storing']));

    const dated = await preview('d.csv', csv('103.5'));
    const redated = await commit(dated.previewId, { release: { publishedOn: '2031-03-01' } });
    expect(redated.phases.has('reading')).toBe(true);
    const releases = await call(handlers, 'releases:list', {});
    expect(releases.find((r) => r.sourceFile === 'd.csv')).toMatchObject({ publishedOn: '2031-03-01' });
  });
});
