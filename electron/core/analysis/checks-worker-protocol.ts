// What the main thread and the checks worker say to each other (checks-in-worker.ts is the main
// thread's side, checks-worker.ts the worker's). Both import this; neither imports the other.
import type { ChecksReport, Finding } from '../../shared/contract/analysis.js';
import type { Basis } from '../../shared/domain.js';
import type { ChecksQuery } from './checks.js';

/** The worker's input (workerData): the store file it opens read-only. */
export interface ChecksWorkerData {
  storeFile: string;
}

/**
 * One question: the report for `query` as the store is in `state` (the main connection's
 * storeState: the worker computes again when it differs from the last), or only one series'
 * findings on one basis (so the whole report need not cross threads).
 */
export interface ChecksRequest {
  id: number;
  state: string;
  query: ChecksQuery;
  series?: { seriesId: number; basis: Basis };
}

export type ChecksAnswer =
  | { id: number; kind: 'report'; report: ChecksReport }
  | { id: number; kind: 'findings'; findings: Finding[] }
  | { id: number; kind: 'failed'; message: string; stack?: string };
