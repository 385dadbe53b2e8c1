// An exported deck opened by another program: LibreOffice Impress (headless) converts it to PDF,
// whose text must hold each slide's title and source line; its first slide, rasterised, goes to
// test-output/screenshots/export-slide.png to be looked at. Skipped (and reported so) where
// LibreOffice or poppler's pdftotext is not installed (`apt-get install libreoffice-impress
// poppler-utils`; .ci/run does).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writePptx } from '../../electron/core/export/formats/pptx.js';
import { screenshotDir } from '../helpers/browser.js';
import { BAC_NINH_TITLE, bacNinhSpec, provincesSpec } from '../helpers/deck.js';
import { onPath } from '../helpers/programs.js';
import { tempDir } from '../helpers/temp.js';

const run = promisify(execFile);

const soffice = onPath('soffice');
const pdftotext = onPath('pdftotext');
const pdftoppm = onPath('pdftoppm');

describe.skipIf(!soffice || !pdftotext || !pdftoppm)('PowerPoint export opened in LibreOffice Impress', () => {
  it('converts a two-slide deck to PDF holding each title and source line, and renders its first slide', { timeout: 180_000 }, async () => {
    const dir = tempDir('iip-pptx-lo-');
    const specs = [bacNinhSpec('vi', '2025-12-10', 'Tết Nguyên đán (28/1 – 2/2/2025): ít ngày làm việc hơn'), provincesSpec('vi')];
    const deck = path.join(dir, 'deck.pptx');
    fs.writeFileSync(deck, await writePptx(specs, {}));

    // A profile of its own, so that parallel runs (and a desktop LibreOffice) do not clash.
    const started = Date.now();
    await run(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, deck], {
      timeout: 120_000,
    });
    const seconds = (Date.now() - started) / 1000;
    const pdf = path.join(dir, 'deck.pdf');
    expect(fs.existsSync(pdf), `LibreOffice wrote no PDF in ${seconds} s`).toBe(true);

    const pages = async (first: number, last: number) =>
      (await run(pdftotext!, ['-f', String(first), '-l', String(last), pdf, '-'])).stdout.replace(/\s+/g, ' ');
    const one = await pages(1, 1);
    const two = await pages(2, 2);
    expect(one).toContain(BAC_NINH_TITLE);
    expect(one).toContain(specs[0]!.source);
    expect(one).toContain('Nguyễn Thị Lan');
    expect(one).toContain('1. Tết Nguyên đán (28/1 – 2/2/2025)');
    expect(two).toContain('Tăng trưởng công nghiệp theo địa phương');
    expect(two).toContain(specs[1]!.source);
    expect(two).toContain('Phú Thọ');
    expect(two).toContain('+35.2%');
    const all = (await run(pdftotext!, [pdf, '-'])).stdout;
    expect(all.split('\f').filter((page) => page.trim() !== '')).toHaveLength(2);

    // The first slide as LibreOffice draws it, 1280 pixels wide.
    fs.mkdirSync(screenshotDir, { recursive: true });
    const prefix = path.join(dir, 'slide');
    await run(pdftoppm!, ['-png', '-f', '1', '-l', '1', '-scale-to-x', '1280', '-scale-to-y', '720', '-singlefile', pdf, prefix]);
    fs.copyFileSync(`${prefix}.png`, path.join(screenshotDir, 'export-slide.png'));
    const png = fs.readFileSync(path.join(screenshotDir, 'export-slide.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
    console.info(`LibreOffice converted the deck to PDF in ${seconds.toFixed(1)} s`);
  });
});
