import type { analysisChannels } from '../../shared/contract/analysis.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { untilChange } from '../db/until-change.js';
import { runChecks } from './checks.js';

export function analysisHandlers({ db }: CoreContext): DomainHandlers<typeof analysisChannels> {
  return {
    handlers: {
      // the checks read every figure (seconds on a national store): kept until the store changes
      'analysis:checks': async (q) => untilChange(db, `checks:${q.releaseId ?? ''}:${q.asOf ?? ''}`, () => runChecks(db, q)),
    },
  };
}
