// What the main thread and the checks worker say to each other (checks-in-worker.ts is the main
// thread's side, checks-worker.ts the worker's). Both import this; neither imports the other.
import type { ChecksOverview, ChecksReport, Finding, SeriesOnBasis } from '../../shared/contract/analysis.js';
import type { ChecksQuery } from './checks.js';
import type { PageQuery } from './report-pages.js';

/** The worker's input (workerData): the store file it opens read-only. */
export interface ChecksWorkerData {
  storeFile: string;
}

/** What is asked of the report the worker keeps (kept-checks.ts): only the whole report crosses threads whole. */
export type ChecksQuestion =
  | { ask: 'report' }
  | { ask: 'overview'; first: number; series?: SeriesOnBasis | undefined; soFar?: boolean | undefined }
  | { ask: 'page'; page: PageQuery }
  | { ask: 'series-findings'; series: SeriesOnBasis };

/**
 * One question about the report for `query` as the store is in `state` (the main connection's
 * storeState: the worker checks again when it differs from the last).
 */
export interface ChecksRequest {
  id: number;
  state: string;
  query: ChecksQuery;
  question: ChecksQuestion;
}

export type ChecksAnswer =
  { id: number; kind: 'answer'; value: ChecksReport | ChecksOverview | Finding[] } | { id: number; kind: 'failed'; message: string; stack?: string };
