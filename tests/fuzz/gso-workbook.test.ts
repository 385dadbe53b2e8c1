// Property: a statistics-office workbook, damaged in any of the ways workbook-fuzz.ts knows (bytes
// flipped inside its XML or its zip, cut short, slices deleted or repeated, huge texts and numbers),
// previews on a real store within the time bound: read, or refused with problems that name the file
// in words for people; never an untyped error, never a change to the store.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStore } from '../../electron/core/store.js';
import { writeAnnual2019, writeModern, writeQuarter2018, TCVN3_TEXTS } from '../fixtures/xlsx/make-gso-fixtures.js';
import { fuzzRuns } from '../helpers/fuzz-runs.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import { mutate, previewWithinBound, WORKBOOK_CASE_MS, workbookMutation } from '../helpers/workbook-fuzz.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REAL_DIR = path.resolve(here, '../../../shared/gso-releases');
const REAL = ['2018-03-29-02-Bieu-3-2018-1.xlsx', '2021-09-29-03-Bieu-9.2021.xlsx', '2024-11-29-02.-Bieu-T11.2024.xlsx'].map((f) => path.join(REAL_DIR, f));

describe('statistics-office workbooks, mutated', () => {
  const store = openStore(tempStorePath());
  const seeds: Buffer[] = [];
  beforeAll(async () => {
    const dir = tempDir();
    const writers = [
      (f: string) => writeModern(f),
      (f: string) => writeModern(f, { texts: TCVN3_TEXTS, font: '.VnTime', titleFont: '.VnTimeH' }),
      writeQuarter2018,
      writeAnnual2019,
    ];
    for (const [i, write] of writers.entries()) {
      const file = path.join(dir, `bieu-${i}.xlsx`);
      await write(file);
      seeds.push(fs.readFileSync(file));
    }
  });
  afterAll(() => store.db.close());

  it('generated workbooks: read, or refused naming the file; the store unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), workbookMutation, async (seed, mutation) => {
        const bytes = await mutate(seeds[seed % seeds.length]!, mutation);
        await previewWithinBound(store.db, 'bieu-thang.xlsx', bytes, WORKBOOK_CASE_MS);
      }),
      { numRuns: fuzzRuns(100) },
    );
  }, 600_000_000);

  it.skipIf(!fs.existsSync(REAL[0]!))(
    'real monthly releases: the same',
    async () => {
      const real = REAL.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
      await fc.assert(
        fc.asyncProperty(fc.nat(), workbookMutation, async (seed, mutation) => {
          const bytes = await mutate(real[seed % real.length]!, mutation);
          await previewWithinBound(store.db, 'Bieu-thang.xlsx', bytes, WORKBOOK_CASE_MS);
        }),
        // A real release costs some 1–3 s a case: a tenth of the generated workbooks' count.
        { numRuns: Math.max(3, Math.round(fuzzRuns(100) / 10) - 7) },
      );
    },
    600_000_000,
  );
});
