import type { analysisChannels } from '../../shared/contract/analysis.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { runChecks } from './checks.js';

export function analysisHandlers({ db }: CoreContext): DomainHandlers<typeof analysisChannels> {
  return {
    handlers: {
      'analysis:checks': async (q) => runChecks(db, q),
    },
  };
}
