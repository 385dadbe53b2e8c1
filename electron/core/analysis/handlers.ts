import type { analysisChannels } from '../../shared/contract/analysis.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { untilChange } from '../db/until-change.js';
import { runChecks, type ChecksQuery } from './checks.js';
import { seriesFindings } from './series-findings.js';

export function analysisHandlers({ db }: CoreContext): DomainHandlers<typeof analysisChannels> {
  // the checks read every figure (seconds on a national store): kept until the store changes
  const checks = (q: ChecksQuery) => untilChange(db, `checks:${q.releaseId ?? ''}:${q.asOf ?? ''}`, () => runChecks(db, q));
  return {
    handlers: {
      'analysis:checks': async (q) => checks(q),
      // the whole store's report, shared with the Checks view, filtered to one series
      'analysis:series-findings': async (q) => ({ findings: seriesFindings(checks(q.asOf ? { asOf: q.asOf } : {}), q.seriesId, q.basis) }),
    },
  };
}
