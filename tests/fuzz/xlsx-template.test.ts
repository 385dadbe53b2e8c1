// Property: a spreadsheet read with a layout template (the locality table of make-layout-fixtures,
// mapped as a user maps it), damaged as workbook-fuzz.ts damages workbooks, previews on a real
// store within the time bound: read, or refused with problems naming the file; never an untyped
// error, never a change to the store. Half the cases give the template, half leave the reader to
// find a saved one (there is none: a layout is asked for).
import { LOCALITY_MAPPING } from '../fixtures/xlsx/locality-mapping.js';
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStore } from '../../electron/core/store.js';
import { writeDecember, writeNovember } from '../fixtures/xlsx/make-layout-fixtures.js';
import { fuzzRuns } from '../helpers/fuzz-runs.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import { mutate, previewWithinBound, WORKBOOK_CASE_MS, workbookMutation } from '../helpers/workbook-fuzz.js';

const MAPPING = LOCALITY_MAPPING;

describe('layout-template spreadsheets, mutated', () => {
  const store = openStore(tempStorePath());
  const seeds: Buffer[] = [];
  beforeAll(async () => {
    const dir = tempDir();
    seeds.push(fs.readFileSync(await writeNovember(dir)), fs.readFileSync(await writeDecember(dir)));
  });
  afterAll(() => store.db.close());

  it('read with the template, or refused naming the file; the store unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.boolean(), workbookMutation, async (seed, given, mutation) => {
        const bytes = await mutate(seeds[seed % seeds.length]!, mutation);
        await previewWithinBound(store.db, 'iip-dia-phuong.xlsx', bytes, WORKBOOK_CASE_MS, given ? { template: MAPPING } : {});
      }),
      { numRuns: fuzzRuns(100) },
    );
  }, 600_000_000);
});
