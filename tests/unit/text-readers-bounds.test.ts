// The text readers stay linear in their input and bounded in depth, and say so plainly when a bound is hit
// (issue 13, "Inputs that freeze the app"). Before: one line of 1,000 spaces took 14 s, 2,000 took 195 s,
// 60 KB of "9,3% " 75 s, SDMX-ML nested 40,000 deep 170 s, a JSON-stat label of 1 MB 117 s.
import { said } from '../../electron/shared/messages/import.js';
import { describe, expect, it } from 'vitest';
import { guardReader, UnexpectedReadError } from '../../electron/core/import/formats/guard.js';
import { parseJsonStat } from '../../electron/core/import/formats/jsonstat/index.js';
import { parsePressText } from '../../electron/core/import/formats/press-text/index.js';
import { parseSdmxMl } from '../../electron/core/import/formats/sdmx-ml/index.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { excerpt } from '../../electron/core/import/read/limits.js';
import { MAX_MESSAGE_CHARS } from '../../electron/shared/messages/said.js';
import { ImportError } from '../../electron/core/import/types.js';
import { importErrorOf } from '../helpers/errors.js';
import { referenceStore } from '../helpers/fuzz-readers.js';
import { warningTexts } from '../helpers/warnings.js';

const MB = 1_000_000;
const fill = (unit: string, size = MB, prefix = ''): string => prefix + unit.repeat(Math.floor((size - prefix.length) / unit.length));
const timed = <T>(f: () => T): { ms: number; value: T } => {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
};

const LEAD = 'Chỉ số sản xuất công nghiệp (IIP) tháng 5/2024 ước tính tăng 9,3% so với cùng kỳ năm trước. Ngành chế biến, chế tạo tăng 10,1%.\n';

describe('press text in linear time', () => {
  // the ceiling: ordinary prose, 100 KB, scaled to the size of each case (the reader is linear on it)
  const ordinary = timed(() => parsePressText(fill(LEAD, 100_000), 'ordinary.txt')).ms;
  const ceiling = (size: number): number => 3 * ordinary * (size / 100_000) + 1_000;

  it.each([
    ['one line of 1 MB of spaces', fill(' ', MB, 'IIP tháng 5 tăng 9,3%')],
    ['1,000 lines of 1,000 spaces each', fill(' '.repeat(1_000) + 'x\n')],
    ['2,000 spaces inside a sentence', `IIP tháng 5/2024 tăng${' '.repeat(2_000)}9,3% so với cùng kỳ.`],
    ['60 KB of "9,3% "', fill('9,3% ', 60_000)],
    ['1 MB of "9,3% " after a lead', fill('9,3% ', MB, LEAD)],
    ['1 MB of digits', fill('9')],
    ['1 MB of "1." and "9,"', fill('1.9,')],
    ['1 MB of dashes and pipes', fill('- | ')],
    ['200 KB of sentences of 300 periods', fill(`IIP tăng 9,3% ${'Q1 '.repeat(300)}z.\n`, 200_000)],
    ['200 KB of sentences of 300 figures', fill(`IIP tăng 9,3% ${'(9,3%) '.repeat(300)}z.\n`, 200_000)],
  ])('%s', (_name, text) => {
    const { ms } = timed(() => parsePressText(text, 'hostile.txt', { publishedOn: '2024-06-05' }));
    expect(ms, `took ${Math.round(ms)} ms; ordinary prose of 100 KB took ${Math.round(ordinary)} ms`).toBeLessThan(ceiling(text.length));
  });

  it('reads a number of 400 digits as no figure (it was a TypeError)', () => {
    const r = parsePressText(`IIP tháng 5 năm 2024 tăng ${'9'.repeat(400)}% so với cùng kỳ.`, 'digits.txt');
    expect(r.figures).toEqual([]);
  });

  it('leaves out a sentence of 60,000 characters with a warning naming its line, and lists at most 100 warnings', () => {
    const r = parsePressText(`${LEAD}${fill('9,3% ', 60_000)}\n${'Tháng trước tăng 1,2%. '.repeat(300)}`, 'long.txt');
    expect(warningTexts(r)[0]).toMatch(/^line 2: a sentence of 60000 characters was not read/);
    expect(r.warnings.length).toBeLessThanOrEqual(101);
    expect(r.figures.length).toBeGreaterThan(0); // the lead is still read
  });
});

describe('nesting and label limits', () => {
  it('refuses SDMX-ML nested 40,000 deep at once, naming the limit and the element path', () => {
    const head = '<?xml version="1.0"?><message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">';
    const xml = `${head}\n${'<a>'.repeat(40_000)}${'</a>'.repeat(40_000)}</message:GenericData>`;
    const { ms, value: e } = timed(() => importErrorOf(() => parseSdmxMl(xml, 'deep.xml')));
    expect(ms).toBeLessThan(1_000);
    expect(e.place).toBe('line 2, element message:GenericData/a/a/…/a/a/a');
    expect(e.detail).toMatch(/deeper than 64 levels/);
  });

  it('refuses JSON nested 40,000 deep before parsing it, at its line and column', () => {
    const json = `{"class": "dataset",\n "value": ${'['.repeat(40_000)}${']'.repeat(40_000)}}`;
    const e = importErrorOf(() => parseJsonStat(json, 'deep.json'));
    expect(e.place).toBe('line 2, column 74');
    expect(e.detail).toMatch(/deeper than 64 levels/);
  });

  const dataset = (label: string): string =>
    JSON.stringify({
      class: 'dataset',
      id: ['time'],
      size: [1],
      dimension: { time: { category: { index: ['2025-01'], label: { '2025-01': label } } } },
      value: [101.2],
    });

  it('refuses a JSON-stat label of 1 MB at once, naming the category and the limit', () => {
    const { ms, value: e } = timed(() => importErrorOf(() => parseJsonStat(dataset('x'.repeat(MB)), 'label.json')));
    expect(ms).toBeLessThan(1_000);
    expect(e.place).toBe('dimension "time", category "2025-01"');
    expect(e.detail).toBe(`the category "${'x'.repeat(40)}…" is 1000000 characters long; labels are read up to 1000`);
  });

  it('refuses a JSON-stat cube of more cells than it can hold before building it', () => {
    const json = JSON.stringify({ class: 'dataset', id: ['a', 'b'], size: [100_000, 100_000], dimension: {}, value: {} });
    expect(importErrorOf(() => parseJsonStat(json, 'huge.json')).detail).toBe(
      '"size" gives 100000 × 100000 = 10000000000 cells; a dataset is read up to 10000000 cells',
    );
  });
});

describe('messages for people', () => {
  it('quotes at most 80 characters of a value and never runs past 2,000 characters', () => {
    const json = JSON.stringify({
      class: 'dataset',
      id: ['time'],
      size: [1],
      dimension: { time: { category: { index: ['2025-01'] } } },
      value: ['y'.repeat(MB)],
    });
    const e = importErrorOf(() => parseJsonStat(json, 'value.json'));
    expect(e.detail).toBe(`"${'y'.repeat(79)}… is not a number`);
    expect(new ImportError('f.csv', null, said('csv.not-a-number', { value: 'z'.repeat(MB) })).message).toHaveLength(MAX_MESSAGE_CHARS);
    expect(excerpt('a\nb'.repeat(100), 10)).toBe('a ba ba ba…');
  });

  it('answers an error a reader did not mean in plain words, naming the file, and keeps the internal one for the log', async () => {
    const broken = guardReader({
      format: 'json-stat',
      read: () => (null as unknown as { value: number }).value as never,
    });
    const error = await Promise.resolve(broken.read(Buffer.from('{}'), { fileName: 'odd.json', maxFigures: 10 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedReadError);
    expect((error as ImportError).code).toBe('bad-input');
    expect((error as ImportError).message).toMatch(/^odd\.json: could not be read as a JSON-stat file: /);
    expect((error as ImportError).message).not.toMatch(/Cannot read properties/);
    expect(((error as ImportError).cause as Error).message).toMatch(/Cannot read properties of null/);
  });

  it('previews a CSV naming an item of 1 MB at once, and its refusal quotes a short excerpt', async () => {
    const db = referenceStore();
    const csv = `geo,item,measure,period,basis,unit,value\nVN,${'q'.repeat(MB)},iip,2025-11,yoy,pct,10.8\n`;
    const t = performance.now();
    const preview = await previewImport(db, [{ fileName: 'long.csv', bytes: Buffer.from(csv) }]);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(preview.ready).toBe(false);
    const refusal = importErrorOf(() => commitImport(db, preview));
    expect(refusal.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(refusal.message).toContain(`unknown item "${'q'.repeat(80)}…"`);
    db.close();
  });
});
