// The whole-store consistency checks in a worker thread. They read every figure (seconds on a
// national store) and better-sqlite3 is synchronous: on the main thread every other call would wait
// for them. One worker per store, started on the first question; it keeps the reports until the
// store changes, and answers a series' findings itself, so the whole report crosses threads only
// for the Checks view. Should it die (out of memory), the next question starts another.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChecksReport, Finding } from '../../shared/contract/analysis.js';
import type { Basis } from '../../shared/domain.js';
import { packageRoot } from '../paths.js';
import type { ChecksQuery } from './checks.js';
import type { ChecksAnswer, ChecksRequest, ChecksWorkerData } from './checks-worker-protocol.js';

/** The built worker: Node 20 cannot run TypeScript in a worker, so tests on the sources use it too. */
export const checksWorkerPath = path.join(packageRoot, 'dist', 'electron', 'core', 'analysis', 'checks-worker.js');

export const checksWorkerBuilt = (): boolean => fs.existsSync(checksWorkerPath);

/**
 * The worker's heap limit: past it the worker dies with a clear error, not the app. The checks hold
 * every figure several times over (some 3 KB a figure): a store of a million figures needs more.
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
  async report(state: string, query: ChecksQuery): Promise<ChecksReport> {
    const answer = await this.ask({ state, query });
    if (answer.kind !== 'report') throw new Error(`the checks worker answered ${answer.kind} to a report`);
    return answer.report;
  }

  /** seriesFindings of that report, filtered in the worker. */
  async findings(state: string, query: ChecksQuery, seriesId: number, basis: Basis): Promise<Finding[]> {
    const answer = await this.ask({ state, query, series: { seriesId, basis } });
    if (answer.kind !== 'findings') throw new Error(`the checks worker answered ${answer.kind} to findings`);
    return answer.findings;
  }

  /** Ends the worker; questions waiting get an error, later ones are refused. */
  close(): void {
    this.closed = true;
    this.stop(new Error('the store is closed: the checks were not run'));
  }

  private ask(question: Omit<ChecksRequest, 'id'>): Promise<ChecksAnswer> {
    if (this.closed) return Promise.reject(new Error('the store is closed: the checks were not run'));
    const id = this.nextId++;
    const worker = this.worker ?? this.start();
    // Kept alive while a question waits (a CLI awaiting it must not exit), not when idle.
    worker.ref();
    return new Promise<ChecksAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...question } satisfies ChecksRequest);
    }).then((answer) => {
      if (answer.kind === 'failed') throw errorOf(answer);
      return answer;
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
