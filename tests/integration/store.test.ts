import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { resolveGeo } from '../../electron/core/reference/names.js';
import { deleteRelease, insertRelease, listReleases } from '../../electron/core/releases/repository.js';
import { catalogPage } from '../../electron/core/catalog/page.js';
import { getFigure, latestSummary, ranking } from '../../electron/core/figures/queries.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

describe('store on a fresh file', () => {
  const store = openStore(tempStorePath());
  const { db } = store;

  it('is migrated, in WAL mode, and filled with the five seed articles', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const seeds = listReleases(db).filter((r) => r.sourceKind === 'article');
    expect(seeds.map((r) => r.sourceFile).sort()).toEqual([
      '000_785237967552d779.txt',
      '001_ba2b5d8a44013e6d.txt',
      '002_d509f1267c449bb4.txt',
      '003_fbebe60b94779880.txt',
      '004_fddd2170433b1f9a.txt',
    ]);
    expect(seeds.find((r) => r.sourceFile.startsWith('000'))).toMatchObject({ publishedOn: '2025-06-10', publishedOnNote: null, figureCount: 31 });
  });

  it('answers the whole-industry Jan–Nov 2025 change: 9.3', () => {
    const f = getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' });
    expect(f).toMatchObject({ value: 9.3, unit: 'pct', status: 'estimate', decimals: 1 });
    expect(f!.sources[0]!.quote).toContain('increased by 9.3%');
  });

  it('keeps both roundings of one figure and shows the more precise (34 vs 34.3)', () => {
    const f = getFigure(db, { geo: 'VN', item: 'Sản xuất xe có động cơ', period: '2025-01..2025-05', basis: 'yoy' })!;
    expect(f.value).toBe(34.3);
    expect(f.sources.map((s) => [s.value, s.sourceFile.slice(0, 3)])).toEqual([
      [34.3, '001'],
      [34, '000'],
    ]);
  });

  it('flags the period an article mislabels and keeps its wording', () => {
    const f = getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-05', basis: 'yoy' })!;
    expect(f.value).toBe(8.8);
    expect(f.flags).toContain('period-mislabelled');
    expect(f.sources.find((s) => s.sourceFile.startsWith('001'))).toMatchObject({ statedPeriod: '2025-Q2', flags: ['period-mislabelled'] });
  });

  it('stores "diameter" as refined sugar, with the translation flagged', () => {
    const f = getFigure(db, { geo: 'VN', item: 'refined sugar', period: '2025-01..2025-11', basis: 'yoy' })!;
    expect(f).toMatchObject({ value: 12.3, measure: 'output', item: 'P-REFINED-SUGAR' });
    expect(f.flags).toContain('translation');
  });

  it('keeps pre-merger provinces and finds them without diacritics', () => {
    const f = getFigure(db, { geo: 'phu tho', item: 'TOTAL', period: '2025-01..2025-05', basis: 'yoy' })!;
    expect(f).toMatchObject({ geo: 'P25', value: 46.7 });
    expect(resolveGeo(db, 'Phú Thọ', '2025-11')?.code).toBe('L25');
    expect(resolveGeo(db, 'Phú Thọ', '2025-05')?.code).toBe('P25');
  });

  it('groups the catalog as the statistics office does and searches without diacritics', () => {
    const keys = catalogPage(db, {}).groups.map((g) => g.key);
    expect(keys).toEqual(['total', 'section', 'division', 'locality', 'product']);
    const hits = catalogPage(db, { search: 'PHU THO' }).groups.flatMap((g) => g.series);
    expect(hits.map((s) => s.geo.nameVi)).toEqual(['Phú Thọ']);
    expect(catalogPage(db, { search: 'motor vehicles' }).groups.flatMap((g) => g.series.map((s) => s.item.code))).toContain('29');
  });

  it('ranks localities for a period, strongest first', () => {
    const r = ranking(db, { period: '2025-01..2025-05', basis: 'yoy', group: 'locality' });
    expect(r.rows.map((row) => [row.geo.nameVi, row.figure.value])).toEqual([
      ['Phú Thọ', 46.7],
      ['Nam Định', 29.6],
      ['Bắc Giang', 28.1],
      ['Bắc Kạn', 23.6],
      ['Hà Nam', 22.5],
    ]);
  });

  it("ranks localities by their whole industry: a locality's section is not ranked among them", () => {
    const id = insertRelease(db, {
      name: 'Bắc Ninh by section',
      publisher: 'test',
      publishedOn: '2025-06-20',
      status: 'estimate',
      sourceKind: 'csv',
      sourceFile: 'bn.csv',
    });
    const figure = {
      geo: 'P24',
      measure: 'iip' as const,
      period: '2025-01..2025-05',
      basis: 'yoy' as const,
      unit: 'pct' as const,
      decimals: 1,
      status: 'estimate' as const,
    };
    insertFigures(db, id, [{ ...figure, item: 'C', value: 90.5 }]);
    try {
      const r = ranking(db, { period: '2025-01..2025-05', basis: 'yoy', group: 'locality' });
      expect(r.rows.map((row) => row.item.code)).toEqual(['TOTAL', 'TOTAL', 'TOTAL', 'TOTAL', 'TOTAL']);
      expect(r.rows.map((row) => row.figure.value)).not.toContain(90.5);
    } finally {
      deleteRelease(db, id);
    }
  });

  it('summarises the latest rankable period', () => {
    const s = latestSummary(db, {});
    expect(s.period).toBe('2025-01..2025-11');
    expect(s.headline?.value).toBe(9.3);
    expect(s.sections.map((r) => r.item.code)).toEqual(['C', 'E', 'D', 'B']);
    expect(s.products[0]).toMatchObject({ item: { code: 'P-CARS' }, figure: { value: 37.4 } });
    expect(s.products.at(-1)?.figure.value).toBe(-5.9);
    expect(s.periods[0]?.period).toBe('2025');
  });

  it('records a revision and answers "as of" a date with what was known then', () => {
    const id = insertRelease(db, {
      name: 'test revision',
      publisher: 'GSO',
      publishedOn: '2026-01-06',
      status: 'preliminary',
      sourceKind: 'test',
      sourceFile: 'rev.csv',
      checksum: 'rev-1',
    });
    insertFigures(db, id, [
      { geo: 'VN', item: 'TOTAL', measure: 'iip', period: '2025-01..2025-11', basis: 'yoy', unit: 'index', value: 109.42, decimals: 2, status: 'preliminary' },
    ]);
    const now = getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' })!;
    expect(now).toMatchObject({ value: 9.42, derived: true, status: 'preliminary' });
    expect(now.revisions.map((r) => r.value)).toEqual([9.3]);
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy', asOf: '2025-12-31' })!.value).toBe(9.3);
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy', asOf: '2025-12-01' })).toBeNull();
    deleteRelease(db, id);
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' })!.value).toBe(9.3);
  });

  it('uses the intended indexes for the hot queries', () => {
    const plan = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM figures WHERE seriesId = 1 AND basis = 'yoy'")).toContain('figuresBySeries');
    expect(plan("SELECT * FROM figures WHERE period = '2025-11' AND basis = 'yoy'")).toContain('figuresByPeriod');
  });
});

describe('store lifecycle', () => {
  it('does not load the embedded dataset twice', () => {
    const file = tempStorePath();
    const first = openStore(file);
    const count = (first.db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n;
    first.db.close();
    const again = openStore(file);
    expect((again.db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n).toBe(count);
    again.db.close();
  });

  it('refuses a store from a newer version of the app', () => {
    const file = tempStorePath();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/written by a newer version of IIP Explorer \(schema \d+, this app knows \d+\)/);
  });

  it('rolls back a failed load: nothing is half-written', () => {
    const { db } = openStore(tempStorePath());
    const before = (db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n;
    expect(() =>
      db.transaction(() => {
        const id = insertRelease(db, {
          name: 'bad',
          publisher: 'x',
          publishedOn: '2026-01-01',
          status: 'estimate',
          sourceKind: 'test',
          sourceFile: 'bad',
          checksum: 'bad',
        });
        insertFigures(db, id, [
          { geo: 'VN', item: 'TOTAL', measure: 'iip', period: '2025-12', basis: 'yoy', unit: 'pct', value: 1, decimals: 0, status: 'estimate' },
          { geo: 'VN', item: 'TOTAL', measure: 'iip', period: 'December', basis: 'yoy', unit: 'pct', value: 1, decimals: 0, status: 'estimate' },
        ]);
      })(),
    ).toThrow(/invalid period/);
    expect((db.prepare('SELECT COUNT(*) AS n FROM figures').get() as { n: number }).n).toBe(before);
    expect(db.prepare("SELECT * FROM releases WHERE checksum = 'bad'").get()).toBeUndefined();
  });
});
