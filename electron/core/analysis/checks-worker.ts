// The worker thread of checks-in-worker.ts: runs the consistency checks on its own read-only
// connection to the store (WAL lets it read while the main connection writes), each run in one
// read transaction so every figure comes from the same state of the store. It keeps each report's
// findings in a temporary table of that connection (kept-checks.ts) until the main thread says the
// store has changed, and answers one question at a time: a page, the counts, a series' findings.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { KeptChecks } from './kept-checks.js';
import type { ChecksAnswer, ChecksQuestion, ChecksRequest, ChecksWorkerData } from './checks-worker-protocol.js';

const { storeFile } = workerData as ChecksWorkerData;
const db = new Database(storeFile, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const kept = new KeptChecks(db);

function valueOf({ state, query, question }: Omit<ChecksRequest, 'id'>): Extract<ChecksAnswer, { kind: 'answer' }>['value'] {
  const q: ChecksQuestion = question;
  switch (q.ask) {
    case 'report':
      return kept.report(query, state);
    case 'overview':
      return kept.overview(query, state, q.first, q.series);
    case 'page':
      return kept.page(query, state, q.page);
    case 'series-findings':
      return kept.seriesFindings(query, state, q.series);
  }
}

function answer(request: ChecksRequest): ChecksAnswer {
  try {
    return { id: request.id, kind: 'answer', value: valueOf(request) };
  } catch (error) {
    if (error instanceof Error) return { id: request.id, kind: 'failed', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
    return { id: request.id, kind: 'failed', message: String(error) };
  }
}

if (!parentPort) throw new Error('checks-worker.js runs as a worker thread (see checks-in-worker.ts)');
const port = parentPort;
port.on('message', (request: ChecksRequest) => port.postMessage(answer(request)));
