// One run of the checks into a kept table (kept-checks.ts), a geography at a time: the checks worker
// steps through it between questions, so the Checks view can be told what is checked so far while a
// national store is still being checked (minutes). The whole run reads one state of the store: it
// holds one read transaction (a savepoint) from its first geography to its last, and its table is
// rolled back with it if it is abandoned.
import { CHECK_KINDS, type CheckKind, type KindSummary } from '../../shared/contract/analysis.js';
import { revisionSize } from '../../shared/analysis/finding-order.js';
import type { Db } from '../db/connection.js';
import { geographyChecks, releaseToCheck, type ChecksQuery, type GeographyChecks } from './checks.js';
import { emptySummary, mergeSummaries } from './kind-summary.js';

export const REVISIONS = CHECK_KINDS.indexOf('revision-vs-first-estimate');

// kind: its index in CHECK_KINDS; position: the figure's place (Tally.positions); rowid keeps the
// order findings were found in among equal positions, as the whole report's stable sorts do. The
// indexes are made once the table is filled (faster than keeping them up row by row).
const tableSql = (table: string): string => `
  CREATE TABLE temp.${table} (
    kind INTEGER NOT NULL, position INTEGER NOT NULL, seriesId INTEGER NOT NULL, basis TEXT NOT NULL,
    size REAL NOT NULL, absGap REAL NOT NULL, finding TEXT NOT NULL
  ) STRICT`;
const indexSql = (table: string): string => `
  CREATE INDEX temp.${table}_in_order ON ${table} (kind, position);
  CREATE INDEX temp.${table}_by_size ON ${table} (kind, size DESC, absGap DESC, position);
  CREATE INDEX temp.${table}_by_series ON ${table} (seriesId, basis, kind, position);`;

/** How far a run has come: geographies checked of those to check. */
export interface RunProgress {
  geosDone: number;
  geosTotal: number;
}

const SAVEPOINT = 'kept_checks_run';

export class CheckRun {
  readonly byKind = Object.fromEntries(CHECK_KINDS.map((kind) => [kind, emptySummary()])) as Record<CheckKind, KindSummary>;
  readonly releaseId: number | null;
  readonly asOf: string | null;
  private readonly geographies: GeographyChecks;
  private geosDone = 0;
  private ended = false;

  /** Begins a run of `query` into a new table `table`; a NotFoundError (nothing begun) when its release is none such. */
  constructor(
    private readonly db: Db,
    query: ChecksQuery,
    readonly table: string,
  ) {
    // a savepoint outside a transaction is a deferred transaction: one state of the store from here on
    db.exec(`SAVEPOINT ${SAVEPOINT}`);
    try {
      const release = releaseToCheck(db, query);
      this.releaseId = release?.id ?? null;
      this.asOf = query.asOf ?? null;
      db.exec(tableSql(table));
      this.geographies = geographyChecks(db, release, this.asOf);
    } catch (error) {
      this.abandon();
      throw error;
    }
  }

  get progress(): RunProgress {
    return { geosDone: this.geosDone, geosTotal: this.geographies.geoCodes.length };
  }

  /** Checks the next geography into the table; false once every one is checked (the table then indexed and the transaction ended). */
  step(): boolean {
    const geoCode = this.geographies.geoCodes[this.geosDone];
    if (geoCode === undefined) {
      this.finish();
      return false;
    }
    try {
      this.keepTallies(geoCode);
    } catch (error) {
      this.abandon();
      throw error;
    }
    this.geosDone++;
    return true;
  }

  /** Ends the run before it is done: its table goes with the transaction. */
  abandon(): void {
    if (this.ended) return;
    this.ended = true;
    this.db.exec(`ROLLBACK TO ${SAVEPOINT}; RELEASE ${SAVEPOINT}`);
  }

  private keepTallies(geoCode: string): void {
    const insert = this.db.prepare(`INSERT INTO ${this.table} VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (const tally of this.geographies.check(geoCode)) {
      this.byKind[tally.kind] = mergeSummaries(this.byKind[tally.kind], tally.summary());
      const kind = CHECK_KINDS.indexOf(tally.kind);
      tally.findings.forEach((f, i) => {
        const size = kind === REVISIONS ? revisionSize(f) : 0;
        insert.run(kind, tally.positions[i]!, f.figure.seriesId, f.figure.basis, size, Math.abs(f.gap), JSON.stringify(f));
      });
    }
  }

  private finish(): void {
    if (this.ended) return;
    try {
      this.db.exec(indexSql(this.table));
    } catch (error) {
      this.abandon();
      throw error;
    }
    this.ended = true;
    this.db.exec(`RELEASE ${SAVEPOINT}`);
  }
}
