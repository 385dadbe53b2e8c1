// A tidy CSV on disk is previewed and stored a figure at a time (pipeline/streamed.ts): the preview
// counts every figure but lists only the first of each kind of change and stages them in a temporary
// table, the commit stores them from there in its transaction, and bad input still names its row and
// column and stores nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { discardStaged, LISTED_PER_CHANGE } from '../../electron/core/import/pipeline/streamed.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openStore } from '../../electron/core/store.js';
import type { ImportProgress } from '../../electron/shared/contract/import.js';
import { call, stageBytes } from '../helpers/staging.js';
import type { Db } from '../../electron/core/db/connection.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const HEADER = 'geo,item,measure,period,basis,unit,value,status';

/** Writes `rows` under the tidy header into a file of its own; the source the importer reads. */
function csvOnDisk(name: string, rows: string[]): { fileName: string; path: string } {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
  return { fileName: name, path: file };
}

/** Geography codes of the store's reference list, in order. */
const geoCodes = (db: Db): string[] => db.prepare("SELECT code FROM geos WHERE code <> 'VN' ORDER BY sortOrder").pluck().all() as string[];

const count = (db: Db, sql: string, ...params: unknown[]): number =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('a tidy CSV on disk, a figure at a time', () => {
  it('counts every figure, lists the first of each kind of change, and stores them all with their series statistics', async () => {
    const { db } = openStore(tempStorePath());
    const geos = geoCodes(db).slice(0, 25);
    // 25 places × 100 months = 2,500 new figures of 25 series
    const rows = geos.flatMap((geo) =>
      Array.from(
        { length: 100 },
        (_, m) => `${geo},TOTAL,iip,${1990 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')},yoy,pct,${m / 10},official`,
      ),
    );
    const source = csvOnDisk('many.csv', rows);
    const preview = await previewImport(db, [source]);
    expect(preview.errors).toEqual([]);
    const [file] = preview.files;
    expect(file!.counts).toEqual({ new: 2500, revised: 0, unchanged: 0, history: 0, shown: 2500, skipped: 0 });
    expect(file!.figures).toHaveLength(LISTED_PER_CHANGE);
    expect(file!.unlisted).toBe(2500 - LISTED_PER_CHANGE);
    expect(file!.figures[0]).toMatchObject({ geo: { code: geos[0] }, item: { code: 'TOTAL' }, period: '1990-01', value: 0, location: 'row 2', change: 'new' });

    const result = commitImport(db, preview);
    expect(result.releases).toMatchObject([{ fileName: 'many.csv', figureCount: 2500 }]);
    const releaseId = result.releases[0]!.id;
    expect(count(db, 'SELECT COUNT(*) FROM figures WHERE releaseId = ?', releaseId)).toBe(2500);
    // the last row of the file: its value and place as written
    const last = db
      .prepare(
        'SELECT f.value, f.decimals, f.location FROM figures f JOIN series s ON s.id = f.seriesId WHERE f.releaseId = ? AND s.geoCode = ? AND f.period = ?',
      )
      .get(releaseId, geos[24], '1998-04');
    expect(last).toEqual({ value: 9.9, decimals: 1, location: 'row 2501' });
    // each series' statistics as kept equal those counted again from its figures, with the 100 new ones
    const kept = db.prepare(
      "SELECT st.seriesId, st.figureCount, st.firstPeriodEnd, st.lastPeriodEnd FROM seriesStats st JOIN series s ON s.id = st.seriesId WHERE s.itemCode = 'TOTAL' AND s.measure = 'iip' AND s.geoCode = ?",
    );
    const counted = db.prepare(
      'SELECT seriesId, COUNT(*) AS figureCount, MIN(periodEnd) AS firstPeriodEnd, MAX(periodEnd) AS lastPeriodEnd FROM figures WHERE seriesId = ?',
    );
    for (const geo of geos) {
      const stats = kept.get(geo) as { seriesId: number; figureCount: number; firstPeriodEnd: string };
      expect(stats).toEqual(counted.get(stats.seriesId));
      expect(stats.firstPeriodEnd).toBe('1990-01');
      expect(count(db, 'SELECT COUNT(*) FROM figures WHERE seriesId = ? AND releaseId = ?', stats.seriesId, releaseId)).toBe(100);
    }
  });

  it('compares with the store: a figure stated again differently is revised, the same unchanged', async () => {
    const { db } = openStore(tempStorePath());
    const [geo] = geoCodes(db);
    commitImport(
      db,
      await previewImport(db, [csvOnDisk('first.csv', [`${geo},TOTAL,iip,1990-01,yoy,pct,5.1,official`, `${geo},TOTAL,iip,1990-02,yoy,pct,5.2,official`])]),
    );
    const preview = await previewImport(db, [
      csvOnDisk('second.csv', [`${geo},TOTAL,iip,1990-01,yoy,pct,5.1,official`, `${geo},TOTAL,iip,1990-02,yoy,pct,6.0,official`]),
    ]);
    expect(preview.files[0]!.counts).toMatchObject({ new: 0, revised: 1, unchanged: 1 });
    expect(preview.files[0]!.figures.find((f) => f.change === 'revised')).toMatchObject({ period: '1990-02', value: 6, oldValue: 5.2 });
    expect(preview.files[0]!.unlisted).toBeUndefined();
  });

  it('refuses a figure stated twice with different values, naming both rows; the same value twice is stored once', async () => {
    const { db } = openStore(tempStorePath());
    const [geo] = geoCodes(db);
    const clash = await previewImport(db, [
      csvOnDisk('clash.csv', [
        `${geo},TOTAL,iip,1990-01,yoy,pct,5.1,official`,
        `${geo},TOTAL,iip,1990-02,yoy,pct,5.2,official`,
        `${geo},TOTAL,iip,1990-01,yoy,pct,5.3,official`,
      ]),
    ]);
    expect(clash.ready).toBe(false);
    expect(clash.errors).toEqual([
      {
        file: 'clash.csv',
        place: 'row 4',
        message: `gives 5.3 for ${geo}/TOTAL 1990-01 yoy, but row 2 gives 5.1 for the same figure`,
        code: 'import.figure-twice',
        params: { value: 5.3, figure: `${geo}/TOTAL 1990-01 yoy`, earlier: { place: [['row', 2]] }, earlierValue: 5.1 },
        where: [['row', 4]],
      },
    ]);
    const twice = await previewImport(db, [
      csvOnDisk('twice.csv', [`${geo},TOTAL,iip,1990-01,yoy,pct,5.1,official`, `${geo},TOTAL,iip,1990-01,yoy,pct,5.10,official`]),
    ]);
    expect(twice.files[0]!.counts.new).toBe(1);
    expect(commitImport(db, twice).releases[0]!.figureCount).toBe(1);
  });

  it('names the row and column of a bad value, and reads "1,234" by the rest of the file', async () => {
    const { db } = openStore(tempStorePath());
    const [geo] = geoCodes(db);
    const bad = await previewImport(db, [
      csvOnDisk('bad.csv', [`${geo},TOTAL,iip,1990-01,yoy,pct,5.1,official`, `${geo},TOTAL,iip,1990-02,yoy,pct,5.x,official`]),
    ]);
    expect(bad.errors).toEqual([
      {
        file: 'bad.csv',
        place: 'row 3, column value',
        message: '"5.x" is not a number',
        code: 'csv.not-a-number',
        params: { value: '"5.x"' },
        where: [
          ['row', 3],
          ['column', 'value'],
        ],
      },
    ]);
    // "1,234" could be either; the file's other number has a decimal comma, so it is 1.234
    const semicolons = csvOnDisk('comma.csv', []);
    fs.writeFileSync(
      semicolons.path,
      [HEADER.replaceAll(',', ';'), `${geo};TOTAL;output;1990-01;level;qty;"1,234";official`, `${geo};TOTAL;output;1990-02;level;qty;"5,5";official`].join(
        '\n',
      ),
    );
    const preview = await previewImport(db, [semicolons]);
    expect(preview.errors).toEqual([]);
    const result = commitImport(db, preview);
    const values = db.prepare('SELECT period, value, decimals FROM figures WHERE releaseId = ? ORDER BY period').all(result.releases[0]!.id);
    expect(values).toEqual([
      { period: '1990-01', value: 1.234, decimals: 3 },
      { period: '1990-02', value: 5.5, decimals: 1 },
    ]);
  });

  it('stores what its previews staged in one transaction, or nothing, and leaves no staged table behind', async () => {
    const { db } = openStore(tempStorePath());
    const [first, second] = geoCodes(db);
    const before = count(db, 'SELECT COUNT(*) FROM figures');
    const releases = count(db, 'SELECT COUNT(*) FROM releases');
    const staged = () => count(db, "SELECT COUNT(*) FROM sqlite_temp_master WHERE type = 'table' AND name LIKE 'importStaged%'");
    const sources = [
      csvOnDisk('one.csv', [`${first},TOTAL,iip,1990-01,yoy,pct,5.1,official`, `${first},TOTAL,iip,1990-02,yoy,pct,5.2,official`]),
      csvOnDisk('two.csv', [`${second},TOTAL,iip,1990-01,yoy,pct,6.1,official`]),
    ];
    const failing = await previewImport(db, sources);
    expect(staged()).toBe(2);
    // the second file's staged figures gone: storing it fails, and the first file is not stored either
    discardStaged({ files: [failing.files[1]!] });
    expect(() => commitImport(db, failing)).toThrow();
    expect(count(db, 'SELECT COUNT(*) FROM figures')).toBe(before);
    expect(count(db, 'SELECT COUNT(*) FROM releases')).toBe(releases);
    discardStaged(failing);
    expect(staged()).toBe(0);

    // the file changed after its preview: what was previewed is stored
    const preview = await previewImport(db, sources);
    fs.appendFileSync(sources[0]!.path, `${first},TOTAL,iip,1990-03,yoy,pct,5.3,official\n`);
    expect(commitImport(db, preview).releases.map((r) => r.figureCount)).toEqual([2, 1]);
    expect(count(db, 'SELECT COUNT(*) FROM figures')).toBe(before + 3);
    expect(staged()).toBe(0);
  });

  it('is stored as previewed when committed with the choices of its preview, and previewed again when they or the store changed', async () => {
    const store = openStore(tempStorePath());
    const core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir() } });
    try {
      const [first, second, third] = geoCodes(store.db);
      const csv = (geo: string) =>
        Buffer.from([HEADER, `${geo},TOTAL,iip,1990-01,yoy,pct,5.1,official`, `${geo},TOTAL,iip,1990-02,yoy,pct,5.2,official`].join('\n'));
      /** Stages and previews `bytes`, then commits with `choices`: the phases the commit reported. */
      const importWith = async (name: string, bytes: Buffer, choices: object, between?: () => Promise<void>) => {
        const stagedId = await stageBytes(core.handlers, name, bytes);
        const { previewId } = (await call(core.handlers, 'import:preview', { stagedIds: [stagedId] })) as { previewId: string };
        await between?.();
        const phases: ImportProgress['phase'][] = [];
        const result = await dispatch(core.handlers, 'import:commit', { previewId, ...choices }, { emit: (_e, p) => phases.push((p as ImportProgress).phase) });
        expect(result).toMatchObject({ ok: true, value: { releases: [{ fileName: name, figureCount: 2 }] } });
        return { phases: [...new Set(phases)], releases: (result as { value: { releases: { id: number; name: string }[] } }).value.releases };
      };
      // the same choices, nothing stored since: the kept preview is stored
      expect((await importWith('same.csv', csv(first!), {})).phases).toEqual(['storing']);
      // another name for the release: previewed again, with it
      const renamed = await importWith('renamed.csv', csv(second!), { release: { name: 'Tháng 1–2' } });
      expect(renamed.phases).toEqual(['reading', 'storing']);
      expect(renamed.releases[0]!.name).toBe('Tháng 1–2');
      // the store changed between preview and commit: previewed again
      const later = await importWith('later.csv', csv(third!), {}, async () => {
        const stagedId = await stageBytes(core.handlers, 'between.csv', Buffer.from([HEADER, `${second},TOTAL,iip,1991-01,yoy,pct,1,official`].join('\n')));
        const { previewId } = (await call(core.handlers, 'import:preview', { stagedIds: [stagedId] })) as { previewId: string };
        await call(core.handlers, 'import:commit', { previewId });
      });
      expect(later.phases).toEqual(['reading', 'storing']);
    } finally {
      core.close();
      store.db.close();
    }
  });
});
