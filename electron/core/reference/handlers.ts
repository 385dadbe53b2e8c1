import type { referenceChannels } from '../../shared/contract/reference.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { forgetUserAlias, listGeos, listUserAliases, toGeoRef } from './repository.js';

export function referenceHandlers({ db }: CoreContext): DomainHandlers<typeof referenceChannels> {
  return {
    handlers: {
      'reference:geos': async () => listGeos(db).map((g) => ({ ...toGeoRef(g), successor: g.successor })),
      'aliases:list': async () => listUserAliases(db),
      'aliases:forget': async ({ kind, folded, code }) => ({ forgotten: forgetUserAlias(db, kind, folded, code) }),
    },
  };
}
