// Property: a legacy .xls (an OLE2 compound file), damaged where it hurts (its sector table made to
// loop or point outside the file, header fields, directory entries, bytes anywhere, cut short), is
// refused within the time bound with an ImportError naming the file, before LibreOffice is asked;
// one whose container is sound goes on to LibreOffice (absent here: that refusal is the answer).
// Under `npm run fuzz` a few hundred go through LibreOffice itself: read, or refused the same way.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../electron/core/import/pipeline/read-source.js';
import { findSoffice, noLibreOfficeMessage } from '../../electron/core/import/read/xls/convert.js';
import { ImportError } from '../../electron/core/import/types.js';
import { FUZZ_CASE_MS, fuzzRuns } from '../helpers/fuzz-runs.js';

const XLS = fs.readFileSync(new URL('../fixtures/xls/2024-11-29-02.-Bieu-T11.2024.xls', import.meta.url));
const SECTOR = 512;
const sectorCount = Math.ceil((XLS.length - SECTOR) / SECTOR);
const HEADER_FIELDS = [0x1e, 0x2c, 0x30, 0x38, 0x3c, 0x40, 0x44, 0x48, 0x4c, 0x50];

type XlsMutation =
  | { kind: 'fat-link'; from: number; to: number }
  | { kind: 'header-field'; field: number; value: number }
  | { kind: 'directory-field'; entry: number; offset: number; value: number }
  | { kind: 'flip'; flips: { at: number; xor: number }[] }
  | { kind: 'cut'; at: number };

const u32 = fc.oneof(fc.constantFrom(0, 1, 0xfffffffe, 0xffffffff, 0xfffffffd, 0x7fffffff), fc.nat({ max: sectorCount + 4 }), fc.nat());
const at = fc.noBias(fc.nat({ max: XLS.length - 1 }));
const mutation: fc.Arbitrary<XlsMutation> = fc.oneof(
  fc.record({ kind: fc.constant('fat-link' as const), from: fc.nat({ max: sectorCount - 1 }), to: u32 }),
  fc.record({ kind: fc.constant('header-field' as const), field: fc.constantFrom(...HEADER_FIELDS), value: u32 }),
  fc.record({ kind: fc.constant('directory-field' as const), entry: fc.nat({ max: 7 }), offset: fc.constantFrom(64, 66, 116, 120), value: u32 }),
  fc.record({ kind: fc.constant('flip' as const), flips: fc.array(fc.record({ at, xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut' as const), at }),
);

function mutate(m: XlsMutation): Buffer {
  const b = Buffer.from(XLS);
  const fatSector = XLS.readUInt32LE(0x4c);
  switch (m.kind) {
    case 'fat-link':
      b.writeUInt32LE(m.to, (fatSector + 1) * SECTOR + 4 * m.from);
      return b;
    case 'header-field':
      b.writeUInt32LE(m.field === 0x1e ? m.value & 0xffff : m.value, m.field);
      return b;
    case 'directory-field': {
      const entry = (XLS.readUInt32LE(0x30) + 1) * SECTOR + 128 * m.entry + m.offset;
      if (m.offset === 66) b.writeUInt8(m.value & 0xff, entry);
      else if (m.offset === 64) b.writeUInt16LE(m.value & 0xffff, entry);
      else b.writeUInt32LE(m.value, entry);
      return b;
    }
    case 'flip':
      for (const f of m.flips) b[f.at]! ^= f.xor;
      return b;
    case 'cut':
      return b.subarray(0, m.at);
  }
}

/** Reads the .xls; the error it is refused with (an ImportError is required). */
async function readXls(bytes: Buffer, findOffice: () => string | null, boundMs: number): Promise<ImportError | null> {
  const started = performance.now();
  const outcome = await parseSource({ fileName: 'bieu.xls', bytes }, { xls: { findSoffice: findOffice } }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(performance.now() - started).toBeLessThan(boundMs);
  if (outcome === null) return null;
  expect(outcome).toBeInstanceOf(ImportError);
  const error = outcome as ImportError;
  expect(error.file).toBe('bieu.xls');
  expect(error.message.length).toBeLessThanOrEqual(600);
  expect(error.message).not.toMatch(/Cannot read propert|undefined|RangeError|TypeError|ERR_[A-Z_]+|ENOENT|at \S+ \(/);
  return error;
}

describe('legacy .xls workbooks, mutated', () => {
  it('refused naming the file before LibreOffice, or passed on to it: within the bound, never an untyped error', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const error = await readXls(mutate(m), () => null, FUZZ_CASE_MS);
        expect(error).not.toBeNull();
      }),
      { numRuns: fuzzRuns(100) },
    );
  });

  it('a sector table that loops is refused at once, naming the sector', async () => {
    const looped = Buffer.from(XLS);
    const directory = XLS.readUInt32LE(0x30);
    looped.writeUInt32LE(directory, (XLS.readUInt32LE(0x4c) + 1) * SECTOR + 4 * directory);
    const error = await readXls(looped, () => null, FUZZ_CASE_MS);
    expect(error?.message).toBe(`bieu.xls (sector ${directory}): the directory loops back on itself: the .xls is damaged`);
    const sound = await readXls(XLS, () => null, FUZZ_CASE_MS);
    expect(sound?.detail).toBe(noLibreOfficeMessage);
  });

  const soffice = findSoffice();
  it.skipIf(!soffice || !process.env.IIP_FUZZ_RUNS)(
    'through LibreOffice: read, or refused naming the file (npm run fuzz only)',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          await readXls(mutate(m), () => soffice, 120_000);
        }),
        { numRuns: Math.max(10, Math.round(fuzzRuns() / 50)) },
      );
    },
    600_000_000,
  );
});
