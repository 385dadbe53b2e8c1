import type { catalogChannels } from '../../shared/contract/catalog.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { catalogPage } from './page.js';

export function catalogHandlers({ db }: CoreContext): DomainHandlers<typeof catalogChannels> {
  return {
    handlers: {
      'catalog:list': async (query) => catalogPage(db, query),
    },
  };
}
