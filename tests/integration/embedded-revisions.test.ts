// A corrected embedded file (electron/core/seed/embedded-revisions.ts) updates the release a store
// already holds instead of loading beside it, and a removal of the old file stays a removal. Stores
// made before the correction, holding the file as it shipped, are tests/fixtures/stores (checked by
// migrations-every-version.test.ts); here a store is set back to the old checksum by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../electron/core/paths.js';
import { undoRelease } from '../../electron/core/releases/repository.js';
import { sha256 } from '../../electron/core/seed/embedded-files.js';
import { EMBEDDED_REVISIONS } from '../../electron/core/seed/embedded-revisions.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

const hanoimoi = EMBEDDED_REVISIONS.find((r) => r.file === 'seeds/004_fddd2170433b1f9a.json')!;
const OLD_NAME = 'Hànộimới: industrial production in 11 months of 2025 up 9.3%';
const OLD_PUBLISHER = 'Hànộimới newspaper, citing the General Statistics Office';

describe('embedded files corrected after they shipped', () => {
  it('names each corrected file by the checksum it has now', () => {
    for (const r of EMBEDDED_REVISIONS) expect(sha256(fs.readFileSync(path.join(dataDir, r.file))), r.file).toBe(r.to);
  });

  it('rewrites the release a store holds, keeping its id and figures, and loads no second one', () => {
    const file = tempStorePath();
    const first = openStore(file);
    const { id } = first.db.prepare('SELECT id FROM releases WHERE checksum = ?').get(hanoimoi.to) as { id: number };
    first.db.prepare('UPDATE releases SET checksum = ?, name = ?, publisher = ? WHERE id = ?').run(hanoimoi.from, OLD_NAME, OLD_PUBLISHER, id);
    const figures = first.db.prepare('SELECT * FROM figures WHERE releaseId = ? ORDER BY id').all(id);
    const releases = first.db.prepare('SELECT COUNT(*) FROM releases').pluck().get();
    first.db.close();

    const { db } = openStore(file);
    expect(db.prepare('SELECT id, name, publisher, checksum FROM releases WHERE sourceFile = ?').all('004_fddd2170433b1f9a.txt')).toEqual([
      {
        id,
        name: 'Hà Nội mới: industrial production in 11 months of 2025 up 9.3%',
        publisher: 'Hà Nội mới newspaper, citing the General Statistics Office',
        checksum: hanoimoi.to,
      },
    ]);
    expect(db.prepare('SELECT * FROM figures WHERE releaseId = ? ORDER BY id').all(id)).toEqual(figures);
    expect(db.prepare('SELECT COUNT(*) FROM releases').pluck().get()).toBe(releases);
    db.close();
  });

  it('keeps a release the user removed removed', () => {
    const file = tempStorePath();
    const first = openStore(file);
    const { id } = first.db.prepare('SELECT id FROM releases WHERE checksum = ?').get(hanoimoi.to) as { id: number };
    undoRelease(first.db, id);
    first.db.prepare('UPDATE dismissedEmbedded SET checksum = ? WHERE checksum = ?').run(hanoimoi.from, hanoimoi.to);
    first.db.close();

    const { db } = openStore(file);
    expect(db.prepare('SELECT COUNT(*) FROM releases WHERE sourceFile = ?').pluck().get('004_fddd2170433b1f9a.txt')).toBe(0);
    expect(db.prepare('SELECT checksum FROM dismissedEmbedded WHERE checksum IN (?, ?)').pluck().all(hanoimoi.from, hanoimoi.to)).toEqual([hanoimoi.to]);
    db.close();
  });
});
