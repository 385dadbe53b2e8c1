// Layout templates on a real store: a spreadsheet no reader knows is refused with its sheets
// described; mapped in the preview and committed with "save as template"; next month's file (sheet
// renamed, header a row lower) is read by that template on its own, and with `iip import --template`.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { openStore } from '../../electron/core/store.js';
import type { Out } from '../../electron/shared/contract/index.js';
import type { XlsxTemplate } from '../../electron/shared/xlsx-template.js';
import { stageBytes } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import { writeDecember, writeNovember, writeUnrelated } from '../fixtures/xlsx/make-layout-fixtures.js';

const MAPPING: XlsxTemplate = {
  name: 'unsaved layout',
  sheet: 'Biểu 05',
  headerRow: 4,
  labelColumn: 1,
  labelKind: 'geo',
  measure: 'iip',
  columns: [
    { column: 2, period: 'month', basis: 'mom', unit: 'index' },
    { column: 3, period: 'month', basis: 'yoy', unit: 'index' },
    { column: 4, period: 'cumulative', basis: 'yoy', unit: 'index' },
  ],
  referenceMonthFrom: { kind: 'sheet' },
  publisher: 'Cục Thống kê',
};

const cli = (args: string[], db: string) => runIip([...args, '--db', db]);

describe('importing spreadsheets with layout templates', () => {
  const storePath = tempStorePath();
  const files: Record<'november' | 'december' | 'unrelated', string> = { november: '', december: '', unrelated: '' };

  beforeAll(async () => {
    const dir = tempDir();
    files.november = await writeNovember(dir);
    files.december = await writeDecember(dir);
    files.unrelated = await writeUnrelated(dir);
  });

  it('refuses an unknown layout with a clear message and the sheets to map', async () => {
    const { db } = openStore(storePath);
    try {
      const preview = await previewImport(db, [{ fileName: 'iip-dia-phuong-t11.xlsx', path: files.november }]);
      expect(preview.ready).toBe(false);
      expect(preview.errors).toHaveLength(1);
      expect(preview.errors[0]!.message).toMatch(/not a statistics-office workbook.*there are no saved layout templates.*Map the layout/);
      expect(preview.layouts?.[0]?.fileName).toBe('iip-dia-phuong-t11.xlsx');
      expect(preview.layouts?.[0]?.sheets.map((s) => s.name)).toEqual(['Ghi chú', 'Biểu 05']);
    } finally {
      db.close();
    }
  });

  it('previews with a mapping from the preview, commits and saves it as a template (handler table)', async () => {
    const { db } = openStore(storePath);
    try {
      const core = createCore({ db, storePath });
      const handlers = core.handlers;
      const stagedIds = [await stageBytes(handlers, 'iip-dia-phuong-t11.xlsx', fs.readFileSync(files.november))];
      const bad = await dispatch(handlers, 'import:preview', { stagedIds, template: { ...MAPPING, headerRow: 0 } });
      expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });

      const answer = await dispatch(handlers, 'import:preview', { stagedIds, template: MAPPING });
      expect(answer.ok).toBe(true);
      const preview = (answer as { ok: true; value: Out<'import:preview'> }).value;
      expect(preview.errors).toEqual([]);
      expect(preview.unknown).toEqual([]);
      expect(preview.ready).toBe(true);
      const file = preview.files[0]!;
      expect(file.format).toBe('xlsx-template');
      expect(file.release.publisher).toBe('Cục Thống kê');
      expect(file.template).toMatchObject({ name: 'unsaved layout', saved: false, definition: { sheet: 'Biểu 05', sheetMatch: { columnCount: 4 } } });
      expect(file.figures).toHaveLength(24);
      expect(file.figures.find((f) => f.location === 'Biểu 05!C8')).toMatchObject({
        geo: { code: 'L25' },
        item: { code: 'TOTAL' },
        period: '2025-11',
        basis: 'yoy',
        unit: 'index',
        value: 125.1,
      });
      expect(file.figures.find((f) => f.location === 'Biểu 05!D5')).toMatchObject({
        geo: { code: 'VN' },
        period: '2025-01..2025-11',
        basis: 'yoy',
        value: 109.3,
      });

      const committed = await dispatch(handlers, 'import:commit', { previewId: preview.previewId, template: MAPPING, saveTemplateAs: 'IIP theo địa phương' });
      expect(committed).toMatchObject({ ok: true, value: { releases: [{ figureCount: 24 }] } });
      const list = await dispatch(handlers, 'templates:list', {});
      expect(list).toMatchObject({
        ok: true,
        value: [{ name: 'IIP theo địa phương', lastUsedAt: null, definition: { name: 'IIP theo địa phương', headerRow: 4, labelKind: 'geo' } }],
      });
      core.close();
    } finally {
      db.close();
    }
  });

  it('reads next month by shape alone (`iip import`), with the right periods, values and places', async () => {
    const r = await cli(['import', files.december, '--json'], storePath);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      stored: boolean;
      files: { format: string; template: { name: string; saved: boolean } }[];
      figures: { geo: { code: string }; period: string; basis: string; value: number; location: string }[];
    };
    expect(out.stored).toBe(true);
    expect(out.files[0]).toMatchObject({ format: 'xlsx-template', template: { name: 'IIP theo địa phương', saved: true } });
    expect(out.figures).toHaveLength(27);
    expect(out.figures.find((f) => f.location === 'Biểu 5 - IIP địa phương!C9')).toMatchObject({
      geo: { code: 'L25' },
      period: '2025-12',
      basis: 'yoy',
      value: 126.3,
    });
    expect(out.figures.find((f) => f.location === 'Biểu 5 - IIP địa phương!D6')).toMatchObject({
      geo: { code: 'VN' },
      period: '2025-01..2025-12',
      value: 109.4,
    });
    const get = await cli(['get', '--geo', 'Phú Thọ', '--item', 'TOTAL', '--period', '2025-12', '--basis', 'yoy'], storePath);
    expect(get).toMatchObject({ code: 0, out: '26.3' });
    const listed = JSON.parse((await cli(['templates', '--json'], storePath)).out) as { name: string; lastUsedAt: string | null }[];
    expect(listed[0]!.lastUsedAt).not.toBeNull();
  });

  it('`iip import --template NAME` uses a saved template; a missing name is a usage error', async () => {
    const dryRun = await cli(['import', files.december, '--template', 'IIP theo địa phương', '--dry-run'], storePath);
    expect(dryRun.code).toBe(0);
    expect(dryRun.out).toMatch(/iip-dia-phuong-t12\.xlsx \(xlsx-template\): 27 figures — 0 new, 0 revised, 27 unchanged/);
    const missing = await cli(['import', files.december, '--template', 'nope'], storePath);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no saved template 'nope'/);
    const other = await cli(['import', files.unrelated, '--template', 'IIP theo địa phương'], storePath);
    expect(other.code).toBe(1);
    expect(other.out).toMatch(/matches none of this workbook's sheets \(CPI\)/);
  });

  it('`iip templates` lists them; a workbook no template fits is refused naming the templates tried', async () => {
    const table = await cli(['templates'], storePath);
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(/^name\s+sheet\s+names\s+columns\s+created\s+last used$/);
    expect(table.out).toMatch(/IIP theo địa phương\s+Biểu 05\s+localities\s+3/);
    const refused = await cli(['import', files.unrelated], storePath);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/none of the 1 saved layout template\(s\) \(IIP theo địa phương\) matches its sheets/);
    const { db } = openStore(storePath);
    try {
      const core = createCore({ db, storePath });
      const handlers = core.handlers;
      expect(await dispatch(handlers, 'templates:delete', { name: 'IIP theo địa phương' })).toEqual({ ok: true, value: { deleted: true } });
      expect(await dispatch(handlers, 'templates:list', {})).toEqual({ ok: true, value: [] });
    } finally {
      db.close();
    }
  });
});
