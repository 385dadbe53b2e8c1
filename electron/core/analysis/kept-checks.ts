// The checks' findings kept without holding them in memory (in the checks worker, and in
// `iip check`): each geography's findings go, as JSON, into a temporary table of the connection as
// they are found (on disk past a few megabytes of cache), with what orders them; the summary stays
// in memory. Pages, a series' findings and the whole report (analysis:checks; `iip check` a finding
// at a time) are read back from it. A store whose values disagree almost everywhere has millions of
// findings (docs/analysis.md). A run is stepped a geography at a time (checks-run.ts: the worker
// answers what is checked so far meanwhile).
import {
  CHECK_KINDS,
  type ChecksOverview,
  type ChecksReport,
  type CheckKind,
  type Finding,
  type KindSummary,
  type SeriesOnBasis,
} from '../../shared/contract/analysis.js';
import type { Db } from '../db/connection.js';
import type { ChecksQuery } from './checks.js';
import { CheckRun, REVISIONS } from './checks-run.js';
import type { PageQuery } from './report-pages.js';

/** One query's report as kept: its findings are the rows of its own table. */
interface Kept {
  state: string;
  table: string;
  releaseId: number | null;
  asOf: string | null;
  byKind: Record<CheckKind, KindSummary>;
}

const scopeOf = (query: ChecksQuery): string => `${query.releaseId ?? ''}:${query.asOf ?? ''}`;

const IN_ORDER = 'ORDER BY position, rowid';
/** Revisions largest first (finding-order.ts), then as the report lists them (largest gap first). */
const BY_SIZE = 'ORDER BY size DESC, absGap DESC, position, rowid';
/** Revisions as the whole report lists them: largest gap first, then in the order of the figures. */
const REPORT_REVISIONS = 'ORDER BY absGap DESC, position, rowid';
const OF_SERIES = 'AND seriesId = ? AND basis = ?';
const SERIES_ONLY = 'seriesId = ? AND basis = ?';

/** A kept report read a finding at a time (KeptChecks.streamed): each call of a list iterates it afresh. */
export interface StreamedReport {
  releaseId: number | null;
  asOf: string | null;
  summary: ChecksReport['summary'];
  /** In the report's order: by kind, then in the order of the figures. */
  inconsistencies: () => IterableIterator<Finding>;
  /** Largest gap first, as the report lists them. */
  revisions: () => IterableIterator<Finding>;
  /** The report's first n revisions, without sorting them all in memory. */
  largestRevisions: (n: number) => Finding[];
}

export class KeptChecks {
  private readonly kept = new Map<string, Kept>();
  private tables = 0;
  /** The run being stepped through (begin … end), with the query and state it is of. */
  private running: { scope: string; state: string; run: CheckRun } | null = null;

  constructor(private readonly db: Db) {}

  /** The summary, the counts per kind and each kind's first `first` findings (of one series, if given). */
  overview(query: ChecksQuery, state: string, first: number, series?: SeriesOnBasis): ChecksOverview {
    const kept = this.keep(query, state);
    const found = Object.fromEntries(CHECK_KINDS.map((kind) => [kind, kept.byKind[kind].found])) as Record<CheckKind, number>;
    if (series) {
      for (const kind of CHECK_KINDS) found[kind] = 0;
      const counts = this.db.prepare(`SELECT kind, count(*) AS n FROM ${kept.table} WHERE ${SERIES_ONLY} GROUP BY kind`).all(series.seriesId, series.basis) as {
        kind: number;
        n: number;
      }[];
      for (const { kind, n } of counts) found[CHECK_KINDS[kind]!] = n;
    }
    const firstPages = Object.fromEntries(
      CHECK_KINDS.map((kind) => [kind, first > 0 && found[kind] > 0 ? this.page(query, state, { kind, offset: 0, limit: first, series }) : []]),
    ) as Record<CheckKind, Finding[]>;
    return { releaseId: kept.releaseId, asOf: kept.asOf, summary: { byKind: kept.byKind }, found, first: firstPages, complete: true };
  }

  /**
   * While the run of `query` in `state` is being stepped: the summary and counts so far, how far it
   * has come, no findings yet (they are paged once the run is done and its table indexed). Else null.
   */
  soFar(query: ChecksQuery, state: string): ChecksOverview | null {
    const running = this.running;
    if (!running || running.scope !== scopeOf(query) || running.state !== state) return null;
    const { run } = running;
    const found = Object.fromEntries(CHECK_KINDS.map((kind) => [kind, run.byKind[kind].found])) as Record<CheckKind, number>;
    const first = Object.fromEntries(CHECK_KINDS.map((kind): [CheckKind, Finding[]] => [kind, []])) as Record<CheckKind, Finding[]>;
    const summary = { byKind: structuredClone(run.byKind) };
    return { releaseId: run.releaseId, asOf: run.asOf, summary, found, first, complete: false, progress: run.progress };
  }

  page(query: ChecksQuery, state: string, { kind, offset, limit, series }: PageQuery): Finding[] {
    const { table } = this.keep(query, state);
    const which = CHECK_KINDS.indexOf(kind);
    const order = which === REVISIONS ? BY_SIZE : IN_ORDER;
    const sql = `SELECT finding FROM ${table} WHERE kind = ? ${series ? OF_SERIES : ''} ${order} LIMIT ? OFFSET ?`;
    const args = [which, ...(series ? [series.seriesId, series.basis] : []), limit, offset];
    return this.findings(sql, args);
  }

  /** A series' inconsistencies on one basis, in the report's order (seriesFindings of the whole report). */
  seriesFindings(query: ChecksQuery, state: string, series: SeriesOnBasis): Finding[] {
    const { table } = this.keep(query, state);
    const sql = `SELECT finding FROM ${table} WHERE ${SERIES_ONLY} AND kind <> ? ORDER BY kind, position, rowid`;
    return this.findings(sql, [series.seriesId, series.basis, REVISIONS]);
  }

  /** The whole report, read back (runChecks' answer). */
  report(query: ChecksQuery, state: string): ChecksReport {
    const { releaseId, asOf, summary, inconsistencies, revisions } = this.streamed(query, state);
    return { releaseId, asOf, inconsistencies: [...inconsistencies()], revisions: [...revisions()], summary };
  }

  /**
   * The whole report a finding at a time, read from the kept table as it is iterated (`iip check`
   * on a store whose report would not fit in memory). The connection is busy while an iterator is
   * open: finish one before asking anything else of it.
   */
  streamed(query: ChecksQuery, state: string): StreamedReport {
    const { table, releaseId, asOf, byKind } = this.keep(query, state);
    return {
      releaseId,
      asOf,
      summary: { byKind },
      inconsistencies: () => this.eachFinding(`SELECT finding FROM ${table} WHERE kind <> ? ORDER BY kind, position, rowid`, [REVISIONS]),
      revisions: () => this.eachFinding(`SELECT finding FROM ${table} WHERE kind = ? ${REPORT_REVISIONS}`, [REVISIONS]),
      // SQLite sorts with LIMIT keeping only the rows that can still be among the first n
      largestRevisions: (n) => this.findings(`SELECT finding FROM ${table} WHERE kind = ? ${REPORT_REVISIONS} LIMIT ?`, [REVISIONS, n]),
    };
  }

  private *eachFinding(sql: string, args: unknown[]): Generator<Finding> {
    for (const json of this.db
      .prepare(sql)
      .pluck()
      .iterate(...args) as IterableIterator<string>)
      yield JSON.parse(json) as Finding;
  }

  private findings(sql: string, args: unknown[]): Finding[] {
    return (
      this.db
        .prepare(sql)
        .pluck()
        .all(...args) as string[]
    ).map((json) => JSON.parse(json) as Finding);
  }

  /** Drops every kept report's table (a connection that outlives its KeptChecks: iip check's). */
  forget(): void {
    for (const { table } of this.kept.values()) this.db.exec(`DROP TABLE temp.${table}`);
    this.kept.clear();
  }

  /**
   * A run of `query` in `state` to step through (step() until false, then end()), or null when its
   * report is kept already. Reports of an older state are let go first: they are of no more use.
   */
  begin(query: ChecksQuery, state: string): CheckRun | null {
    if (this.running) throw new Error('the checks are already running: end that run first');
    if (this.kept.get(scopeOf(query))?.state === state) return null;
    for (const [key, k] of this.kept)
      if (k.state !== state) {
        this.db.exec(`DROP TABLE temp.${k.table}`);
        this.kept.delete(key);
      }
    const run = new CheckRun(this.db, query, `kept_findings_${this.tables++}`);
    this.running = { scope: scopeOf(query), state, run };
    return run;
  }

  /** Keeps the report of the run begun, once stepped to its end; or, should it have failed, lets it go. */
  end(): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    const { run, scope, state } = running;
    if (run.step()) {
      run.abandon();
      throw new Error('the checks run ended before every geography was checked');
    }
    this.kept.set(scope, { state, table: run.table, releaseId: run.releaseId, asOf: run.asOf, byKind: run.byKind });
  }

  /** Lets the run begun go, unfinished (its table goes with it). */
  abandon(): void {
    this.running?.run.abandon();
    this.running = null;
  }

  /** The query's report as the store is in `state`, checked again (at once) when it was kept of another state. */
  private keep(query: ChecksQuery, state: string): Kept {
    const run = this.begin(query, state);
    if (run) {
      try {
        while (run.step());
      } catch (error) {
        this.abandon();
        throw error;
      }
      this.end();
    }
    return this.kept.get(scopeOf(query))!;
  }
}
