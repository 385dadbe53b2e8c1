// Migrations in order. Never edit one that has shipped: add the next (steps of 10).
import * as m0010 from './0010-initial.js';
import * as m0020 from './0020-import-templates.js';
import * as m0030 from './0030-notes.js';
import * as m0040 from './0040-baskets.js';
import * as m0050 from './0050-section-weights.js';
import * as m0060 from './0060-series-stats.js';
import * as m0080 from './0080-catalog-order.js';
import * as m0100 from './0100-figures-one-series-index.js';
import * as m0120 from './0120-release-digests.js';
import * as m0130 from './0130-release-yoy-periods.js';
import * as m0150 from './0150-release-figure-counts.js';
import * as m0160 from './0160-shown-points.js';
import * as m0170 from './0170-shown-points-by-end.js';
import * as m0180 from './0180-pending-points.js';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  sql: string;
  /** Work SQL alone cannot do (figures chosen as the app chooses them), run after `sql` in the same transaction. */
  fill?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [m0010, m0020, m0030, m0040, m0050, m0060, m0080, m0100, m0120, m0130, m0150, m0160, m0170, m0180];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
