// The import flow on a real store: preview and diff, commit as a release, idempotent re-import,
// undo, unknown names, mappings remembered, nothing half-written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { countFigures } from '../../electron/core/figures/repository.js';
import { listReleases } from '../../electron/core/releases/repository.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { undoRelease } from '../../electron/core/releases/repository.js';
import { getFigure } from '../../electron/core/figures/queries.js';
import { openStore } from '../../electron/core/store.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const CSV = [
  'geo,item,measure,period,basis,unit,value,status',
  'VN,TOTAL,iip,2025-01..2025-11,yoy,index,109.42,preliminary',
  'VN,TOTAL,iip,2025-12,yoy,pct,10.1,estimate',
  'Phú Thọ,TOTAL,iip,2025-01..2025-11,yoy,pct,18.2,estimate',
  'VN,Sản xuất xe có động cơ,iip,2025-01..2025-11,yoy,pct,22,estimate',
].join('\n');

const source = (text: string, fileName = 'release.csv') => ({ fileName, bytes: Buffer.from(text, 'utf8') });

const cli = (args: string[], db: string) => runIip([...args, '--db', db]);

describe('import pipeline', () => {
  it('previews new, revised and unchanged figures, then commits them as one release', async () => {
    const { db } = openStore(tempStorePath());
    const preview = await previewImport(db, [source(CSV)], { release: { name: 'Dec 2025 release', publishedOn: '2026-01-06' } });
    expect(preview.errors).toEqual([]);
    expect(preview.ready).toBe(true);
    const changes = preview.files[0]!.figures.map((f) => [f.geo.code, f.item.code, f.period, f.change, f.change === 'revised' ? f.oldValue : null]);
    expect(changes).toEqual([
      ['VN', 'TOTAL', '2025-01..2025-11', 'revised', 9.3],
      ['VN', 'TOTAL', '2025-12', 'new', null],
      ['L25', 'TOTAL', '2025-01..2025-11', 'new', null],
      ['VN', '29', '2025-01..2025-11', 'unchanged', null],
    ]);
    const result = commitImport(db, preview);
    expect(result.releases).toHaveLength(1);
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' })).toMatchObject({ value: 9.42, revisions: [{ value: 9.3 }] });
    expect(listReleases(db)[0]).toMatchObject({ name: 'Dec 2025 release', publishedOn: '2026-01-06', figureCount: 4 });
  });

  it('changes nothing when the same file is imported twice, and says so', async () => {
    const { db } = openStore(tempStorePath());
    commitImport(db, await previewImport(db, [source(CSV)]));
    const before = countFigures(db);
    const again = await previewImport(db, [source(CSV)]);
    expect(again.files[0]!.alreadyImported).not.toBeNull();
    expect(again.files[0]!.counts).toMatchObject({ new: 0, revised: 0 });
    expect(commitImport(db, again)).toMatchObject({ releases: [], alreadyImported: [{ fileName: 'release.csv' }] });
    expect(countFigures(db)).toBe(before);
  });

  it('undo removes the release and restores what it revised', async () => {
    const { db } = openStore(tempStorePath());
    const before = countFigures(db);
    const { releases } = commitImport(db, await previewImport(db, [source(CSV)]));
    expect(undoRelease(db, releases[0]!.id)).toBe(true);
    expect(countFigures(db)).toBe(before);
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2025-01..2025-11', basis: 'yoy' })!.value).toBe(9.3);
  });

  it('undoing an embedded release keeps it removed when the store is opened again', async () => {
    const file = tempStorePath();
    const first = openStore(file);
    const seed = listReleases(first.db).find((r) => r.sourceFile.startsWith('003'))!;
    undoRelease(first.db, seed.id);
    first.db.close();
    const again = openStore(file);
    expect(listReleases(again.db).some((r) => r.sourceFile.startsWith('003'))).toBe(false);
  });

  it('stops on names that match nothing, with suggestions, unless mapped or skipped; mappings are remembered', async () => {
    const { db } = openStore(tempStorePath());
    const text = [
      'geo,item,measure,period,basis,unit,value,status',
      'VN,Sản xuất xe có động cơ va rơ moóc,iip,2025-12,yoy,pct,30,estimate',
      'VN,TOTAL,iip,2025-12,yoy,pct,10.1,estimate',
    ].join('\n');
    const blocked = await previewImport(db, [source(text)]);
    expect(blocked.ready).toBe(false);
    expect(blocked.unknown).toHaveLength(1);
    expect(blocked.unknown[0]).toMatchObject({ kind: 'item', label: 'Sản xuất xe có động cơ va rơ moóc' });
    expect(blocked.unknown[0]!.suggestions[0]!.code).toBe('29');
    expect(() => commitImport(db, blocked)).toThrow(/nothing was stored/);

    const skipped = await previewImport(db, [source(text)], { skipUnknown: true });
    expect(skipped.ready).toBe(true);
    expect(skipped.files[0]!.counts.skipped).toBe(1);

    const mappings = { geo: {}, item: { 'Sản xuất xe có động cơ va rơ moóc': '29' } };
    commitImport(db, await previewImport(db, [source(text)], { mappings }), mappings);
    const nextMonth = text.replace(/2025-12/g, '2026-01');
    expect((await previewImport(db, [source(nextMonth, 'next.csv')])).unknown).toEqual([]);
  });

  it('lists the names matched by hand and forgets one, so it is asked about again; reference names stay', async () => {
    const storePath = tempStorePath();
    const { db } = openStore(storePath);
    const core = createCore({ db, storePath });
    const handlers = core.handlers;
    try {
      const text = ['geo,item,measure,period,basis,unit,value,status', 'Phu Tho tinh,TOTAL,iip,2025-12,yoy,pct,12.5,estimate'].join('\n');
      const mappings = { geo: { 'Phu Tho tinh': 'P25' }, item: {} };
      commitImport(db, await previewImport(db, [source(text)], { mappings }), mappings);
      const listed = await dispatch(handlers, 'aliases:list', {});
      expect(listed).toEqual({ ok: true, value: [{ kind: 'geo', folded: 'phu tho tinh', code: 'P25', nameVi: 'Phú Thọ', nameEn: 'Phu Tho' }] });

      expect(await dispatch(handlers, 'aliases:forget', { kind: 'geo', folded: 'phu tho', code: 'P25' })).toEqual({ ok: true, value: { forgotten: false } });
      expect(await dispatch(handlers, 'aliases:forget', { kind: 'geo', folded: 'phu tho tinh', code: 'P25' })).toEqual({
        ok: true,
        value: { forgotten: true },
      });
      expect(await dispatch(handlers, 'aliases:list', {})).toEqual({ ok: true, value: [] });
      const again = await previewImport(db, [source(text.replace('2025-12', '2026-01'), 'next.csv')]);
      expect(again.unknown.map((u) => u.label)).toEqual(['Phu Tho tinh']);
      // the reference name is still known
      expect((await previewImport(db, [source(text.replace('Phu Tho tinh', 'Phú Thọ'), 'ref.csv')])).unknown).toEqual([]);
      expect(await dispatch(handlers, 'aliases:forget', { kind: 'town', folded: 'x', code: 'P25' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    } finally {
      core.close();
      db.close();
    }
  });

  it('stores nothing when one of several files is bad', async () => {
    const { db } = openStore(tempStorePath());
    const before = countFigures(db);
    const preview = await previewImport(db, [
      source(CSV),
      source('geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2025-12,yoy,pct,1.234,5,estimate', 'bad.csv'),
    ]);
    expect(preview.ready).toBe(false);
    expect(preview.errors[0]).toMatchObject({ file: 'bad.csv' });
    expect(() => commitImport(db, preview)).toThrow();
    expect(countFigures(db)).toBe(before);
  });

  it('iip import: report, --dry-run, --json, exit codes', async () => {
    const db = tempStorePath();
    const dir = tempDir();
    const file = path.join(dir, 'release.csv');
    fs.writeFileSync(file, CSV);
    const dry = await cli(['import', file, '--dry-run', '--json'], db);
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.out);
    expect(report).toMatchObject({ ok: true, dryRun: true, stored: false, errors: [] });
    expect(report.figures[0]).toMatchObject({
      geo: { code: 'VN', name: 'Cả nước' },
      item: { code: 'TOTAL' },
      period: '2025-01..2025-11',
      basis: 'yoy',
      unit: 'index',
      value: 109.42,
      change: 'revised',
      oldValue: 9.3,
    });
    expect((await cli(['releases', '--json'], db)).out).not.toContain('release.csv');

    const stored = await cli(['import', file], db);
    expect(stored.code).toBe(0);
    expect(stored.out).toMatch(/1 revised/);
    expect(stored.out).toMatch(/Stored release \d+/);
    const twice = await cli(['import', file], db);
    expect(twice.out).toMatch(/already imported/);

    const unknownFile = path.join(dir, 'unknown.csv');
    fs.writeFileSync(unknownFile, 'geo,item,measure,period,basis,unit,value,status\nAtlantis,TOTAL,iip,2025-12,yoy,pct,1,estimate\n');
    const refused = await cli(['import', unknownFile], db);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/geo 'Atlantis'/);
    const mapFile = path.join(dir, 'map.csv');
    fs.writeFileSync(mapFile, 'kind,label,code\ngeo,Atlantis,P25\n');
    expect((await cli(['import', unknownFile, '--map', mapFile], db)).code).toBe(0);

    // the mapping is remembered; iip names lists it and forgets it
    const listed = await cli(['names', '--json'], db);
    expect(JSON.parse(listed.out)).toEqual([{ kind: 'geo', folded: 'atlantis', code: 'P25', nameVi: 'Phú Thọ', nameEn: 'Phu Tho' }]);
    const forgot = await cli(['names', '--forget', 'ATLANTIS', '--kind', 'geo'], db);
    expect(forgot).toMatchObject({ code: 0, out: "Forgot geo 'atlantis' → P25 (Phú Thọ)." });
    expect((await cli(['names', '--forget', 'Atlantis'], db)).code).toBe(1);
    expect((await cli(['names', '--kind', 'town'], db)).code).toBe(2);
    expect((await cli(['templates', '--delete', 'no such template'], db)).code).toBe(1);

    expect((await cli(['import'], db)).code).toBe(2);
    expect((await cli(['import', path.join(dir, 'missing.csv')], db)).code).toBe(2);
    expect((await cli(['import', file, '--status', 'final'], db)).code).toBe(2);
  });
});
