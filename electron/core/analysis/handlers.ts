import type { analysisChannels } from '../../shared/contract/analysis.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import type { Db } from '../db/connection.js';
import { storeState, untilChange } from '../db/until-change.js';
import { ChecksWorker, checksWorkerBuilt, checksWorkerPath } from './checks-in-worker.js';
import { releaseToCheck, runChecks, type ChecksQuery } from './checks.js';
import { overviewOfReport, pageOfReport } from './report-pages.js';
import { seriesFindings } from './series-findings.js';

let notedUnbuiltWorker = false;

/** The store file's worker; null for a store in memory, or running the sources unbuilt (the worker runs built code). */
function checksWorkerFor(db: Db): ChecksWorker | null {
  if (db.memory || db.name === '') return null;
  if (checksWorkerBuilt()) return new ChecksWorker(db.name);
  if (!notedUnbuiltWorker) console.warn(`iip: ${checksWorkerPath} is not built (npm run build): the checks run on the main thread`);
  notedUnbuiltWorker = true;
  return null;
}

export function analysisHandlers({ db }: CoreContext): DomainHandlers<typeof analysisChannels> {
  // the checks read every figure (seconds on a national store): in a worker, kept there until the store changes
  const worker = checksWorkerFor(db);
  const inThread = (q: ChecksQuery) => untilChange(db, `checks:${q.releaseId ?? ''}:${q.asOf ?? ''}`, () => runChecks(db, q));
  const wholeStore = (asOf: string | undefined): ChecksQuery => (asOf ? { asOf } : {});
  const scopeOf = ({ releaseId, asOf }: ChecksQuery): ChecksQuery => ({ ...(releaseId ? { releaseId } : {}), ...(asOf ? { asOf } : {}) });
  return {
    handlers: {
      'analysis:checks': async (q) => {
        releaseToCheck(db, q);
        return worker ? worker.report(storeState(db), q) : inThread(q);
      },
      // the whole store's report, shared with the Checks view, filtered to one series
      'analysis:series-findings': async ({ seriesId, basis, asOf }) => ({
        findings: worker
          ? await worker.findings(storeState(db), wholeStore(asOf), { seriesId, basis })
          : seriesFindings(inThread(wholeStore(asOf)), seriesId, basis),
      }),
      // the Checks view: the counts, then a page of findings at a time, from the report kept in the worker
      // (soFar: while the worker runs them, the counts so far; on this thread they are done before any answer)
      'analysis:checks-overview': async ({ series, first = 0, soFar, ...q }) => {
        releaseToCheck(db, q);
        return worker ? worker.overview(storeState(db), scopeOf(q), first, series, soFar) : overviewOfReport(inThread(scopeOf(q)), first, series);
      },
      'analysis:checks-page': async ({ series, kind, offset, limit, ...q }) => {
        releaseToCheck(db, q);
        const page = { kind, offset, limit, series };
        return { findings: worker ? await worker.page(storeState(db), scopeOf(q), page) : pageOfReport(inThread(scopeOf(q)), page) };
      },
    },
    close: () => worker?.close(),
  };
}
