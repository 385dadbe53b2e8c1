// An embedded release file changed since a store loaded it (electron/core/seed/embedded-revisions.ts,
// data/earlier-checksums.json) updates the release the store holds instead of loading beside it, and
// a removal of the old version stays a removal. Stores made before the changes, holding the files as
// they shipped, are tests/fixtures/stores (migrations-every-version.test.ts); here a store is set
// back to the old checksum by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../electron/core/paths.js';
import { undoRelease } from '../../electron/core/releases/repository.js';
import { embeddedReleaseFiles, sha256 } from '../../electron/core/seed/embedded-files.js';
import { earlierChecksums } from '../../electron/core/seed/embedded-revisions.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

const SEED = '004_fddd2170433b1f9a';
/** The file as it shipped, with the newspaper's name run together. */
const SHIPPED = 'd972e6d0c6aedcfc51b189094ff78be219cce898104af160838fcbd277d7cf0b';
const FIGURE =
  'SELECT seriesId, period, basis, unit, baseYear, value, decimals, status, quote FROM figures WHERE releaseId = ? ORDER BY seriesId, period, basis, unit';
const now = sha256(fs.readFileSync(path.join(dataDir, 'seeds', `${SEED}.json`)));

describe('embedded files changed after they shipped', () => {
  it('lists earlier checksums only for files there are, none of them a file’s present one', () => {
    const files = new Set(embeddedReleaseFiles().map((f) => path.relative(dataDir, f).split(path.sep).join('/')));
    const earlier = earlierChecksums();
    expect(earlier.get(`seeds/${SEED}.json`)).toEqual([SHIPPED]);
    for (const [file, sums] of earlier) {
      expect(files.has(file), file).toBe(true);
      expect(sums, file).not.toContain(sha256(fs.readFileSync(path.join(dataDir, file))));
    }
  });

  it('rewrites the release a store holds, keeping its id and what it says, and loads no second one', () => {
    const file = tempStorePath();
    const first = openStore(file);
    const { id } = first.db.prepare('SELECT id FROM releases WHERE checksum = ?').get(now) as { id: number };
    const old = { name: 'Hànộimới: industrial production in 11 months of 2025 up 9.3%', publisher: 'Hànộimới newspaper, citing the General Statistics Office' };
    first.db.prepare('UPDATE releases SET checksum = ?, name = ?, publisher = ? WHERE id = ?').run(SHIPPED, old.name, old.publisher, id);
    const figures = first.db.prepare(FIGURE).all(id);
    const releases = first.db.prepare('SELECT COUNT(*) FROM releases').pluck().get();
    first.db.close();

    const { db } = openStore(file);
    expect(db.prepare('SELECT id, name, publisher, checksum FROM releases WHERE sourceFile = ?').all(`${SEED}.txt`)).toEqual([
      {
        id,
        name: 'Hà Nội mới: industrial production in 11 months of 2025 up 9.3%',
        publisher: 'Hà Nội mới newspaper, citing the General Statistics Office',
        checksum: now,
      },
    ]);
    expect(db.prepare(FIGURE).all(id)).toEqual(figures);
    expect(db.prepare('SELECT COUNT(*) FROM releases').pluck().get()).toBe(releases);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('keeps a release the user removed removed', () => {
    const file = tempStorePath();
    const first = openStore(file);
    const { id } = first.db.prepare('SELECT id FROM releases WHERE checksum = ?').get(now) as { id: number };
    undoRelease(first.db, id);
    first.db.prepare('UPDATE dismissedEmbedded SET checksum = ? WHERE checksum = ?').run(SHIPPED, now);
    first.db.close();

    const { db } = openStore(file);
    expect(db.prepare('SELECT COUNT(*) FROM releases WHERE sourceFile = ?').pluck().get(`${SEED}.txt`)).toBe(0);
    expect(db.prepare('SELECT checksum FROM dismissedEmbedded WHERE checksum IN (?, ?)').pluck().all(SHIPPED, now)).toEqual([now]);
    db.close();
  });
});
