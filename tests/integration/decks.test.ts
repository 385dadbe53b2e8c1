// Slide baskets on a real store: pinned, titled, reordered and removed; refreshed after a release
// that revises their figures (the changes listed slide by slide, then none on a second refresh);
// exported as one deck whose charts hold the new numbers; and the same through `iip deck`.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { createCore } from '../../electron/core/handlers.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import type { ExportRequest } from '../../electron/shared/contract/export.js';
import type { FigureInput } from '../../electron/shared/domain.js';
import { call } from '../helpers/staging.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const storePath = tempStorePath();
const store = openStore(storePath);
const core = createCore({ db: store.db, storePath: store.path });
afterAll(() => {
  core.close();
  store.db.close();
});

const WHOLE: ExportRequest = { geos: ['VN'], items: ['TOTAL'], basis: 'yoy', chart: 'line', lang: 'en' };
const SECTIONS: ExportRequest = { geos: ['VN'], items: ['B', 'C', 'D', 'E'], period: '2025-01..2025-11', basis: 'yoy', chart: 'bar', lang: 'en' };

function revise(figures: { item: string; value: number }[]): void {
  const rows: FigureInput[] = figures.map(({ item, value }) => ({
    geo: 'VN',
    item,
    measure: 'iip',
    period: '2025-01..2025-11',
    basis: 'yoy',
    unit: 'pct',
    value,
    decimals: 1,
    status: 'official',
  }));
  store.db.transaction(() =>
    insertFigures(
      store.db,
      insertRelease(store.db, { name: 'revision', publisher: 'GSO', publishedOn: '2026-01-06', status: 'official', sourceKind: 'csv', sourceFile: 'r.csv' }),
      rows,
    ),
  )();
}

async function chartValues(bytes: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map(async (n) => [...(await zip.file(n)!.async('string')).matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!)));
}

const cli = (args: string[]) => runIip([...args, '--db', storePath]);

describe('slide baskets', () => {
  it('pins, titles, reorders and removes slides; refreshes after a revision; exports the deck with the new numbers', async () => {
    const deck = await call(core.handlers, 'baskets:create', { name: 'Khách hàng A' });
    await call(core.handlers, 'baskets:add-slide', { basketId: deck.id, title: 'Whole industry', request: WHOLE });
    await call(core.handlers, 'baskets:add-slide', { basketId: deck.id, title: 'Sections', request: SECTIONS });
    const spare = await call(core.handlers, 'baskets:add-slide', { basketId: deck.id, title: 'Spare', request: WHOLE });
    await call(core.handlers, 'baskets:move-slide', { slideId: spare.slides[2]!.id, position: 0 });
    let now = await call(core.handlers, 'baskets:remove-slide', { slideId: spare.slides[2]!.id });
    now = await call(core.handlers, 'baskets:retitle-slide', { slideId: now.slides[1]!.id, title: 'Sections, Jan–Nov 2025' });
    expect(now.slides.map((s) => [s.position, s.title])).toEqual([
      [0, 'Whole industry'],
      [1, 'Sections, Jan–Nov 2025'],
    ]);
    await expect(call(core.handlers, 'baskets:create', { name: 'khách hàng a' })).rejects.toThrow(/conflict: a deck called/);

    expect((await call(core.handlers, 'baskets:refresh', { basketId: deck.id })).changes).toEqual([]);
    revise([
      { item: 'TOTAL', value: 9.6 },
      { item: 'C', value: 10.9 },
    ]);
    const { changes } = await call(core.handlers, 'baskets:refresh', { basketId: deck.id });
    expect(changes.map((c) => [c.slide, c.period, c.subject, c.before, c.after])).toEqual([
      [1, '2025-01..2025-11', 'Whole industry', 9.3, 9.6],
      [2, '2025-01..2025-11', 'Manufacturing', 10.6, 10.9],
    ]);
    expect((await call(core.handlers, 'baskets:refresh', { basketId: deck.id })).changes).toEqual([]);

    const file = await call(core.handlers, 'baskets:export', { basketId: deck.id, aspect: '16:9' });
    expect(file.fileName).toBe('Khách-hàng-A.pptx');
    const [line, bars] = await chartValues(Buffer.from(file.dataBase64, 'base64'));
    expect(line).toContain('9.6');
    expect(bars).toContain('10.9');
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
    expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toContain('Sections, Jan–Nov 2025');
  });

  it('answers iip deck list, refresh and export, with exit 1 for an unknown deck and 2 for bad arguments', async () => {
    expect((await cli(['deck', 'list'])).out).toMatch(/Khách hàng A\s+2/);
    revise([{ item: 'TOTAL', value: 9.7 }]);
    const refreshed = await cli(['deck', 'refresh', 'khách hàng a', '--json']);
    expect(JSON.parse(refreshed.out)).toMatchObject({ deck: 'Khách hàng A', changes: [{ slide: 1, before: 9.6, after: 9.7 }] });
    expect((await cli(['deck', 'refresh', 'Khách hàng A'])).out).toMatch(/^No number changed/);
    const out = path.join(tempDir(), 'deck.pptx');
    expect(await cli(['deck', 'export', 'Khách hàng A', '--out', out, '--aspect', '4:3'])).toMatchObject({ code: 0, out: `Wrote ${out} (2 slides).` });
    const presentation = await (await JSZip.loadAsync(fs.readFileSync(out))).file('ppt/presentation.xml')!.async('string');
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(4 / 3, 2);
    expect((await cli(['deck', 'refresh', 'nobody'])).code).toBe(1);
    expect((await cli(['deck', 'export', 'Khách hàng A', '--out', path.join(tempDir(), 'x.csv')])).code).toBe(2);
    expect((await cli(['deck', 'frob'])).code).toBe(2);
    const bars = ['export', '--geo', 'VN', '--item', 'B,C,D,E', '--period', '2025-01..2025-11', '--basis', 'yoy', '--chart', 'bar', '--picture'];
    const pictured = path.join(tempDir(), 'sections.pptx');
    expect((await cli([...bars, '--out', pictured])).code).toBe(0);
    expect(Object.keys((await JSZip.loadAsync(fs.readFileSync(pictured))).files).some((n) => n.startsWith('ppt/media/'))).toBe(true);
    expect((await cli([...bars, '--out', path.join(tempDir(), 'sections.csv')])).err).toMatch(/--picture applies to \.pptx only/);
  });

  it('exports one chart through the contract as PowerPoint, CSV and Excel', async () => {
    for (const format of ['pptx', 'csv', 'xlsx'] as const) {
      const file = await call(core.handlers, 'export:chart', { request: { ...SECTIONS, title: 'Ngành cấp I' }, format });
      expect(file.fileName).toBe(`Ngành-cấp-I.${format}`);
      expect(Buffer.from(file.dataBase64, 'base64').length).toBeGreaterThan(100);
    }
    const pictured = await JSZip.loadAsync(
      Buffer.from((await call(core.handlers, 'export:chart', { request: SECTIONS, format: 'pptx', pictureSlides: true })).dataBase64, 'base64'),
    );
    expect(Object.keys(pictured.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toEqual([]);
    const [media] = Object.keys(pictured.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n));
    const png = await pictured.file(media!)!.async('nodebuffer');
    expect(png.readUInt32BE(16)).toBe(3600);
    const csv = Buffer.from((await call(core.handlers, 'export:chart', { request: SECTIONS, format: 'csv' })).dataBase64, 'base64').toString('utf8');
    expect(csv).toMatch(/Manufacturing.*10\.9/);
  });
});
