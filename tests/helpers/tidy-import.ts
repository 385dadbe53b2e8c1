// A tidy CSV imported as the window imports it (preview, then commit), for tests of what imports write.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Db } from '../../electron/core/db/connection.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import type { ImportSource } from '../../electron/core/import/pipeline/read-source.js';
import { TIDY_HEADER } from './planted.js';
import { tempDir } from './temp.js';

/**
 * Imports `lines` (under the tidy header) as one release named `name`; its id. `onDisk`: from a file,
 * read a figure at a time (streamed.ts), else from bytes.
 */
export async function importTidyLines(db: Db, lines: string[], name: string, publishedOn: string, onDisk = false): Promise<number> {
  const text = [TIDY_HEADER, ...lines].join('\n');
  let source: ImportSource = { fileName: name, bytes: Buffer.from(text, 'utf8') };
  if (onDisk) {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, text);
    source = { fileName: name, path: file };
  }
  const preview = await previewImport(db, [source], { release: { name, publishedOn } });
  expect(preview.errors).toEqual([]);
  return commitImport(db, preview).releases[0]!.id;
}
