// The whole-store consistency checks in a worker thread. They read every figure (seconds on a
// national store) and better-sqlite3 is synchronous: on the main thread every other call would wait
// for them. One worker per store, started on the first question; it keeps the reports until the
// store changes (in a temporary table: kept-checks.ts) and answers their counts, pages and a
// series' findings itself, so the whole report crosses threads only for analysis:checks. While a
// run goes on it answers what is checked so far (checks-worker.ts).
// Should it die, the next question starts another.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChecksOverview, ChecksReport, Finding, SeriesOnBasis } from '../../shared/contract/analysis.js';
import { BusyError } from '../errors.js';
import { packageRoot } from '../paths.js';
import type { ChecksQuery } from './checks.js';
import type { ChecksAnswer, ChecksQuestion, ChecksRequest, ChecksWorkerData } from './checks-worker-protocol.js';
import type { PageQuery } from './report-pages.js';

/** The built worker: Node 20 cannot run TypeScript in a worker, so tests on the sources use it too. */
export const checksWorkerPath = path.join(packageRoot, 'dist', 'electron', 'core', 'analysis', 'checks-worker.js');

export const checksWorkerBuilt = (): boolean => fs.existsSync(checksWorkerPath);

/**
 * The worker's heap limit: past it the worker dies with a clear error, not the app. The checks hold
 * one geography's figures at a time (some 3 KB a figure) and that geography's findings; the report's
 * findings are kept on the worker's connection, and only `report` (the whole of it) loads them all.
 */
export const CHECKS_WORKER_HEAP_MB = 3072;

type Pending = { resolve: (answer: ChecksAnswer) => void; reject: (error: Error) => void };

export class ChecksWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly storeFile: string,
    private readonly heapLimitMb = CHECKS_WORKER_HEAP_MB,
  ) {}

  /** runChecks' report for `query` with the store in `state` (storeState of the main connection). */
  report(state: string, query: ChecksQuery): Promise<ChecksReport> {
    return this.ask(state, query, { ask: 'report' }) as Promise<ChecksReport>;
  }

  /** That report's summary, counts per kind and first pages (of one series, if given); with soFar, while it runs, the counts so far. */
  overview(state: string, query: ChecksQuery, first: number, series?: SeriesOnBasis, soFar?: boolean): Promise<ChecksOverview> {
    return this.ask(state, query, { ask: 'overview', first, series, soFar }) as Promise<ChecksOverview>;
  }

  /** One page of one kind's findings of that report. */
  page(state: string, query: ChecksQuery, page: PageQuery): Promise<Finding[]> {
    return this.ask(state, query, { ask: 'page', page }) as Promise<Finding[]>;
  }

  /** seriesFindings of that report, filtered in the worker. */
  findings(state: string, query: ChecksQuery, series: SeriesOnBasis): Promise<Finding[]> {
    return this.ask(state, query, { ask: 'series-findings', series }) as Promise<Finding[]>;
  }

  /** Ends the worker; questions waiting get an error, later ones are refused (busy: the store is closing, not an app failure to log). */
  close(): void {
    this.closed = true;
    this.stop(new BusyError('the store is closed: the checks were not run'));
  }

  private ask(state: string, query: ChecksQuery, question: ChecksQuestion): Promise<unknown> {
    if (this.closed) return Promise.reject(new BusyError('the store is closed: the checks were not run'));
    const id = this.nextId++;
    const worker = this.worker ?? this.start();
    // Kept alive while a question waits (a CLI awaiting it must not exit), not when idle.
    worker.ref();
    return new Promise<ChecksAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, state, query, question } satisfies ChecksRequest);
    }).then((answer) => {
      if (answer.kind === 'failed') throw errorOf(answer);
      return answer.value;
    });
  }

  private start(): Worker {
    const workerData: ChecksWorkerData = { storeFile: this.storeFile };
    const worker = new Worker(checksWorkerPath, { workerData, resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMb } });
    worker.on('message', (answer: ChecksAnswer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      waiting?.resolve(answer);
    });
    worker.on('messageerror', (error) => this.stop(error));
    worker.on('error', (error) => this.stop(isOutOfMemory(error) ? this.tooLarge() : error));
    worker.on('exit', (code) => this.worker === worker && this.stop(new Error(`the consistency checks stopped before they finished (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Drops the worker and fails every question waiting on it. */
  private stop(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private tooLarge(): Error {
    return new Error(`the consistency checks need more than the ${this.heapLimitMb} MB of memory allowed them on this store`);
  }
}

function errorOf(failure: Extract<ChecksAnswer, { kind: 'failed' }>): Error {
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

const isOutOfMemory = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
