// The worker thread of checks-in-worker.ts: runs the consistency checks on its own read-only
// connection to the store (WAL lets it read while the main connection writes), each run in one
// read transaction so every figure comes from the same state of the store. It keeps each report's
// findings in a temporary table of that connection (kept-checks.ts) until the main thread says the
// store has changed, and answers one question at a time: a page, the counts, a series' findings.
// A run goes a geography at a time, letting messages in between: a question asked with soFar about
// the run going on is answered at once with the counts so far (the Checks view's progress); the
// others wait for their turn.
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

const failure = (id: number, error: unknown): ChecksAnswer =>
  error instanceof Error
    ? { id, kind: 'failed', message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
    : { id, kind: 'failed', message: String(error) };

/** A question answered with the counts so far, when it asks for them (soFar, not of one series) and its run is going on. */
function soFarAnswer({ id, state, query, question }: ChecksRequest): ChecksAnswer | null {
  if (question.ask !== 'overview' || !question.soFar || question.series) return null;
  const overview = kept.soFar(query, state);
  return overview && { id, kind: 'answer', value: overview };
}

/** Lets the messages that arrived meanwhile in (a soFar question is answered as it arrives). */
const messagesIn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The question answered; its run (when its report is not kept) stepped a geography at a time. Null when it was answered as the run began. */
async function answer(request: ChecksRequest): Promise<ChecksAnswer | null> {
  try {
    const run = kept.begin(request.query, request.state);
    let answered = false;
    if (run) {
      try {
        const begun = soFarAnswer(request);
        if (begun) port.postMessage(begun);
        answered = begun !== null;
        while (run.step()) await messagesIn();
      } catch (error) {
        kept.abandon();
        throw error;
      }
      kept.end();
    }
    return answered ? null : { id: request.id, kind: 'answer', value: valueOf(request) };
  } catch (error) {
    return failure(request.id, error);
  }
}

if (!parentPort) throw new Error('checks-worker.js runs as a worker thread (see checks-in-worker.ts)');
const port = parentPort;
const waiting: ChecksRequest[] = [];
let answering = false;

/** The questions in turn, one at a time. */
async function answerWaiting(): Promise<void> {
  if (answering) return;
  answering = true;
  while (waiting.length > 0) {
    const done = await answer(waiting.shift()!);
    if (done) port.postMessage(done);
  }
  answering = false;
}

port.on('message', (request: ChecksRequest) => {
  const soFar = soFarAnswer(request);
  if (soFar) return port.postMessage(soFar);
  waiting.push(request);
  void answerWaiting();
});
