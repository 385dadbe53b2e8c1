// Mutations of real workbooks for the property tests of the workbook readers (tests/fuzz): bytes
// flipped inside a zip part and the workbook zipped again (so the damage reaches the XML), bytes
// flipped in the zip itself, cuts, slices of XML deleted or repeated, huge texts and numbers.
// Each mutation is a plain description (fast-check shows it when a case fails) applied by mutate().
import { sayImportOrNull } from '../../electron/shared/messages/import.js';
import fc from 'fast-check';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { storeState } from '../../electron/core/db/until-change.js';
import type { Db } from '../../electron/core/db/connection.js';
import { previewImport, type ImportOptions } from '../../electron/core/import/pipeline/preview.js';
import type { ImportPreview } from '../../electron/shared/contract/import.js';

/**
 * A workbook case's bound: loading one with exceljs (in the workbook worker) takes 0.1–0.5 s for the
 * generated fixtures and 1–5 s for a real monthly release on a busy 2-core machine, above FUZZ_CASE_MS.
 */
export const WORKBOOK_CASE_MS = 15_000;

export type WorkbookMutation =
  | { kind: 'flip-in-part'; part: number; flips: { at: number; xor: number }[] }
  | { kind: 'flip-in-zip'; flips: { at: number; xor: number }[] }
  | { kind: 'cut'; at: number }
  | { kind: 'delete-slice'; part: number; at: number; length: number }
  | { kind: 'repeat-slice'; part: number; at: number; length: number; times: number }
  | { kind: 'huge-text'; kb: number }
  | { kind: 'huge-number'; digits: number };

/** A position as a fraction of whatever it falls in; unbiased (fast-check would favour 0: the first byte). */
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const flips = fc.array(fc.record({ at: fraction, xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 });
const part = fc.nat({ max: 40 });

export const workbookMutation: fc.Arbitrary<WorkbookMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip-in-part' as const), part, flips }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('flip-in-zip' as const), flips }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fraction }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete-slice' as const), part, at: fraction, length: fc.integer({ min: 1, max: 400 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('repeat-slice' as const),
      part,
      at: fraction,
      length: fc.integer({ min: 1, max: 200 }),
      times: fc.integer({ min: 2, max: 50 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-text' as const), kb: fc.integer({ min: 1, max: 2048 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-number' as const), digits: fc.integer({ min: 16, max: 5000 }) }) },
);

const flipped = (bytes: Uint8Array, list: { at: number; xor: number }[]): Buffer => {
  const copy = Buffer.from(bytes);
  if (copy.length === 0) return copy;
  for (const { at, xor } of list) copy[Math.floor(at * copy.length)]! ^= xor;
  return copy;
};

async function rezipped(bytes: Buffer, change: (zip: JSZip, names: string[]) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n]!.dir)
    .sort();
  await change(zip, names);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function changePart(bytes: Buffer, index: number, change: (content: Buffer) => Buffer): Promise<Buffer> {
  return rezipped(bytes, async (zip, names) => {
    const name = names[index % names.length]!;
    zip.file(name, change(await zip.file(name)!.async('nodebuffer')));
  });
}

/** The first cell value in the first sheet, replaced (a number Excel would never store). */
async function withCellValue(bytes: Buffer, value: string): Promise<Buffer> {
  return rezipped(bytes, async (zip, names) => {
    const sheet = names.find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    if (!sheet) return;
    const xml = await zip.file(sheet)!.async('string');
    zip.file(sheet, xml.replace(/<v>[^<]*<\/v>/, `<v>${value}</v>`));
  });
}

export async function mutate(bytes: Buffer, m: WorkbookMutation): Promise<Buffer> {
  switch (m.kind) {
    case 'flip-in-part':
      return changePart(bytes, m.part, (content) => flipped(content, m.flips));
    case 'flip-in-zip':
      return flipped(bytes, m.flips);
    case 'cut':
      return bytes.subarray(0, Math.floor(m.at * bytes.length));
    case 'delete-slice':
      return changePart(bytes, m.part, (c) => {
        const at = Math.floor(m.at * c.length);
        return Buffer.concat([c.subarray(0, at), c.subarray(at + m.length)]);
      });
    case 'repeat-slice':
      return changePart(bytes, m.part, (c) => {
        const at = Math.floor(m.at * c.length);
        const slice = c.subarray(at, at + m.length);
        return Buffer.concat([c.subarray(0, at), ...Array.from({ length: m.times }, () => slice), c.subarray(at)]);
      });
    case 'huge-text':
      return rezipped(bytes, async (zip) => {
        const strings = zip.file('xl/sharedStrings.xml');
        const text = 'Chỉ số '.repeat(Math.ceil((m.kb * 1024) / 8));
        if (strings)
          zip.file(
            'xl/sharedStrings.xml',
            (await strings.async('string')).replace(/<t(\s[^>]*)?>/, (t) => `${t}${text}`),
          );
      });
    case 'huge-number':
      return withCellValue(bytes, '9'.repeat(m.digits));
  }
}

/** Words of a library or the runtime that must never reach the user. */
const INTERNAL_TEXT =
  /Cannot read propert|undefined|is not a function|is not iterable|Unexpected token|Maximum call stack|RangeError|TypeError|exceljs|jszip|saxes|ERR_[A-Z_]+|at \S+ \(/;

/** Each problem names the file, quotes little and says nothing of the app's internals. */
export function expectProblemsForPeople(preview: ImportPreview, fileName: string): void {
  for (const problem of preview.errors) {
    expect(problem.file).toBe(fileName);
    expect(problem.message.length, problem.message.slice(0, 300)).toBeLessThanOrEqual(600);
    expect(problem.message).not.toMatch(INTERNAL_TEXT);
    // a code of the catalogue, which says it in Vietnamese too
    expect(problem.code !== undefined && sayImportOrNull({ code: problem.code, params: problem.params ?? {} }, 'vi'), problem.message).toBeTruthy();
  }
}

/**
 * Previews the file on a real store: answers (figures, or problems naming the file) within the time
 * bound and leaves the store as it was. Any error thrown (not a problem of the file) fails the case.
 */
export async function previewWithinBound(db: Db, fileName: string, bytes: Buffer, boundMs: number, opts: ImportOptions = {}): Promise<ImportPreview> {
  const before = storeState(db);
  const started = performance.now();
  const preview = await previewImport(db, [{ fileName, bytes }], opts);
  const took = performance.now() - started;
  expect(took, `${fileName} took ${Math.round(took)} ms`).toBeLessThan(boundMs);
  expect(storeState(db)).toBe(before);
  expectProblemsForPeople(preview, fileName);
  expect(preview.files.length + preview.errors.length).toBeGreaterThan(0);
  return preview;
}
