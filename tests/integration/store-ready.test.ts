// The store as the CLI opens it (store-ready.ts) is the store openStore gives: a new file is filled
// with the embedded dataset, an open store is left as it is, a release the user removed is not
// loaded again and one deleted otherwise is. The release files' checksums are remembered by size
// and modification time (embedded-files.ts): a file changed on disk is read again and loaded.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { getMeta } from '../../electron/core/db/meta.js';
import { embeddedReleaseFiles, pendingReleaseFiles } from '../../electron/core/seed/embedded-files.js';
import { loadEmbeddedReleases, loadReference } from '../../electron/core/seed/embedded.js';
import { dataDir } from '../../electron/core/paths.js';
import { deleteRelease, listReleases, undoRelease } from '../../electron/core/releases/repository.js';
import { openReadyStore } from '../../electron/core/store-ready.js';
import { openStore } from '../../electron/core/store.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const count = (db: ReturnType<typeof openDatabase>, table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the store the CLI opens', () => {
  it('a new store: migrated and filled as openStore fills it', async () => {
    const ready = await openReadyStore(tempStorePath());
    const full = openStore(tempStorePath());
    expect(count(ready.db, 'figures')).toBe(count(full.db, 'figures'));
    expect(count(ready.db, 'releases')).toBe(embeddedReleaseFiles().length);
    expect(count(ready.db, 'geos')).toBe(count(full.db, 'geos'));
    ready.db.close();
    full.db.close();
  });

  it('an open store is left as it is; a release the user removed stays removed, one deleted otherwise is loaded again', async () => {
    const file = tempStorePath();
    const first = openStore(file);
    const [removed, deleted] = listReleases(first.db).slice(0, 2);
    undoRelease(first.db, removed!.id);
    const figures = count(first.db, 'figures');
    first.db.close();

    const again = await openReadyStore(file);
    expect(count(again.db, 'figures')).toBe(figures);
    // The reference lists' checksum, remembered with their files' sizes and times, is the one the store was filled from.
    expect(getMeta(again.db, 'referenceFilesChecksum')!.endsWith(`|${getMeta(again.db, 'referenceChecksum')!}`)).toBe(true);
    expect(pendingReleaseFiles(again.db)).toEqual([]);
    deleteRelease(again.db, deleted!.id);
    expect(pendingReleaseFiles(again.db).map((p) => p.checksum)).toEqual([deleted!.checksum]);
    again.db.close();

    const third = await openReadyStore(file);
    const names = listReleases(third.db).map((r) => r.name);
    expect(names).toContain(deleted!.name);
    expect(names).not.toContain(removed!.name);
    third.db.close();
  });

  it("remembers each release file's checksum, and reads a file again once it changed on disk", () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'seeds'));
    const [seed] = fs.readdirSync(path.join(dataDir, 'seeds')).filter((f) => f.endsWith('.json'));
    const copy = path.join(root, 'seeds', seed!);
    fs.copyFileSync(path.join(dataDir, 'seeds', seed!), copy);
    const db = openDatabase(tempStorePath());
    loadReference(db);
    expect(loadEmbeddedReleases(db, root)).toBe(1);
    expect(loadEmbeddedReleases(db, root)).toBe(0);
    const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const remembered = JSON.parse(getMeta(db, 'embeddedChecksums')!) as Record<string, string>;
    expect(remembered[path.join('seeds', seed!)]).toMatch(new RegExp(`:${sha(copy)}$`));

    // The same release restated (another name): another checksum, a new size, so read and loaded.
    const content = JSON.parse(fs.readFileSync(copy, 'utf8')) as { release: { name: string } };
    content.release.name += ' (restated)';
    fs.writeFileSync(copy, JSON.stringify(content));
    fs.utimesSync(copy, new Date(), new Date(Date.now() + 60_000));
    expect(pendingReleaseFiles(db, root).map((p) => p.checksum)).toEqual([sha(copy)]);
    expect(loadEmbeddedReleases(db, root)).toBe(1);
    expect(listReleases(db).map((r) => r.name)).toContain(content.release.name);
    db.close();
  });
});
