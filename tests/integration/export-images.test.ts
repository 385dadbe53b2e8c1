// Chart pictures drawn in Node, read back: the PNG's pixel size from its header and its pixels
// decoded (the background's corner, the series' colours), the SVG's text elements (the title's and
// source line's words with their diacritics, numbers with the decimal comma, nothing of a note's
// markup), the PDF's pages and — where poppler's pdftotext is installed — its text. The Vietnamese
// line and bar pictures go to test-output/screenshots/ to be looked at. Then `iip export` writes a
// 2× PNG, an SVG and a PDF from the embedded store.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { writeExport } from '../../electron/core/export/formats/index.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { IMAGE_HEIGHT, IMAGE_WIDTH, writePdf, writePng, writeSvg } from '../../electron/core/export/formats/image.js';
import { EXPORT_FORMATS, FILE_TYPES, formatOfFileName } from '../../electron/core/export/formats/writer.js';
import { NEGATIVE, POSITIVE } from '../../electron/shared/charts/palette.js';
import type { ExportRequest } from '../../electron/shared/contract/export.js';
import type { ChartSpec } from '../../electron/shared/export/chart-spec.js';
import { screenshotDir } from '../helpers/browser.js';
import { BAC_NINH_TITLE, bacNinhSpec, provincesSpec, unescapeXml } from '../helpers/deck.js';
import { call } from '../helpers/staging.js';
import { onPath } from '../helpers/programs.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const run = promisify(execFile);

const pdftotext = onPath('pdftotext');

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

interface Pixels {
  width: number;
  height: number;
  at: (x: number, y: number) => [number, number, number, number];
  /** How many pixels are exactly this colour, fully opaque. */
  count: (hex: string) => number;
}

/** The PNG decoded back to RGBA. */
async function decode(png: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  const at = (x: number, y: number): [number, number, number, number] => {
    const i = (y * image.width + x) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
  };
  const count = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n += 1;
    return n;
  };
  return { width: image.width, height: image.height, at, count };
}

/** The SVG's text elements: their words, and the font families they name. */
function svgTexts(svg: string): { words: Set<string>; families: Set<string> } {
  const elements = [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)];
  const words = new Set(elements.flatMap((m) => unescapeXml(m[2]!).split(/\s+/).filter(Boolean)));
  const families = new Set(elements.map((m) => /font-family="([^"]*)"/.exec(m[1]!)?.[1] ?? ''));
  return { words, families };
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const pageCount = (pdf: Uint8Array): number =>
  Buffer.from(pdf)
    .toString('latin1')
    .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('PNG export', () => {
  it('is 1200 × 675 pixels times the scale, at 1×, 2× and 3×', async () => {
    for (const scale of [1, 2, 3] as const) {
      const png = await writePng([bacNinhSpec()], { scale });
      expect(pngSize(png)).toEqual([IMAGE_WIDTH * scale, IMAGE_HEIGHT * scale]);
    }
    expect(pngSize(await writePng([provincesSpec()], {}))).toEqual([1200, 675]);
  });

  it('is white by default and transparent on request', async () => {
    const white = await decode(await writePng([bacNinhSpec()], {}));
    const clear = await decode(await writePng([bacNinhSpec()], { transparent: true, scale: 2 }));
    for (const [x, y] of [
      [0, 0],
      [1199, 674],
    ] as const) {
      expect(white.at(x, y)).toEqual([255, 255, 255, 255]);
      expect(clear.at(x * 2, y * 2)[3]).toBe(0);
    }
  });

  it("draws the series in the spec's colours: the first series' colour, and another when the spec says so", async () => {
    const spec = bacNinhSpec();
    const pixels = await decode(await writePng([spec], {}));
    expect(spec.series[0]!.colour).toBe('#0072B2');
    expect(pixels.count(spec.series[0]!.colour)).toBeGreaterThan(100);
    expect(pixels.count(spec.series[1]!.colour)).toBeGreaterThan(50);
    const recoloured: ChartSpec = { ...spec, series: spec.series.map((s, i) => (i === 0 ? { ...s, colour: '#7A1F5C' } : s)) };
    const again = await decode(await writePng([recoloured], {}));
    expect(again.count('#7A1F5C')).toBeGreaterThan(100);
    expect(again.count('#0072B2')).toBe(0);
  });

  it('draws rises and falls of a ranking in their colours', async () => {
    const pixels = await decode(await writePng([provincesSpec()], {}));
    expect(pixels.count(POSITIVE)).toBeGreaterThan(5000);
    expect(pixels.count(NEGATIVE)).toBeGreaterThan(500);
  });

  it('saves the Vietnamese line and bar pictures to be looked at', async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    for (const [name, spec] of [
      ['export-line.png', bacNinhSpec('vi', '2025-12-10')],
      ['export-bar.png', provincesSpec('vi')],
    ] as const) {
      const png = await writePng([spec], {});
      fs.writeFileSync(path.join(screenshotDir, name), png);
      expect(pngSize(fs.readFileSync(path.join(screenshotDir, name)))).toEqual([1200, 675]);
    }
  });
});

describe('SVG export', () => {
  it("keeps the title's and the source line's words as text, with their diacritics, in Be Vietnam Pro", async () => {
    const spec = bacNinhSpec('vi', '2025-12-10');
    const svg = text(await writeSvg([spec], {}));
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toMatch(/<svg [^>]*width="1200" height="675"/);
    const { words, families } = svgTexts(svg);
    expect(BAC_NINH_TITLE).toBe('Chỉ số sản xuất công nghiệp — Bắc Ninh');
    for (const word of ['Chỉ', 'số', 'sản', 'xuất', 'công', 'nghiệp', 'Bắc', 'Ninh']) expect(words).toContain(word);
    expect(spec.source).toMatch(/^Nguồn: Cục Thống kê, công bố ngày 06\/12\/2025/);
    for (const word of wordsOf(spec.source)) expect(words).toContain(word);
    for (const word of wordsOf(spec.subtitle)) expect(words).toContain(word);
    // As-of, legend and numbered notes with their authors.
    for (const word of ['10/12/2025', 'Tháng', 'Lũy', '1.', '2.', 'Tết', 'Nguyên', 'đán', 'Trần', 'Nguyễn', 'Thị', 'Lan']) expect(words).toContain(word);
    expect([...families].every((f) => f.includes('Be Vietnam Pro'))).toBe(true);
    expect(svg.normalize('NFC')).toBe(svg);
  });

  it("writes a note's markup as text, never as markup", async () => {
    const svg = text(await writeSvg([bacNinhSpec()], {}));
    expect(svg).not.toMatch(/<script/i);
    expect(svgTexts(svg).words).toContain('<script>alert("x")</script>');
  });

  it('writes values and ticks with the decimal mark of the language and a true minus', async () => {
    const vi = svgTexts(text(await writeSvg([provincesSpec('vi')], {}))).words;
    for (const label of ['+35,2%', '+18,2%', '−2,3%', '−5,4%', 'Phú', 'Thọ', 'Cà', 'Mau', '−5']) expect(vi).toContain(label);
    expect(vi).not.toContain('+35.2%');
    const en = svgTexts(text(await writeSvg([provincesSpec('en')], {}))).words;
    for (const label of ['+35.2%', '−5.4%', 'Industrial']) expect(en).toContain(label);
  });

  it('has a white background unless transparent', async () => {
    const whole = /<rect fill="(?:white|#FFF|#FFFFFF)" width="1200" height="675"\/>/i;
    expect(whole.test(text(await writeSvg([bacNinhSpec()], {})))).toBe(true);
    expect(whole.test(text(await writeSvg([bacNinhSpec()], { transparent: true })))).toBe(false);
  });
});

describe('PDF export', () => {
  const specs = [bacNinhSpec('vi', '2025-12-10'), provincesSpec('vi'), bacNinhSpec('en')];

  it('is a PDF with one vector page per spec', async () => {
    const pdf = await writePdf(specs, {});
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(3);
    expect(pageCount(await writePdf([specs[1]!], {}))).toBe(1);
    expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it.skipIf(!pdftotext)(
    `holds each page's title and source line with their diacritics (pdftotext${pdftotext ? '' : ' is not installed: skipped'})`,
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'charts.pdf');
      fs.writeFileSync(file, await writePdf(specs, {}));
      const page = async (n: number) => (await run(pdftotext!, ['-f', String(n), '-l', String(n), file, '-'])).stdout.replace(/\s+/g, ' ');
      for (const [i, spec] of specs.entries()) {
        const got = await page(i + 1);
        expect(got).toContain(spec.title);
        expect(got).toContain(spec.source);
      }
      expect(await page(1)).toContain('Nguyễn Thị Lan');
      expect(await page(2)).toContain('+35,2%');
    },
  );
});

describe('the picture formats', () => {
  it('are known by extension and written through the registry', async () => {
    for (const format of ['png', 'svg', 'pdf'] as const) {
      expect(EXPORT_FORMATS).toContain(format);
      expect(formatOfFileName(`chart${FILE_TYPES[format].extension}`)).toBe(format);
    }
    expect(pngSize(await writeExport('png', [bacNinhSpec()], { scale: 3 }))).toEqual([3600, 2025]);
    expect(text(await writeExport('svg', [bacNinhSpec()]))).toContain('Bắc');
    await expect(writeExport('png', [])).rejects.toThrow(/no chart/);
  });
});

describe('export:chart to pictures', () => {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });
  afterAll(() => {
    core.close();
    store.db.close();
  });
  const request: ExportRequest = { geos: ['VN'], items: ['B', 'C', 'D', 'E'], period: '2025-01..2025-11', basis: 'yoy', chart: 'bar', lang: 'vi' };

  it('answers a 2× transparent PNG, an SVG and a PDF, named by the title, with their types', async () => {
    const png = await call(core.handlers, 'export:chart', { request: { ...request, title: 'Ngành cấp I' }, format: 'png', scale: 2, transparent: true });
    expect(png).toMatchObject({ fileName: 'Ngành-cấp-I.png', mime: 'image/png' });
    const bytes = Buffer.from(png.dataBase64, 'base64');
    expect(pngSize(bytes)).toEqual([2400, 1350]);
    expect((await decode(bytes)).at(0, 0)[3]).toBe(0);
    const plain = Buffer.from((await call(core.handlers, 'export:chart', { request, format: 'png' })).dataBase64, 'base64');
    expect(pngSize(plain)).toEqual([1200, 675]);
    expect((await decode(plain)).at(0, 0)).toEqual([255, 255, 255, 255]);
    const svg = await call(core.handlers, 'export:chart', { request, format: 'svg' });
    expect(svg.mime).toBe('image/svg+xml');
    expect(svgTexts(Buffer.from(svg.dataBase64, 'base64').toString('utf8')).words).toContain('+10,6%');
    const pdf = await call(core.handlers, 'export:chart', { request, format: 'pdf' });
    expect(pdf.mime).toBe('application/pdf');
    expect(pageCount(Buffer.from(pdf.dataBase64, 'base64'))).toBe(1);
  });

  it('refuses a scale other than 1, 2 or 3', async () => {
    const r = await dispatch(core.handlers, 'export:chart', { request, format: 'png', scale: 4 });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});

describe('iip export to pictures', () => {
  const base = ['--db', tempStorePath()];
  const subject = ['--geo', 'VN', '--item', 'TOTAL', '--from', '2025-01', '--to', '2025-11', '--basis', 'yoy'];

  const cli = (args: string[]) => runIip(args);

  it('writes a 2× PNG of the months, in the month colour', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'total.png');
    const r = await cli(['export', ...subject, '--scale', '2', '--out', out, '--json', ...base]);
    expect(r, r.err).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toMatchObject({ out, format: 'png', charts: 1 });
    const png = fs.readFileSync(out);
    expect(pngSize(png)).toEqual([2400, 1350]);
    const pixels = await decode(png);
    expect(pixels.at(0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixels.count('#0072B2')).toBeGreaterThan(200);
    expect(fs.readdirSync(dir)).toEqual(['total.png']);
  });

  it('writes a transparent PNG, an SVG holding the title and source, and a PDF of the ranking', async () => {
    const dir = tempDir();
    const clear = await cli(['export', ...subject, '--transparent', '--out', path.join(dir, 'clear.png'), ...base]);
    expect(clear.code, clear.err).toBe(0);
    expect((await decode(fs.readFileSync(path.join(dir, 'clear.png')))).at(0, 0)[3]).toBe(0);

    const svg = await cli(['export', ...subject, '--out', path.join(dir, 'total.svg'), ...base]);
    expect(svg.code, svg.err).toBe(0);
    expect(svg.out).toMatch(/^Wrote .*total\.svg \(svg, \d+ figures\)\.$/);
    const { words } = svgTexts(fs.readFileSync(path.join(dir, 'total.svg'), 'utf8'));
    for (const word of ['Toàn', 'ngành', 'công', 'nghiệp', 'Nguồn:', 'công', 'bố', 'ngày', '06/12/2025,', 'ước', 'tính']) expect(words).toContain(word);

    const bars = ['--geo', 'VN', '--item', 'B,C,D,E', '--period', '2025-01..2025-11', '--basis', 'yoy', '--chart', 'bar', '--lang', 'en'];
    const pdf = await cli(['export', ...bars, '--title', 'Sections, Jan–Nov 2025', '--out', path.join(dir, 'sections.pdf'), ...base]);
    expect(pdf.code, pdf.err).toBe(0);
    const bytes = fs.readFileSync(path.join(dir, 'sections.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(bytes)).toBe(1);
    if (pdftotext) expect((await run(pdftotext, [path.join(dir, 'sections.pdf'), '-'])).stdout).toContain('Sections, Jan–Nov 2025');
  });
});
