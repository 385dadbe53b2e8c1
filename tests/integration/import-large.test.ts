// A very large tidy CSV is read a figure at a time, with memory that does not grow with the file:
// the CLI imports a 200 MB file with a 256 MB heap (its figures alone, kept, would need more).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store.js';
import { tempDir } from '../helpers/temp.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Rows of every geography × month from 1900 on, each with a 600-character note, until the file passes `targetBytes`; returns [bytes, rows]. */
function writeLargeCsv(file: string, geos: string[], targetBytes: number): [number, number] {
  const fd = fs.openSync(file, 'w');
  let written = fs.writeSync(fd, 'geo,item,measure,period,basis,unit,value,status,note\n');
  const note = 'x'.repeat(600); // long rows: a large file of a few hundred thousand figures
  let rows = 0;
  for (let month = 0; written < targetBytes; month++) {
    const period = `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    const lines = geos.map((geo, i) => `${geo},TOTAL,iip,${period},yoy,index,${(100 + ((month + i) % 17) / 10).toFixed(1)},official,${note}`);
    written += fs.writeSync(fd, lines.join('\n') + '\n');
    rows += lines.length;
  }
  fs.closeSync(fd);
  return [written, rows];
}

describe('a 200 MB CSV', () => {
  it('is imported with a heap smaller than the file, every figure stored', () => {
    const dir = tempDir();
    const db = path.join(dir, 'store.sqlite');
    const store = openStore(db);
    const geos = store.db.prepare('SELECT code FROM geos ORDER BY sortOrder').pluck().all() as string[];
    store.db.close();
    const file = path.join(dir, 'huge.csv');
    const [bytes, rows] = writeLargeCsv(file, geos, 200 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(200 * 1024 * 1024);
    const run = spawnSync('node', ['--max-old-space-size=256', 'bin/iip.js', 'import', file, '--db', db, '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).not.toMatch(/heap out of memory/i);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { errors: unknown[]; stored: boolean };
    expect(report).toMatchObject({ errors: [], stored: true });
    const releases = spawnSync('node', ['bin/iip.js', 'releases', '--json', '--db', db], { cwd: root, encoding: 'utf8' });
    const stored = (JSON.parse(releases.stdout) as { sourceFile: string; figureCount: number }[]).find((r) => r.sourceFile === 'huge.csv');
    expect(stored?.figureCount).toBe(rows);
  }, 300_000);
});
