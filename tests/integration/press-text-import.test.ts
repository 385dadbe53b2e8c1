// Press-release text through the whole import: every held-out article's figures match the reference
// lists by themselves (no name left to map), and land on the right codes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

const HELD_OUT = path.join(import.meta.dirname, '../fixtures/press-text/heldout');
const articles = fs
  .readdirSync(HELD_OUT)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('importing press-release text', () => {
  it('matches every name of the held-out articles to the reference lists', async () => {
    const { db } = openStore(tempStorePath());
    try {
      const preview = await previewImport(
        db,
        articles.map((f) => ({ fileName: f, text: fs.readFileSync(path.join(HELD_OUT, f), 'utf8') })),
      );
      expect(preview.errors).toEqual([]);
      expect(preview.unknown.map((u) => `${u.kind} '${u.label}' (${u.places.join(', ')})`)).toEqual([]);
      expect(preview.files.map((f) => f.figures.length).reduce((a, b) => a + b, 0)).toBe(177);
    } finally {
      db.close();
    }
  });

  it('dates an article by its dateline and places its relative periods by it (fresh relative round)', async () => {
    const { db } = openStore(tempStorePath());
    try {
      const file = 'vi-chinhphu-2025-08.txt';
      const text = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/press-text/relative', file), 'utf8');
      const preview = await previewImport(db, [{ fileName: file, text }]);
      expect(preview.errors).toEqual([]);
      expect(preview.files[0]!.release).toMatchObject({ publishedOn: '2025-08-06', publishedOnNote: "Taken from the article's dateline." });
      expect(preview.files[0]!.figures.map((f) => [f.item.code, f.period, f.basis, f.value])).toEqual([
        ['TOTAL', '2025-07', 'mom', 3.2],
        ['TOTAL', '2025-07', 'yoy', 8.9],
        ['TOTAL', '2025-01..2025-07', 'yoy', 8.6],
        ['C', '2025-01..2025-07', 'yoy', 10.1],
        ['B', '2025-01..2025-07', 'yoy', -1.8],
      ]);
    } finally {
      db.close();
    }
  });

  it('files a city article under the locality valid then, and sector wordings under their sections', async () => {
    const { db } = openStore(tempStorePath());
    try {
      const read = async (file: string) => {
        const preview = await previewImport(db, [{ fileName: file, text: fs.readFileSync(path.join(HELD_OUT, file), 'utf8') }]);
        return preview.files[0]!.figures.map((f) => [f.geo.code, f.item.code, f.period, f.basis, f.value]);
      };
      expect(await read('vi-haiphong-2025-q3.txt')).toEqual([
        ['L31', 'TOTAL', '2025-Q3', 'yoy', 15.6],
        ['L31', 'TOTAL', '2025-01..2025-09', 'yoy', 14.9],
        ['L31', 'C', '2025-01..2025-09', 'yoy', 16.2],
        ['L31', 'D', '2025-01..2025-09', 'yoy', 8.4],
        ['L31', 'B', '2025-01..2025-09', 'yoy', -12.5],
      ]);
      expect((await read('en-half-2025.txt')).slice(-2)).toEqual([
        ['VN', 'D', '2025-01..2025-06', 'yoy', 4.5],
        ['VN', 'E', '2025-01..2025-06', 'yoy', 9.8],
      ]);
    } finally {
      db.close();
    }
  });

  it('places relative periods on the date given on import, for pasted text and .txt files alike', async () => {
    const { db } = openStore(tempStorePath());
    try {
      const text = 'Industrial production rose 8.2% in July from a year earlier, the statistics office said.\n';
      const undated = await previewImport(db, [{ fileName: 'pasted', text }]);
      expect(undated.files.flatMap((f) => f.figures)).toEqual([]);
      const release = { publishedOn: '2025-08-06' };
      for (const source of [
        { fileName: 'pasted', text },
        { fileName: 'july.txt', bytes: Buffer.from(text, 'utf8') },
      ]) {
        const dated = await previewImport(db, [source], { release });
        expect(dated.files[0]!.figures.map((f) => [f.item.code, f.period, f.basis, f.value])).toEqual([['TOTAL', '2025-07', 'yoy', 8.2]]);
      }
    } finally {
      db.close();
    }
  });
});
