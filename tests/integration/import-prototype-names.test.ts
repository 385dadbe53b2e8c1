// Names in a file that are also keys of Object.prototype ("constructor", "__proto__", …) are names
// like any other: matched against the store's, and unknown when nothing matches, never looked up on
// the prototype (which gave better-sqlite3's own "can only bind numbers, strings…" as the file's error).
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import type { ImportPreview } from '../../electron/shared/contract/import.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

describe('names that are keys of Object.prototype', () => {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: tempDir() } });
  afterAll(() => {
    core.close();
    store.db.close();
  });

  async function preview(csv: string, mappings?: { geo: Record<string, string>; item: Record<string, string> }): Promise<ImportPreview> {
    const bytes = Buffer.from(csv);
    const begun = await dispatch(core.handlers, 'import:stage-begin', { fileName: 'names.csv', size: bytes.length });
    const { stagedId } = (begun as { ok: true; value: { stagedId: string } }).value;
    await dispatch(core.handlers, 'import:stage-chunk', { stagedId, offset: 0, dataBase64: bytes.toString('base64') });
    await dispatch(core.handlers, 'import:stage-end', { stagedId });
    const answer = await dispatch(core.handlers, 'import:preview', { stagedIds: [stagedId], ...(mappings ? { mappings } : {}) });
    expect(answer.ok).toBe(true);
    return (answer as { ok: true; value: ImportPreview }).value;
  }

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])('%s as a place and as an industry: an unknown name, not an error', async (name) => {
    const result = await preview(`geo,item,period,basis,value\n${name},TOTAL,2025-11,yoy,9.3\nVN,${name},2025-11,yoy,9.3\n`);
    expect(result.errors).toEqual([]);
    expect(result.unknown.map((u) => [u.kind, u.label])).toEqual([
      ['geo', name],
      ['item', name],
    ]);
  });

  it('maps such a name when the user maps it', async () => {
    const result = await preview('geo,item,period,basis,value\nconstructor,TOTAL,2025-11,yoy,9.3\n', { geo: { constructor: 'VN' }, item: {} });
    expect(result.errors).toEqual([]);
    expect(result.unknown).toEqual([]);
    expect(result.files[0]?.figures[0]).toMatchObject({ geo: { code: 'VN' }, item: { code: 'TOTAL' }, period: '2025-11', value: 9.3 });
  });
});
