// A very large CSV is streamed with bounded memory and refused with a clear message, never an
// out-of-memory crash: the CLI runs with a 512 MB heap on a 200 MB file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

const root = path.resolve(import.meta.dirname, '../..');

function writeLargeCsv(file: string, targetBytes: number): number {
  const fd = fs.openSync(file, 'w');
  let written = fs.writeSync(fd, 'geo,item,measure,period,basis,unit,value,status,note\n');
  const note = 'x'.repeat(600); // long rows: fewer of them, so the file is large before the figure limit
  let month = 0;
  while (written < targetBytes) {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++, month++) {
      const year = 1900 + (Math.floor(month / 12) % 200);
      lines.push(
        `G${Math.floor(month / 2400)},TOTAL,iip,${year}-${String((month % 12) + 1).padStart(2, '0')},yoy,index,${(100 + (month % 17) / 10).toFixed(1)},official,${note}`,
      );
    }
    written += fs.writeSync(fd, lines.join('\n') + '\n');
  }
  fs.closeSync(fd);
  return written;
}

describe('a 200 MB CSV', () => {
  it('is streamed and refused at the figure limit with a clear message, the store untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'huge.csv');
    const bytes = writeLargeCsv(file, 200 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(200 * 1024 * 1024);
    const db = path.join(dir, 'store.sqlite');
    const run = spawnSync('node', ['--max-old-space-size=512', 'bin/iip.js', 'import', file, '--db', db, '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).not.toMatch(/heap out of memory/i);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { errors: { file: string; place: string; message: string }[]; stored: boolean };
    expect(report.stored).toBe(false);
    expect(report.errors[0]).toMatchObject({ file: 'huge.csv' });
    expect(report.errors[0]!.message).toMatch(/more than 100000 figures/);
    expect(report.errors[0]!.place).toMatch(/row \d+/);
    const releases = spawnSync('node', ['bin/iip.js', 'releases', '--json', '--db', db], { cwd: root, encoding: 'utf8' });
    expect((JSON.parse(releases.stdout) as { sourceFile: string }[]).some((r) => r.sourceFile === 'huge.csv')).toBe(false);
  }, 120_000);
});
