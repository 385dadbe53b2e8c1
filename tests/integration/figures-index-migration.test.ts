// Migration 100: a store of the schema before it (figures with a UNIQUE table constraint and a separate
// figuresBySeries index) keeps every figure and its id, and comes out with one unique index led by
// the series, which still refuses a second figure for the same key and release.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { loadEmbeddedReleases, loadReference } from '../../electron/core/seed/embedded.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';
import { SHOWN_POINTS_TABLE } from '../../electron/core/figures/shown-points.js';

const ALL_FIGURES = 'SELECT * FROM figures ORDER BY id';
const INDEXES = "SELECT name, sql IS NULL AS automatic FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures' ORDER BY name";

/** A store as the migrations before 100 made it, holding the embedded releases. */
function storeBefore100(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  const before = MIGRATIONS.filter((m) => m.version < 100);
  db.transaction(() => {
    for (const m of before) db.exec(m.sql);
    db.pragma(`user_version = ${before.at(-1)!.version}`);
  })();
  // Today's writers also keep each release's periods, digest, figure count and shown points (migrations 130, 120, 150 and 160's tables): there while loading only.
  db.exec('CREATE TABLE releaseYoyPeriods (releaseId INTEGER, period TEXT, headline INTEGER, rankable INTEGER)');
  db.exec('CREATE TABLE releaseDigests (releaseId INTEGER PRIMARY KEY, figureCount INTEGER, sha256 TEXT)');
  db.exec('CREATE TABLE releaseFigureCounts (releaseId INTEGER PRIMARY KEY, figureCount INTEGER)');
  db.exec(SHOWN_POINTS_TABLE);
  loadReference(db);
  loadEmbeddedReleases(db);
  db.exec('DROP TABLE releaseYoyPeriods; DROP TABLE releaseDigests; DROP TABLE releaseFigureCounts; DROP TABLE shownPoints');
  db.close();
}

describe('migration 100: one index led by the series', () => {
  it('keeps every figure with its id and the uniqueness of a figure per release', () => {
    const file = tempStorePath();
    storeBefore100(file);
    const before = new Database(file, { readonly: true });
    const figures = before.prepare(ALL_FIGURES).all();
    expect(before.prepare(INDEXES).all()).toEqual([
      { name: 'figuresByPeriod', automatic: 0 },
      { name: 'figuresByRelease', automatic: 0 },
      { name: 'figuresBySeries', automatic: 0 },
      { name: 'sqlite_autoindex_figures_1', automatic: 1 },
    ]);
    before.close();
    expect(figures.length).toBeGreaterThan(1000);

    const { db } = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare(ALL_FIGURES).all()).toEqual(figures);
    expect(db.prepare(INDEXES).all()).toEqual([
      { name: 'figuresByPeriod', automatic: 0 },
      { name: 'figuresByRelease', automatic: 0 },
      { name: 'figuresBySeries', automatic: 0 },
    ]);
    expect(db.prepare("SELECT \"unique\" FROM pragma_index_list('figures') WHERE name = 'figuresBySeries'").pluck().get()).toBe(1);

    const copy = (releaseId: string) =>
      db.prepare(`INSERT INTO figures (seriesId, releaseId, period, periodKind, periodStart, periodEnd, basis, unit, baseYear, value, decimals, status)
        SELECT seriesId, ${releaseId}, period, periodKind, periodStart, periodEnd, basis, unit, baseYear, value + 1, decimals, status FROM figures ORDER BY id LIMIT 1`);
    expect(() => copy('releaseId').run()).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }));
    expect(copy('(SELECT MAX(id) FROM releases WHERE id <> (SELECT releaseId FROM figures ORDER BY id LIMIT 1))').run().changes).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
