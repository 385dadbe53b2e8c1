import type { catalogChannels } from '../../shared/contract/catalog.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { firstSeries } from './first.js';
import { catalog } from './queries.js';

export function catalogHandlers({ db }: CoreContext): DomainHandlers<typeof catalogChannels> {
  return {
    handlers: {
      'catalog:list': async ({ search, asOf }) => catalog(db, search, asOf),
      'catalog:first': async ({ asOf }) => firstSeries(db, asOf),
    },
  };
}
