// The format examples in the README are real: each one imports.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Formats'), readme.indexOf('## Where the data lives'));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));

const fileNameFor = (lang: string, body: string): string => {
  if (lang === 'json') return 'example.json';
  if (lang === 'xml') return 'example.xml';
  if (body.startsWith('CHARSET')) return 'example.px';
  return 'example.csv';
};

describe('README format examples', () => {
  const { db } = openStore(tempStorePath());
  const examples = blocks.filter((b) => b.lang !== 'sh');

  it('has one example per file format', () => {
    expect(examples.map((b) => fileNameFor(b.lang, b.body)).sort()).toEqual(['example.csv', 'example.csv', 'example.json', 'example.px', 'example.xml']);
  });

  for (const [i, example] of examples.entries()) {
    it(`example ${i + 1} (${fileNameFor(example.lang, example.body)}) imports`, async () => {
      const preview = await previewImport(db, [{ fileName: fileNameFor(example.lang, example.body), bytes: Buffer.from(example.body, 'utf8') }]);
      expect(preview.errors).toEqual([]);
      expect(preview.unknown).toEqual([]);
      expect(preview.files[0]!.figures.length).toBeGreaterThan(0);
    });
  }
});
