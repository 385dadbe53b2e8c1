// A workbook in the statistics office's layout that writes words in their other accepted spelling
// (cùng kì, thuỷ), names a product with a qualifier ("… khai thác trong nước") and one with a typo:
// the headers and the qualified name are read as a person reads them, the typo is suggested first
// and only taken once the user confirms it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogPage } from '../../electron/core/catalog/page.js';
import { suggest } from '../../electron/core/import/pipeline/match.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { resolveGeo, resolveItem } from '../../electron/core/reference/names.js';
import { codesForLabel, rekeyAliases } from '../../electron/core/reference/repository.js';
import { openStore } from '../../electron/core/store.js';
import { UNICODE_TEXTS, writeModern } from '../fixtures/xlsx/make-gso-fixtures.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import fs from 'node:fs';

const VARIANT_TEXTS = {
  ...UNICODE_TEXTS,
  hdr: {
    prevYoy: ['Tháng 10', 'năm 2024', 'so với', 'cùng kì', 'năm trước'],
    mom: ['Tháng 11', 'năm 2024', 'so với', 'tháng\u00a0', 'trước'],
    yoy: ['Tháng 11', 'năm 2024', 'so với', 'cùng kì', 'năm trước'],
    cum: ['11 tháng', 'năm 2024', 'so với', 'cùng kì ', 'năm trước'],
  },
  spHdr: { ...UNICODE_TEXTS.spHdr, vsPeriod: 'So với cùng kì năm trước (%)' },
  coal: 'Than đá (than sạc)', // a letter left out
  oil: 'Dầu mỏ thô khai thác trong nước',
  cars: 'Ô tô các loại',
  water: 'Thoát nước và xử lí nước thải',
};

async function variantWorkbook(): Promise<{ fileName: string; bytes: Buffer }> {
  const file = path.join(tempDir(), 'IIP thang 11-2024.xlsx');
  await writeModern(file, { texts: VARIANT_TEXTS });
  return { fileName: path.basename(file), bytes: fs.readFileSync(file) };
}

describe('spelling variants in a workbook', () => {
  it('reads kì headers and qualified names, and suggests the one-letter typo first without taking it', async () => {
    const { db } = openStore(tempStorePath());
    const preview = await previewImport(db, [await variantWorkbook()]);
    expect(preview.errors).toEqual([]);
    // (The fixture's wood row is cut short of VSIC's name: unknown with or without variants.)
    const unknown = preview.unknown.filter((u) => !u.label.startsWith('Chế biến gỗ'));
    expect(unknown.map((u) => u.label)).toEqual(['Than đá (than sạc)']);
    expect(unknown[0]!.suggestions[0]).toMatchObject({ code: 'P-COAL', score: 0.99 });
    expect(preview.ready).toBe(false);

    const items = new Set(preview.files[0]!.figures.map((f) => f.item.code));
    expect(items).toContain('P-CRUDE-OIL');
    expect(items).toContain('P-CARS');
    expect(items).toContain('37');
    expect(items).toContain('TOTAL');

    const mappings = { geo: {}, item: { 'Than đá (than sạc)': 'P-COAL' } };
    const confirmed = await previewImport(db, [await variantWorkbook()], { mappings, skipUnknown: true });
    expect(confirmed.ready).toBe(true);
    commitImport(db, confirmed, mappings);
    expect(resolveItem(db, 'than da (than sac)')?.code).toBe('P-COAL');
  });

  it('matches names in either tone-mark style, either i/y spelling and any punctuation', () => {
    const { db } = openStore(tempStorePath());
    expect(resolveGeo(db, 'Khánh Hoà')?.code).toBe(resolveGeo(db, 'Khánh Hòa')?.code);
    expect(resolveGeo(db, 'Thừa Thiên - Huế', '2024-12')?.code).toBe(resolveGeo(db, 'Thừa Thiên Huế', '2024-12')?.code);
    expect(resolveGeo(db, 'Bà Rịa–Vũng Tàu', '2024-12')).toBeDefined();
    expect(resolveItem(db, 'Thức ăn cho thuỷ sản các loại')?.code).toBe(resolveItem(db, 'Thức ăn cho thủy sản')?.code);
    expect(resolveItem(db, 'Ti vi (trong nước)')?.code).toBe('P-TELEVISIONS');
    expect(resolveItem(db, 'Than nguyên khai')).toBeUndefined(); // raw coal is not clean coal
  });

  it('catalog search finds names across spelling variants', async () => {
    const { db } = openStore(tempStorePath());
    const csv = [
      'geo,item,measure,period,basis,unit,value,status',
      'Thừa Thiên Huế,TOTAL,iip,2024-11,yoy,pct,5.1,estimate',
      'Khánh Hoà,TOTAL,iip,2024-11,yoy,pct,6.2,estimate',
      'VN,Thức ăn cho thuỷ sản,output,2024-11,yoy,pct,3.3,estimate',
    ].join('\n');
    const preview = await previewImport(db, [{ fileName: 'variants.csv', bytes: Buffer.from(csv, 'utf8') }]);
    expect(preview.unknown).toEqual([]);
    commitImport(db, preview);
    const geos = (q: string) => [...new Set(catalogPage(db, { search: q }).groups.flatMap((g) => g.series.map((s) => s.geo.nameVi)))];
    expect(geos('thua thien hue')).toEqual(['Thừa Thiên Huế']);
    expect(geos('Thừa Thiên - Huế')).toEqual(['Thừa Thiên Huế']);
    for (const q of ['khanh hoa', 'Khánh Hòa', 'Khánh Hoà', 'KHANH\u00a0 HOA', 'Khánh Hoà'.normalize('NFD')]) expect(geos(q)).toEqual(['Khánh Hòa']);
    const items = (q: string) => catalogPage(db, { search: q }).groups.flatMap((g) => g.series.map((s) => s.item.code));
    expect(items('thức ăn thuỷ sản')).toEqual(['P-AQUATIC-FEED']);
    expect(items('thuc an thủy san')).toEqual(['P-AQUATIC-FEED']);
  });

  it('suggests a locality one letter away first, and suggests nothing for a name it matches', () => {
    const { db } = openStore(tempStorePath());
    expect(resolveGeo(db, 'Quảng Ngiã', '2024-12')).toBeUndefined(); // never taken without the user
    const [first] = suggest(db, 'geo', 'Quảng Ngiã');
    expect(first).toMatchObject({ nameVi: 'Quảng Ngãi', score: 0.99 });
    expect(suggest(db, 'item', 'Xi mămg')[0]).toMatchObject({ code: 'P-CEMENT', score: 0.99 });
    expect(suggest(db, 'item', 'Bai các loại')[0]).toMatchObject({ code: 'P-BEER', score: 0.99 });
  });

  it('re-keys names stored under the earlier fold, names matched by hand included', () => {
    const { db } = openStore(tempStorePath());
    db.prepare("INSERT INTO aliases (kind, folded, code, origin) VALUES ('item', 'xi mang, loai ki', 'P-CEMENT', 'user')").run();
    expect(rekeyAliases(db)).toBeGreaterThan(0);
    expect(codesForLabel(db, 'item', 'Xi măng – loại kỳ')).toEqual(['P-CEMENT']);
  });
});
