// `iip notes` as a user scripts it: add, list --json, rm, export, import (--dry-run), with the
// exit codes of the other commands (0 ok, 1 rejected input, 2 bad arguments).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const cli = (args: string[]) => runIip(args);

describe('iip notes', () => {
  const lan = tempStorePath();
  const minh = tempStorePath();
  const dir = tempDir();

  it('adds notes on a figure, a range and a series, and lists them as JSON with their anchors', async () => {
    const figure = await cli([
      'notes',
      'add',
      '--geo',
      'VN',
      '--item',
      'TOTAL',
      '--period',
      '2025-01..2025-11',
      '--basis',
      'yoy',
      '--text',
      'Khả quan',
      '--author',
      'Lan',
      '--tag',
      'client',
      '--tag',
      'Q4',
      '--status',
      'approved',
      '--db',
      lan,
    ]);
    expect(figure).toMatchObject({ code: 0, err: '' });
    expect(
      (await cli(['notes', 'add', '--geo', 'VN', '--item', 'TOTAL', '--from', '2025-01', '--to', '2025-02', '--text', 'Tết', '--author', 'Lan', '--db', lan]))
        .code,
    ).toBe(0);
    expect((await cli(['notes', 'add', '--geo', 'viet nam', '--item', 'che bien che tao', '--text', 'Samsung', '--author', 'Minh', '--db', lan])).code).toBe(0);
    const listed = await cli(['notes', 'list', '--json', '--db', lan]);
    const notes = JSON.parse(listed.out) as {
      id: string;
      text: string;
      author: string;
      tags: string[];
      status: string;
      attached: boolean;
      anchor: Record<string, unknown>;
    }[];
    expect(notes.map((n) => [n.text, n.anchor, n.attached])).toEqual([
      ['Khả quan', { scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2025-01..2025-11' }, true],
      ['Tết', { scope: 'range', geo: 'VN', item: 'TOTAL', measure: 'iip', from: '2025-01', to: '2025-02' }, true],
      ['Samsung', { scope: 'series', geo: 'VN', item: 'C', measure: 'iip', basis: null }, true],
    ]);
    expect(notes[0]).toMatchObject({ author: 'Lan', tags: ['client', 'Q4'], status: 'approved', valueWhenWritten: { value: 9.3, decimals: 1 } });
    expect(JSON.parse((await cli(['notes', 'list', '--search', 'tet', '--json', '--db', lan])).out)).toHaveLength(1);
    expect(JSON.parse((await cli(['notes', 'list', '--author', 'minh', '--json', '--db', lan])).out).map((n: { text: string }) => n.text)).toEqual(['Samsung']);
    expect((await cli(['notes', 'list', '--db', lan])).out).toMatch(/Khả quan/);
  });

  it('exports, imports into another store (a dry run first), and removes by the id the list shows', async () => {
    const file = path.join(dir, 'lan.iipnotes');
    expect(await cli(['notes', 'export', file, '--author', 'lan', '--db', lan])).toMatchObject({ code: 0, out: `Wrote 2 notes to ${file}.` });
    expect((await cli(['notes', 'import', file, '--dry-run', '--db', minh])).out).toMatch(/^Would import \(dry run\) lan\.iipnotes: 2 new/);
    expect(JSON.parse((await cli(['notes', 'list', '--json', '--db', minh])).out)).toEqual([]);
    expect((await cli(['notes', 'import', file, '--db', minh])).out).toMatch(/^Imported lan\.iipnotes: 2 new/);
    const again = JSON.parse((await cli(['notes', 'import', file, '--json', '--db', minh])).out) as { counts: Record<string, number> };
    expect(again.counts).toMatchObject({ new: 0, identical: 2 });
    const [first] = JSON.parse((await cli(['notes', 'list', '--json', '--db', minh])).out) as { id: string }[];
    expect((await cli(['notes', 'rm', first!.id.slice(0, 8), '--db', minh])).code).toBe(0);
    expect(JSON.parse((await cli(['notes', 'list', '--json', '--db', minh])).out)).toHaveLength(1);
  });

  it('exits 1 on a rejected file or an unknown id, 2 on bad arguments', async () => {
    const bad = path.join(dir, 'bad.iipnotes');
    fs.writeFileSync(bad, '{"format": "iip-notes", "version": 1, "notes": [');
    expect(await cli(['notes', 'import', bad, '--db', minh])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^iip notes: bad\.iipnotes \(line 1, column \d+\): the file ends too early/),
    });
    expect((await cli(['notes', 'import', path.join(dir, 'none.iipnotes'), '--db', minh])).code).toBe(1);
    expect((await cli(['notes', 'rm', 'zzzz', '--db', minh])).code).toBe(1);
    expect((await cli(['notes', 'add', '--geo', 'VN', '--text', 'x', '--db', minh])).code).toBe(2);
    expect((await cli(['notes', 'add', '--geo', 'VN', '--item', 'TOTAL', '--text', 'x', '--db', minh])).err).toMatch(/Preferences|--author/);
    expect(
      (
        await cli([
          'notes',
          'add',
          '--geo',
          'VN',
          '--item',
          'TOTAL',
          '--period',
          '2025-11',
          '--from',
          '2025-01',
          '--to',
          '2025-02',
          '--text',
          'x',
          '--author',
          'A',
          '--db',
          minh,
        ])
      ).code,
    ).toBe(2);
    expect((await cli(['notes', 'frob', '--db', minh])).code).toBe(2);
    expect((await cli(['notes', 'add', '--bogus', '--db', minh])).code).toBe(2);
  });
});
