// Where the native canvas cannot load (no prebuilt binary for the platform), pictures are refused
// with a message that says so, `iip export` exits 1 writing nothing, and the other formats, which
// never load it, still work.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir, tempStorePath } from '../helpers/temp.js';

vi.doMock('@napi-rs/canvas', () => {
  throw new Error('Cannot find native binding. npm has a bug related to optional dependencies');
});

describe('pictures without @napi-rs/canvas', () => {
  it('are refused with a clear message, while CSV is written; the CLI exits 1 and writes nothing', async () => {
    const { writeExport } = await import('../../electron/core/export/formats/index.js');
    const { bacNinhSpec } = await import('../helpers/deck.js');
    for (const format of ['png', 'svg', 'pdf'] as const) {
      await expect(writeExport(format, [bacNinhSpec()])).rejects.toThrow(/^images need @napi-rs\/canvas, which could not be loaded here: ./);
    }
    expect(new TextDecoder().decode(await writeExport('csv', [bacNinhSpec()]))).toContain('Bắc Ninh');

    const { runCli } = await import('../../electron/cli/iip.js');
    const dir = tempDir();
    const err: string[] = [];
    const args = ['export', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', '--db', tempStorePath()];
    const code = await runCli([...args, '--out', path.join(dir, 'x.png')], { out: () => undefined, err: (l) => err.push(l), env: {} });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/^iip export: images need @napi-rs\/canvas, which could not be loaded here: /);
    expect(fs.readdirSync(dir)).toEqual([]);
    const csv = await runCli([...args, '--out', path.join(dir, 'x.csv')], { out: () => undefined, err: (l) => err.push(l), env: {} });
    expect(csv).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['x.csv']);
  });
});
