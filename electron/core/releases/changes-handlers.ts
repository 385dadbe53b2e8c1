import type { releaseChangesChannels } from '../../shared/contract/release-changes.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { releaseChanges } from './changes.js';

export function releaseChangesHandlers({ db }: CoreContext): DomainHandlers<typeof releaseChangesChannels> {
  return { handlers: { 'releases:changes': async (q) => releaseChanges(db, q) } };
}
