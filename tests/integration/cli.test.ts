import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const cli = runIip;

describe('iip CLI', () => {
  const db = tempStorePath();

  it('prints the value of one figure (the README example)', async () => {
    const r = await cli(['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-01..2025-11', '--basis', 'yoy', '--db', db]);
    expect(r).toEqual({ code: 0, out: '9.3', err: '' });
  });

  it('accepts names without diacritics and --json', async () => {
    const r = await cli([
      'get',
      '--geo',
      'phu tho',
      '--item',
      'toàn ngành công nghiệp',
      '--period',
      '2025-01..2025-05',
      '--basis',
      'yoy',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      geo: 'P25',
      item: 'TOTAL',
      value: 46.7,
      sources: [{ sourceFile: '000_785237967552d779.txt' }, { sourceFile: '001_ba2b5d8a44013e6d.txt', statedPeriod: '2025-Q2' }],
    });
  });

  it('answers as of a date', async () => {
    const before = await cli(['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-01..2025-11', '--basis', 'yoy', '--as-of', '2025-11-30', '--db', db]);
    expect(before.code).toBe(1);
    expect(before.err).toMatch(/no figure/);
  });

  it('lists series with a search, and releases with their counts', async () => {
    const series = await cli(['series', '--search', 'phu tho', '--json', '--db', db]);
    expect(JSON.parse(series.out).map((s: { geo: { nameVi: string } }) => s.geo.nameVi)).toEqual(['Phú Thọ']);
    const releases = await cli(['releases', '--json', '--db', db]);
    const list = JSON.parse(releases.out) as { sourceFile: string; publishedOn: string; status: string; figureCount: number; name: string }[];
    expect(list.find((r) => r.sourceFile === '004_fddd2170433b1f9a.txt')).toMatchObject({ publishedOn: '2025-12-06', status: 'estimate', figureCount: 36 });
    const table = await cli(['releases', '--db', db]);
    expect(table.out.split('\n')[0]).toMatch(/^id\s+published\s+status\s+figures\s+name\s+file$/);
  });

  it('exits 2 with a clear message on bad arguments', async () => {
    for (const args of [
      ['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--db', db],
      ['get', '--geo', 'VN', '--item', 'TOTAL', '--period', 'November', '--basis', 'yoy', '--db', db],
      ['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'weekly', '--db', db],
      ['get', '--geo', 'Atlantis', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', '--db', db],
      ['series', '--frobnicate', '--db', db],
      ['explode'],
      [],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      if (args.length > 0) expect(r.err, args.join(' ')).toMatch(/^iip \S+: .+/);
    }
  });

  it('creates a store that does not exist yet, at --db or IIP_DB', async () => {
    const dir = tempDir();
    const viaEnv = path.join(dir, 'nested', 'env.sqlite');
    expect((await cli(['releases', '--json'], { IIP_DB: viaEnv })).code).toBe(0);
    expect(fs.existsSync(viaEnv)).toBe(true);
  });

  it('runs as a real process: node bin/iip.js and npx iip', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const env = { ...process.env, IIP_DB: path.join(tempDir(), 'bin.sqlite') };
    const out = execFileSync('node', ['bin/iip.js', 'get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-01..2025-11', '--basis', 'yoy'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('9.3');
    const bad = spawnSync('node', ['bin/iip.js', 'get', '--geo', 'VN'], { cwd: root, env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    const viaNpx = spawnSync('npx', ['--no-install', 'iip', 'get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'mom'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(viaNpx.stdout.trim()).toBe('2.3');
  });

  it('stops quietly with 141 (a pipe ended) when its reader goes away, as `iip check | head` does', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const env = { ...process.env, IIP_DB: path.join(tempDir(), 'pipe.sqlite') };
    const child = spawn('node', ['bin/iip.js', 'check', '--consistency'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(first.toString()).toContain('Consistency checks of the whole store.');
    expect({ code, err }).toEqual({ code: 141, err: '' });
  });
});
