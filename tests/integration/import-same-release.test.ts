// Re-importing a workbook the embedded history was built from is the same release, known by its
// content (its figures equal the embedded release's), not by its file's checksum: nothing changes.
import fs, { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/iip.js';
import { countFigures } from '../../electron/core/figures/repository.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { figuresFingerprint, listReleases } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REAL_DIR = path.resolve(here, '../../../shared/gso-releases');
const DECEMBER = '2024-12-29-02.Bieu-T12.2024.xlsx';

describe('the fingerprint of a release', () => {
  const a = { geo: 'VN', item: 'TOTAL', measure: 'iip', period: '2024-12', basis: 'yoy', unit: 'index', value: 108.1, decimals: 2 };
  const b = { ...a, period: '2024-Q4', value: 107.94 };
  it('does not depend on the order of the figures, and changes with any value or precision', () => {
    expect(figuresFingerprint([a, b])).toBe(figuresFingerprint([b, a]));
    expect(figuresFingerprint([a, { ...b, value: 107.95 }])).not.toBe(figuresFingerprint([a, b]));
    expect(figuresFingerprint([a, { ...b, decimals: 1 }])).not.toBe(figuresFingerprint([a, b]));
    expect(figuresFingerprint([a])).not.toBe(figuresFingerprint([a, b]));
  });
});

describe.skipIf(!existsSync(path.join(REAL_DIR, DECEMBER)))('re-importing a workbook the embedded history holds', () => {
  const bytes = existsSync(path.join(REAL_DIR, DECEMBER)) ? fs.readFileSync(path.join(REAL_DIR, DECEMBER)) : Buffer.alloc(0);

  it('is recognised as the embedded release: the preview says so and the commit adds nothing', async () => {
    const { db } = openStore(tempStorePath());
    const embedded = listReleases(db).find((r) => r.sourceFile === DECEMBER)!;
    expect(embedded).toBeDefined();
    const releases = listReleases(db).length;
    const figures = countFigures(db);
    const preview = await previewImport(db, [{ fileName: DECEMBER, bytes }]);
    expect(preview.ready).toBe(true);
    const file = preview.files[0]!;
    expect(file.alreadyImported).toEqual({ releaseId: embedded.id, name: embedded.name, sameFigures: true });
    expect(file.counts).toMatchObject({ new: 0, revised: 0, shown: 0 });
    const result = commitImport(db, preview);
    expect(result).toEqual({ releases: [], alreadyImported: [{ fileName: DECEMBER, releaseId: embedded.id, name: embedded.name, sameFigures: true }] });
    expect(listReleases(db)).toHaveLength(releases);
    expect(countFigures(db)).toBe(figures);
  }, 60_000);

  it('is imported as a release of its own once the embedded one is removed', async () => {
    const { db } = openStore(tempStorePath());
    const embedded = listReleases(db).find((r) => r.sourceFile === DECEMBER)!;
    const { undoRelease } = await import('../../electron/core/releases/repository.js');
    undoRelease(db, embedded.id);
    const preview = await previewImport(db, [{ fileName: DECEMBER, bytes }]);
    expect(preview.files[0]!.alreadyImported).toBeNull();
    expect(commitImport(db, preview).releases).toHaveLength(1);
  }, 60_000);

  it('iip import says it is already in the store and stores nothing', async () => {
    const store = tempStorePath();
    const out: string[] = [];
    const code = await runCli(['import', path.join(REAL_DIR, DECEMBER), '--db', store], { out: (l) => out.push(l), err: () => undefined, env: {} });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/already in the store as release \d+ \(GSO monthly statistics, December 2024 \(Biểu số liệu\)\), the same figures: nothing to change/);
    expect(text).toMatch(/already in the store as release \d+ .*; nothing changed\./);
    expect(text).not.toMatch(/Stored release/);
  }, 60_000);
});

describe.skipIf(!existsSync(REAL_DIR))('every real workbook of ../shared/gso-releases', () => {
  it('previews with no name to map, no error, and as the embedded release it holds', async () => {
    const files = fs
      .readdirSync(REAL_DIR)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    expect(files).toHaveLength(83);
    const { db } = openStore(tempStorePath());
    try {
      let figures = 0;
      for (const fileName of files) {
        const preview = await previewImport(db, [{ fileName, path: path.join(REAL_DIR, fileName) }]);
        expect(preview.errors, fileName).toEqual([]);
        expect(
          preview.unknown.map((u) => `${u.kind} '${u.label}'`),
          fileName,
        ).toEqual([]);
        expect(preview.files[0]!.alreadyImported?.sameFigures, fileName).toBe(true);
        figures += preview.files[0]!.figures.length;
      }
      expect(figures).toBe(30_068);
    } finally {
      db.close();
    }
  }, 600_000);
});
