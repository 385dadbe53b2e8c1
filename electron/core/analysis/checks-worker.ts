// The worker thread of checks-in-worker.ts: runs the consistency checks on its own read-only
// connection to the store (WAL lets it read while the main connection writes), each run in one
// read transaction so every figure comes from the same state of the store. It keeps each report
// until the main thread says the store has changed, and answers one question at a time.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ChecksReport } from '../../shared/contract/analysis.js';
import { readTransaction } from '../db/transactions.js';
import { runChecks, type ChecksQuery } from './checks.js';
import type { ChecksAnswer, ChecksRequest, ChecksWorkerData } from './checks-worker-protocol.js';
import { seriesFindings } from './series-findings.js';

const { storeFile } = workerData as ChecksWorkerData;
const db = new Database(storeFile, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');

const reports = new Map<string, { state: string; report: ChecksReport }>();

function reportFor(query: ChecksQuery, state: string): ChecksReport {
  const key = `${query.releaseId ?? ''}:${query.asOf ?? ''}`;
  const kept = reports.get(key);
  if (kept?.state === state) return kept.report;
  // An older state's reports are of no more use: let their memory go before computing.
  for (const [k, r] of reports) if (r.state !== state) reports.delete(k);
  const report = readTransaction(db, () => runChecks(db, query));
  reports.set(key, { state, report });
  return report;
}

function answer({ id, state, query, series }: ChecksRequest): ChecksAnswer {
  try {
    const report = reportFor(query, state);
    if (!series) return { id, kind: 'report', report };
    return { id, kind: 'findings', findings: seriesFindings(report, series.seriesId, series.basis) };
  } catch (error) {
    if (error instanceof Error) return { id, kind: 'failed', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
    return { id, kind: 'failed', message: String(error) };
  }
}

if (!parentPort) throw new Error('checks-worker.js runs as a worker thread (see checks-in-worker.ts)');
const port = parentPort;
port.on('message', (request: ChecksRequest) => port.postMessage(answer(request)));
